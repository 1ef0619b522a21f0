import { entity, provenance, revision } from './cypher-fragments';
import { bothForms, type StatementForm } from './projection';

/**
 * Sourced relationships of many entities at once, each returned with both ends and its sources
 * so nested fields need no further query. Each takes `$ids`; rows are `key` and `items`.
 */

const credit = (form: StatementForm): string => `{
  person: ${entity('p', 'Person')}, work: ${entity('w', 'Work')}, character: CASE WHEN c IS NULL THEN null ELSE ${entity('c', 'Character')} END,
  role: r.role, episodes: r.episodes, creditedAs: r.creditedAs${provenance('r', form)}
}`;
const creditOrder = `ORDER BY w.year, w.id, CASE r.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END, r.episodes, p.name`;

export const CREDITS_OF_WORKS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (p:Person)-[r:CREDITED]->(w:Work {id: key})
  OPTIONAL MATCH (c:Character {id: r.character})
  WITH key, p, r, w, c ${creditOrder}
  RETURN key, collect(${credit(form)}) AS items`,
);

export const CREDITS_OF_PEOPLE = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (p:Person {id: key})-[r:CREDITED]->(w:Work)
  OPTIONAL MATCH (c:Character {id: r.character})
  WITH key, p, r, w, c ${creditOrder}
  RETURN key, collect(${credit(form)}) AS items`,
);

const portrayal = (form: StatementForm): string => `{
  actor: ${entity('p', 'Person')}, character: ${entity('c', 'Character')}, work: ${entity('w', 'Work')}, episodes: r.episodes${provenance('r', form)}
}`;

export const PORTRAYALS_OF_PEOPLE = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (p:Person {id: key})-[r:PLAYED]->(c:Character)-[:APPEARS_IN]->(w:Work)
  WITH key, p, r, c, w ORDER BY w.year, w.id, c.name, c.id
  RETURN key, collect(${portrayal(form)}) AS items`,
);

export const PORTRAYALS_OF_CHARACTERS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (p:Person)-[r:PLAYED]->(c:Character {id: key})-[:APPEARS_IN]->(w:Work)
  WITH key, p, r, c, w ORDER BY p.name, p.id
  RETURN key, collect(${portrayal(form)}) AS items`,
);

/**
 * The character named and every character linked to it through counterparts, with who played
 * each: the headline cross-work question, in one round trip.
 */
export const PORTRAYALS_BY_CHARACTER_KEY = bothForms(
  (form) => `
  MATCH (:NameKey {key: $key})<-[:NAMED]-(named:Character)
  MATCH (named)-[:COUNTERPART_OF*0..6]-(c:Character)
  WITH DISTINCT c
  MATCH (p:Person)-[r:PLAYED]->(c)-[:APPEARS_IN]->(w:Work)
  WITH p, r, c, w ORDER BY w.year, w.kind, p.name
  RETURN ${portrayal(form)} AS item`,
);

export const ORGANIZATION_CREDITS_OF_WORKS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (o:Organization)-[r]->(w:Work {id: key})
  WHERE type(r) IN $roles
  WITH key, o, r, w ORDER BY type(r), o.name
  RETURN key, collect({ organization: ${entity('o', 'Organization')}, work: ${entity('w', 'Work')}, role: type(r), region: r.region, date: r.date${provenance('r', form)} }) AS items`,
);

export const ORGANIZATION_CREDITS_OF_ORGANIZATIONS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (o:Organization {id: key})-[r]->(w:Work)
  WHERE type(r) IN $roles
  WITH key, o, r, w ORDER BY w.year, type(r)
  RETURN key, collect({ organization: ${entity('o', 'Organization')}, work: ${entity('w', 'Work')}, role: type(r), region: r.region, date: r.date${provenance('r', form)} }) AS items`,
);

export const COUNTERPART_LINKS_OF_CHARACTERS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (n:Character {id: key})-[r:COUNTERPART_OF]-(c:Character)
  WITH key, r, c ORDER BY c.name
  RETURN key, collect({ character: ${entity('c', 'Character')}${provenance('r', form)} }) AS items`,
);

export const ADAPTATIONS_OF_WORKS = bothForms(
  (form) => `
  UNWIND $ids AS key
  MATCH (w:Work {id: key})-[r:ADAPTATION_OF]->(of:Work)
  WITH key, w, r, of, COLLECT { MATCH (part:Work) WHERE part.id IN r.parts RETURN ${entity('part', 'Work')} ORDER BY part.partNumber } AS parts
  RETURN key, collect({ work: ${entity('w', 'Work')}, of: ${entity('of', 'Work')}, parts: parts${provenance('r', form)} }) AS items`,
);

export const CLAIMS_OF_ENTITIES = `
  UNWIND $ids AS key
  MATCH (:Entity {id: key})-[:HAS_CLAIM]->(c:Claim)
  WITH key, c, COLLECT { MATCH (c)-[:CITES]->(s:Source) RETURN ${entity('s', 'Source')} ORDER BY s.id } AS sources
  ORDER BY c.property, CASE c.rank WHEN 'PREFERRED' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END, c.value
  RETURN key, collect(c {.id, .property, .value, .rank, .reason, .note, confidence: coalesce(c.confidence, 'STATED'), sources: sources, ${revision('c')}}) AS items`;
