import type { CreditModel, SearchableModel, SearchTier, SourceModel } from '../db/models';

/** What resolvers of types that are not the data layer's models receive as their parent. */

/** A page of a list: the items on it, where it starts, and how many there are in all. */
export interface ListPage<T> {
  readonly items: T[];
  readonly offset: number;
  readonly total: number;
}
export type CreditPage = ListPage<CreditModel>;
export interface PathEdgeParent {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly sources: SourceModel[];
}
export interface SearchEdgeParent {
  readonly node: SearchableModel;
  readonly score: number;
  readonly match: SearchTier;
  readonly cursor: string;
}
export interface SearchConnectionParent {
  readonly edges: SearchEdgeParent[];
  /** Null when the operation does not select `totalCount`, which then is not counted. */
  readonly total: number | null;
  readonly hasNextPage: boolean;
}
