import { statement, type Statement } from '../../src/db/statement';
import type { EntityLabel, RelationshipType } from '../../src/vocabulary';

/**
 * Bulk counterparts of the seed loader's upserts (src/db/seed-statements.ts), writing the same
 * labels, properties, CITES, NAMED and HAS_CLAIM links. They CREATE instead of MERGE: synthetic
 * ids are new by construction and the bench instance starts empty, and CREATE needs no lookup
 * per row, which makes loading 10^6 nodes several times faster. Name keys are still merged, as
 * synthetic names meet each other and the real ones. Labels and types come from the closed lists.
 */
export function createEntities(label: EntityLabel): Statement {
  return statement(
    `synthetic:${label}`,
    `
    UNWIND $rows AS row
    CREATE (n:Entity:${label} {id: row.id})
    SET n += row.props
    WITH n, row
    CALL (n, row) {
      UNWIND row.sources AS sourceId
      MATCH (s:Source {id: sourceId})
      CREATE (n)-[:CITES]->(s)
    }
    CALL (n, row) {
      UNWIND row.keys AS key
      MERGE (k:NameKey {key: key})
      CREATE (n)-[:NAMED]->(k)
    }
    RETURN count(n) AS rows`,
  );
}

export function createRelationships(type: RelationshipType): Statement {
  return statement(
    `synthetic:${type}`,
    `
    UNWIND $rows AS row
    MATCH (a:Entity {id: row.from})
    MATCH (b:Entity {id: row.to})
    CREATE (a)-[r:${type}]->(b)
    SET r = row.props, r.key = row.key
    RETURN count(r) AS rows`,
  );
}

export const CREATE_CLAIMS = statement(
  'synthetic:Claim',
  `
  UNWIND $rows AS row
  MATCH (subject:Entity {id: row.subject})
  CREATE (subject)-[:HAS_CLAIM]->(c:Claim {id: row.id})
  SET c += row.props
  WITH c, row
  CALL (c, row) {
    UNWIND row.sources AS sourceId
    MATCH (s:Source {id: sourceId})
    CREATE (c)-[:CITES]->(s)
  }
  RETURN count(c) AS rows`,
);
