import type {
  CharacterModel,
  CreditModel,
  EntityModel,
  PersonModel,
  PortrayalModel,
  SourceModel,
  WorkModel,
} from '../db/models';

/**
 * What a resolver receives as its parent. A parent may carry answers fetched ahead by a root
 * resolver (`preload`), which field resolvers use instead of asking the database again.
 */
export type WorkParent = WorkModel & {
  readonly preload?: { readonly credits?: CreditModel[]; readonly characters?: CharacterParent[] };
};
export type PersonParent = PersonModel & {
  readonly preload?: { readonly credits?: CreditModel[]; readonly portrayals?: PortrayalModel[] };
};
export type CharacterParent = CharacterModel & {
  readonly preload?: {
    readonly work?: WorkModel;
    readonly portrayals?: PortrayalModel[];
    readonly counterparts?: CharacterParent[];
  };
};
export interface PathEdgeParent {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly sources: SourceModel[];
}
export interface CreditConnectionParent {
  readonly items: CreditModel[];
  readonly offset: number;
  readonly total: number;
}
export interface SearchEdgeParent {
  readonly node: EntityModel;
  readonly score: number;
  readonly cursor: string;
}
export interface SearchConnectionParent {
  readonly edges: SearchEdgeParent[];
  /** Null when the operation does not select `totalCount`, which then is not counted. */
  readonly total: number | null;
  readonly hasNextPage: boolean;
}
