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
 * Upserts nodes of one label with their sources and name keys. Properties are replaced, so an
 * edited seed entry updates the node; the MERGE on id makes a second load change nothing.
 */
export function upsertEntities(label: EntityLabel): string {
  return `
    UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    SET n:${label}
    SET n += row.props
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

/** Upserts relationships of one type between existing entities; `key` tells parallel ones apart. */
export function upsertRelationships(type: RelationshipType): string {
  return `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    SET r += row.props
    RETURN count(r) AS rows`;
}

/** Claims hang off their subject; a claim's sources are its own. */
export const UPSERT_CLAIMS = `
  UNWIND $rows AS row
  MATCH (subject:Entity {id: row.subject})
  MERGE (c:Claim {id: row.id})
  SET c += row.props
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
