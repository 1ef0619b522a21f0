import { statement } from './statement';

/**
 * What the write path reads inside its transaction: the checks of curated changes, and the state
 * of the entities, claims and relationships a write (curated, seed or revert) is about to change.
 * The writes themselves are in seed-statements.ts, the revision log in revision-queries.ts.
 */

/** Each reference that does not name an entity of an allowed label comes back as a row. */
export const FIND_BAD_REFERENCES = statement(
  'curation:findBadReferences',
  `
  UNWIND $refs AS ref
  OPTIONAL MATCH (n:Entity {id: ref.id})
  WITH ref, n
  WHERE n IS NULL OR NOT any(label IN labels(n) WHERE label IN ref.labels)
  RETURN ref.field AS field, ref.id AS id, ref.labels AS labels,
         CASE WHEN n IS NULL THEN null ELSE head([l IN labels(n) WHERE l <> 'Entity']) END AS actual`,
);

/** The work a character appears in, for checks that a credit's or link's characters fit. */
export const WORKS_OF_CHARACTERS = statement(
  'curation:worksOfCharacters',
  `
  UNWIND $ids AS id
  MATCH (:Character {id: id})-[:APPEARS_IN]->(w:Work)
  RETURN id, w.id AS work`,
);

export const EPISODES_OF_WORK = statement(
  'curation:episodesOfWork',
  `
  MATCH (e:Episode)-[:EPISODE_OF]->(:Work {id: $work})
  RETURN e.id AS id, e.number AS number`,
);

/** The existing counterpart link between two characters, in either direction. */
export const EXISTING_COUNTERPART_DIRECTION = statement(
  'curation:existingCounterpartDirection',
  `
  MATCH (a:Character {id: $a})-[r:COUNTERPART_OF]-(b:Character {id: $b})
  RETURN startNode(r).id AS from LIMIT 1`,
);

/** Entities with all their stored properties and the sources they cite. */
export const READ_ENTITY_STATES = statement(
  'state:entities',
  `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label, properties(n) AS props,
         COLLECT { MATCH (n)-[:CITES]->(s:Source) RETURN s.id ORDER BY s.id } AS sources`,
);

/** Claims by id, with their subject and the sources they cite. */
export const READ_CLAIM_STATES = statement(
  'state:claims',
  `
  UNWIND $ids AS id
  MATCH (subject:Entity)-[:HAS_CLAIM]->(c:Claim {id: id})
  RETURN c.id AS id, subject.id AS subject, properties(c) AS props,
         COLLECT { MATCH (c)-[:CITES]->(s:Source) RETURN s.id ORDER BY s.id } AS sources`,
);

/** Every claim about a property of a subject (all its claims when the property is null). */
export const READ_CLAIMS_OF = statement(
  'state:claimsOf',
  `
  UNWIND $pairs AS pair
  MATCH (subject:Entity {id: pair.subject})-[:HAS_CLAIM]->(c:Claim)
  WHERE pair.property IS NULL OR c.property = pair.property
  RETURN c.id AS id, subject.id AS subject, properties(c) AS props,
         COLLECT { MATCH (c)-[:CITES]->(s:Source) RETURN s.id ORDER BY s.id } AS sources`,
);

/** Relationships by type, ends and key. */
export const READ_RELATIONSHIP_STATES = statement(
  'state:relationships',
  `
  UNWIND $keys AS k
  MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
  WHERE type(r) = k.type AND r.key = k.key
  RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props`,
);

/** The relationships of one type that start at an entity: a review's work, a ranking's publisher. */
export const READ_RELATIONSHIPS_FROM = statement(
  'state:relationshipsFrom',
  `
  UNWIND $pairs AS pair
  MATCH (a:Entity {id: pair.from})-[r]->(b:Entity)
  WHERE type(r) = pair.type
  RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props`,
);

/**
 * What still holds on to entities a revert would take out: links other than their own citations
 * and name keys, and, for a source, whatever cites it (a CITES link or a relationship's sources).
 */
export const LINKS_OF_ENTITIES = statement(
  'state:linksOfEntities',
  `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN id,
         COUNT { (n)-[r]-() WHERE NOT type(r) IN ['CITES', 'NAMED'] } AS links,
         COUNT { (n)<-[:CITES]-() } + COUNT { ()-[r]->() WHERE id IN r.sources } AS citations`,
);
