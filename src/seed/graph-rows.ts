/** The rows a seed becomes, for the loader's UNWIND statements (src/db/seed-statements.ts). */
export type Props = Record<string, string | number | boolean | string[] | number[] | null>;

export interface EntityRow {
  readonly id: string;
  readonly props: Props;
  readonly sources: string[];
  readonly keys: string[];
}
export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly key: string;
  readonly props: Props;
}
export interface ClaimRow {
  readonly id: string;
  readonly subject: string;
  readonly props: Props;
  readonly sources: string[];
}

/** What a fact says of its own certainty and where it comes from. */
export interface Fact {
  readonly sources: readonly string[];
  readonly confidence?: string | undefined;
  readonly note?: string | undefined;
}
