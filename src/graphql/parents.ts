import type {
  ClaimModel,
  CreditModel,
  EventModel,
  HonorModel,
  ReviewModel,
  SearchableModel,
  SearchTier,
  SourceModel,
} from '../db/models';

/** What resolvers of types that are not the data layer's models receive as their parent. */

/** A page of a list: the items on it, where it starts, and how many there are in all. */
export interface ListPage<T> {
  readonly items: T[];
  readonly offset: number;
  readonly total: number;
}
export type CreditPage = ListPage<CreditModel>;
export type ReviewPage = ListPage<ReviewModel>;
export type EventPage = ListPage<EventModel>;
export type HonorPage = ListPage<HonorModel>;
export type ClaimPage = ListPage<ClaimModel>;
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
  /** Where the page starts in the ranking. */
  readonly offset: number;
  readonly hasNextPage: boolean;
}
