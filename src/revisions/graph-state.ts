import type { EntityLabel, RelationshipType } from '../vocabulary';

/**
 * The graph as the write path sees it: each entity, claim and relationship as plain data, without
 * what is derived from it (name keys, search text) or stamped on it (who wrote it, when). Writes
 * compute the state they want, compare it with the state there is, and record the difference.
 */
export type Value = string | number | boolean | readonly string[] | readonly number[] | null;
export type Props = Readonly<Record<string, Value>>;

/**
 * The properties a curator set, each with the seed's last known value for it (null when the seed
 * never gave one): a seed load keeps these, and records a value of its own only when it is new.
 */
export type Curated = Readonly<Record<string, Value>>;

export interface EntityState {
  readonly id: string;
  readonly label: EntityLabel;
  readonly props: Props;
  /** The ids of the sources it cites, sorted. */
  readonly sources: readonly string[];
  readonly curated: Curated;
  /** Who created it (`seed` for the seed), read but never changed by a write. */
  readonly createdBy: string | null;
}

export interface ClaimState {
  readonly id: string;
  readonly subject: string;
  readonly props: Props;
  readonly sources: readonly string[];
  readonly curated: Curated;
}

export interface RelationshipKey {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  /** Tells parallel relationships of one type apart (a credit's role and character). */
  readonly key: string;
}

export interface RelationshipState extends RelationshipKey {
  /** Its sources are among them, as the list of ids the graph keeps on the relationship. */
  readonly props: Props;
  readonly curated: Curated;
}

/** One thing a write changes: what it is now (null: absent) and what it becomes. */
export interface Transition<S> {
  readonly before: S | null;
  readonly after: S | null;
}

/** Everything one write changes, and the seed's values a seed load kept curated ones over. */
export interface StatePlan {
  readonly entities: ReadonlyArray<Transition<EntityState>>;
  readonly claims: ReadonlyArray<Transition<ClaimState>>;
  readonly relationships: ReadonlyArray<Transition<RelationshipState>>;
  readonly kept?: readonly KeptValue[];
}

/** Where a seed load left a curated value in place of its own. */
export interface KeptValue {
  readonly on: 'entity' | 'claim' | 'relationship';
  /** The entity, the claim's subject, or the relationship's start. */
  readonly subject: string;
  /** The claim's id, or the relationship's end. */
  readonly target: string | null;
  /** The relationship's type and key. */
  readonly relationship?: { readonly type: string; readonly key: string };
  readonly property: string;
  readonly seed: Value;
  readonly kept: Value;
}

export const relationshipId = (r: RelationshipKey): string => `${r.from}|${r.type}|${r.key}|${r.to}`;

/** Deep equality of stored values: a property that is absent equals null. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Props with every null left out, in a stable order: how two states of a thing are compared. */
export function presentProps(props: Props): Props {
  return Object.fromEntries(
    Object.keys(props)
      .sort()
      .flatMap((key) => (props[key] === null || props[key] === undefined ? [] : [[key, props[key]]])),
  );
}

export const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();
