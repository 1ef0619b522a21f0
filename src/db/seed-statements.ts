import type { EntityLabel } from './graph-schema';

/** Every relationship type the graph uses. Cypher cannot take a type as a parameter, so statements are built from this closed list. */
export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'ADAPTATION_OF',
  'LOCATED_IN',
  'APPEARS_IN',
  'COUNTERPART_OF',
  'EPISODE_OF',
  'CREDITED',
  'PLAYED',
  'DIRECTED',
  'PUBLISHED',
  'PRODUCED',
  'DISTRIBUTED',
  'STREAMED',
  'FUNDED',
  'ACQUIRED_RIGHTS',
  'REPRESENTED',
  'REVIEWS',
  'PUBLISHED_IN',
  'ABOUT',
  'RANKS',
  'PUBLISHED_BY',
  'RATES',
  'ON_PLATFORM',
  'HONORS',
  'AWARDED_BY',
  'CONCERNS',
  'AT',
  'INVOLVES',
  'SONG_OF',
  'USED_IN',
  'PERFORMED',
  'WROTE_LYRICS',
  'COMPOSED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types that are bookkeeping rather than facts: they carry no sources of their own. */
export const STRUCTURAL_TYPES = ['CITES', 'HAS_CLAIM', 'NAMED'] as const;

/**
 * Who wrote and when, for curated writes; the seed passes nulls and so leaves them unset.
 * The first writer stays as createdBy; every writer becomes updatedBy.
 */
const stamp = (v: string): string =>
  `SET ${v}.createdBy = coalesce(${v}.createdBy, $who), ${v}.createdAt = coalesce(${v}.createdAt, $at),
       ${v}.updatedBy = coalesce($who, ${v}.updatedBy), ${v}.updatedAt = coalesce($at, ${v}.updatedAt)`;

/**
 * Upserts nodes of one label with their sources and name keys. Properties are replaced, so an
 * edited entry updates the node, and name keys no longer among its names are unlinked; the MERGE
 * on id makes a second load change nothing. Parameters: $rows, $who, $at.
 */
export function upsertEntities(label: EntityLabel): string {
  return `
    UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    SET n:${label}
    SET n += row.props
    ${stamp('n')}
    WITH n, row
    CALL (n, row) {
      MATCH (n)-[stale:NAMED]->(k:NameKey) WHERE NOT k.key IN row.keys
      DELETE stale
    }
    WITH n, row
    CALL (n, row) {
      UNWIND row.sources AS sourceId
      MATCH (s:Source {id: sourceId})
      MERGE (n)-[:CITES]->(s)
    }
    CALL (n, row) {
      UNWIND row.keys AS key
      MERGE (k:NameKey {key: key})
      MERGE (n)-[:NAMED]->(k)
    }
    RETURN count(n) AS rows`;
}

/**
 * Upserts relationships of one type between existing entities; `key` tells parallel ones apart.
 * Sources accumulate: a second source for the same fact is added, never swapped for the first.
 */
export function upsertRelationships(type: RelationshipType): string {
  return `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    WITH r, row, coalesce(r.sources, []) AS previous
    SET r += row.props
    SET r.sources = reduce(acc = [], id IN previous + row.props.sources | CASE WHEN id IN acc THEN acc ELSE acc + id END)
    ${stamp('r')}
    RETURN count(r) AS rows`;
}

/** Claims hang off their subject; a claim's sources are its own. */
export const UPSERT_CLAIMS = `
  UNWIND $rows AS row
  MATCH (subject:Entity {id: row.subject})
  MERGE (c:Claim {id: row.id})
  SET c += row.props
  ${stamp('c')}
  MERGE (subject)-[:HAS_CLAIM]->(c)
  WITH c, row
  CALL (c, row) {
    UNWIND row.sources AS sourceId
    MATCH (s:Source {id: sourceId})
    MERGE (c)-[:CITES]->(s)
  }
  RETURN count(c) AS rows`;

/** Removes everything, in batches so a large graph does not need one huge transaction. */
export const DELETE_ALL = `
  MATCH (n)
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS count';
