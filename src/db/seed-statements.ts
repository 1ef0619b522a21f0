import type { EntityLabel, RelationshipType } from '../vocabulary';
import { statement, type Statement } from './statement';

/**
 * The write path's writes, for seed loads, curated changes and reverts alike: each row is the
 * whole state a node or relationship is to have (a null property is removed). Who wrote it and
 * when ($who, $at) is stamped on every row: createdBy and createdAt once, when it is created,
 * updatedBy and updatedAt on every write, so createdAt never comes after updatedAt.
 */
const stamp = (v: string): string =>
  `ON CREATE SET ${v}.createdBy = $who, ${v}.createdAt = $at
   SET ${v}.updatedBy = $who, ${v}.updatedAt = $at, ${v}.curatedFields = row.curated`;

/**
 * Writes nodes of one label with their citations and name keys. Citations and name keys the row
 * no longer has are unlinked, and a name key nothing is named by any more is removed.
 * Parameters: $rows ({id, props, sources, keys, curated}), $who, $at.
 */
export function upsertEntities(label: EntityLabel): Statement {
  return statement(
    `upsert:${label}`,
    `
    UNWIND $rows AS row
    MERGE (n:Entity {id: row.id})
    ${stamp('n')}
    SET n:${label}
    SET n += row.props
    WITH n, row
    CALL (n, row) {
      MATCH (n)-[stale:NAMED]->(k:NameKey) WHERE NOT k.key IN row.keys
      DELETE stale
      WITH k WHERE NOT EXISTS { (k)<-[:NAMED]-() }
      DELETE k
    }
    CALL (n, row) {
      MATCH (n)-[cites:CITES]->(s:Source) WHERE NOT s.id IN row.sources
      DELETE cites
    }
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

/** Writes relationships of one type between existing entities; `key` tells parallel ones apart. */
export function upsertRelationships(type: RelationshipType): Statement {
  return statement(
    `upsert:${type}`,
    `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    ${stamp('r')}
    SET r += row.props
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
  ${stamp('c')}
  SET c += row.props
  MERGE (subject)-[:HAS_CLAIM]->(c)
  WITH c, row
  CALL (c, row) {
    MATCH (c)-[cites:CITES]->(s:Source) WHERE NOT s.id IN row.sources
    DELETE cites
  }
  CALL (c, row) {
    UNWIND row.sources AS sourceId
    MATCH (s:Source {id: sourceId})
    MERGE (c)-[:CITES]->(s)
  }
  RETURN count(c) AS rows`,
);

/** Takes out relationships a revert undoes; the revision that made them keeps what they said. */
export const DELETE_RELATIONSHIPS = statement(
  'delete:relationships',
  `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
  WHERE type(r) = row.type AND r.key = row.key
  DELETE r
  RETURN count(*) AS rows`,
);

export const DELETE_CLAIMS = statement(
  'delete:claims',
  `
  UNWIND $ids AS id
  MATCH (c:Claim {id: id})
  DETACH DELETE c
  RETURN count(*) AS rows`,
);

/** Takes out entities a revert undoes, with their citations, and the name keys only they used. */
export const DELETE_ENTITIES = statement(
  'delete:entities',
  `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WITH n, [(n)-[:NAMED]->(k:NameKey) | k] AS keys
  DETACH DELETE n
  WITH keys
  UNWIND keys AS k
  WITH DISTINCT k WHERE NOT EXISTS { (k)<-[:NAMED]-() }
  DELETE k
  RETURN count(*) AS rows`,
);

/** Removes everything, in batches so a large graph does not need one huge transaction. */
export const DELETE_ALL = statement(
  'deleteAll',
  `
  MATCH (n)
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
);

export const COUNT_ENTITIES = statement('countEntities', 'MATCH (n:Entity) RETURN count(n) AS count');
