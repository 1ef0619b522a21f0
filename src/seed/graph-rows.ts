import type { Props } from '../revisions/graph-state';

/**
 * The rows a seed becomes, for the loader (src/seed/write-seed.ts); each names the seed file it
 * comes from (rows made elsewhere, such as the bench's synthetic graph, have none).
 */
export type { Props };

export interface EntityRow {
  readonly id: string;
  readonly props: Props;
  readonly sources: string[];
  readonly keys: string[];
  readonly file?: string;
}
export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly key: string;
  readonly props: Props;
  readonly file?: string;
}
export interface ClaimRow {
  readonly id: string;
  readonly subject: string;
  readonly props: Props;
  readonly sources: string[];
  readonly file?: string;
}

/** What a fact says of its own certainty and where it comes from. */
export interface Fact {
  readonly sources: readonly string[];
  readonly confidence?: string | undefined;
  readonly note?: string | undefined;
}
