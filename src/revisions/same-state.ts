import { presentProps, sameValue, type ClaimState, type EntityState, type RelationshipState } from './graph-state';

/**
 * Whether two states of a thing are the same, absent and absent included: what a write compares
 * to skip what it would not change. Stamps are not state; the layer bookkeeping is.
 */
export function sameEntity(a: EntityState | null, b: EntityState | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.label === b.label &&
    sameValue(presentProps(a.props), presentProps(b.props)) &&
    sameValue([...a.sources].sort(), [...b.sources].sort()) &&
    sameValue(sortedMap(a.curated), sortedMap(b.curated))
  );
}

export function sameClaim(a: ClaimState | null, b: ClaimState | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.subject === b.subject &&
    sameValue(presentProps(a.props), presentProps(b.props)) &&
    sameValue([...a.sources].sort(), [...b.sources].sort()) &&
    sameValue(sortedMap(a.curated), sortedMap(b.curated))
  );
}

export function sameRelationship(a: RelationshipState | null, b: RelationshipState | null): boolean {
  if (!a || !b) return a === b;
  return (
    sameValue(presentProps(a.props), presentProps(b.props)) && sameValue(sortedMap(a.curated), sortedMap(b.curated))
  );
}

function sortedMap(map: Readonly<Record<string, unknown>>): Array<[string, unknown]> {
  return Object.keys(map)
    .sort()
    .map((key) => [key, map[key] ?? null]);
}
