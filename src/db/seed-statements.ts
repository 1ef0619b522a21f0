import type { EntityLabel, RelationshipType } from '../vocabulary';
import { statement, type Statement } from './statement';

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
export function upsertEntities(label: EntityLabel): Statement {
  return statement(
    `upsert:${label}`,
    `
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
    RETURN count(n) AS rows`,
  );
}

/**
 * Upserts relationships of one type between existing entities; `key` tells parallel ones apart.
 * Sources accumulate: a second source for the same fact is added, never swapped for the first.
 */
export function upsertRelationships(type: RelationshipType): Statement {
  return statement(
    `upsert:${type}`,
    `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    WITH r, row, coalesce(r.sources, []) AS previous
    SET r += row.props
    SET r.sources = reduce(acc = [], id IN previous + row.props.sources | CASE WHEN id IN acc THEN acc ELSE acc + id END)
    ${stamp('r')}
    RETURN count(r) AS rows`,
  );
}

/** Claims hang off their subject; a claim's sources are its own. */
export const UPSERT_CLAIMS = statement(
  'upsert:Claim',
  `
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
  RETURN count(c) AS rows`,
);

/** Removes everything, in batches so a large graph does not need one huge transaction. */
export const DELETE_ALL = statement(
  'deleteAll',
  `
  MATCH (n)
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
);

export const COUNT_ENTITIES = statement('countEntities', 'MATCH (n:Entity) RETURN count(n) AS count');
