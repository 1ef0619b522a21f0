import {
  READ_CLAIMS_OF,
  READ_CLAIM_STATES,
  READ_ENTITY_STATES,
  READ_RELATIONSHIPS_FROM,
  READ_RELATIONSHIP_STATES,
} from '../db/curation-queries';
import type { Row, Run } from '../db/executor';
import type { EntityLabel, RelationshipType } from '../vocabulary';
import { isDerived } from './derived-props';
import {
  relationshipId,
  sortedUnique,
  type ClaimState,
  type Curated,
  type EntityState,
  type Props,
  type RelationshipKey,
  type RelationshipState,
  type Value,
} from './graph-state';

/** What is stored on a node or relationship but is no fact: its id or key, stamps, and layer bookkeeping. */
const BOOKKEEPING = new Set(['id', 'key', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'curatedFields']);

/** Reads, inside a write transaction, the current state of what a write is about to change. */
export async function readEntities(run: Run, ids: Iterable<string>): Promise<Map<string, EntityState>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const { rows } = await run(READ_ENTITY_STATES, { ids: list });
  return new Map(rows.map((row) => [String(row.id), entityState(row)]));
}

export async function readClaims(run: Run, ids: Iterable<string>): Promise<Map<string, ClaimState>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const { rows } = await run(READ_CLAIM_STATES, { ids: list });
  return new Map(rows.map((row) => [String(row.id), claimState(row)]));
}

/** The claims of each (subject, property); a null property means all of the subject's claims. */
export async function readClaimsOf(
  run: Run,
  pairs: ReadonlyArray<{ subject: string; property: string | null }>,
): Promise<ClaimState[]> {
  if (pairs.length === 0) return [];
  const { rows } = await run(READ_CLAIMS_OF, { pairs });
  return rows.map(claimState);
}

export async function readRelationships(
  run: Run,
  keys: Iterable<RelationshipKey>,
): Promise<Map<string, RelationshipState>> {
  const list = [...new Map([...keys].map((k) => [relationshipId(k), k])).values()].map(({ type, from, to, key }) => ({
    type,
    from,
    to,
    key,
  }));
  if (list.length === 0) return new Map();
  const { rows } = await run(READ_RELATIONSHIP_STATES, { keys: list });
  return new Map(rows.map((row) => relationshipState(row)).map((state) => [relationshipId(state), state]));
}

export async function readRelationshipsFrom(
  run: Run,
  pairs: ReadonlyArray<{ from: string; type: RelationshipType }>,
): Promise<RelationshipState[]> {
  if (pairs.length === 0) return [];
  const { rows } = await run(READ_RELATIONSHIPS_FROM, { pairs });
  return rows.map(relationshipState);
}

function entityState(row: Row): EntityState {
  const label = row.label as EntityLabel;
  const stored = row.props as Record<string, Value>;
  return {
    id: String(row.id),
    label,
    props: facts(stored, (key) => isDerived(label, key)),
    sources: sortedUnique(row.sources as string[]),
    curated: curatedOf(stored.curatedFields),
    createdBy: typeof stored.createdBy === 'string' ? stored.createdBy : null,
  };
}

function claimState(row: Row): ClaimState {
  const stored = row.props as Record<string, Value>;
  return {
    id: String(row.id),
    subject: String(row.subject),
    props: facts(stored),
    sources: sortedUnique(row.sources as string[]),
    curated: curatedOf(stored.curatedFields),
  };
}

function relationshipState(row: Row): RelationshipState {
  const stored = row.props as Record<string, Value>;
  return {
    type: row.type as RelationshipType,
    from: String(row.from),
    to: String(row.to),
    key: String(row.key ?? ''),
    props: facts(stored),
    curated: curatedOf(stored.curatedFields),
  };
}

function facts(stored: Record<string, Value>, derived: (key: string) => boolean = () => false): Props {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !BOOKKEEPING.has(key) && !derived(key)));
}

/** Stored as JSON: Neo4j properties cannot hold maps. */
function curatedOf(value: Value | undefined): Curated {
  if (typeof value !== 'string') return {};
  const parsed: unknown = JSON.parse(value);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Curated) : {};
}
