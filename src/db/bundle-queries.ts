import { BEST_MATCH_ORDER, entity, revision } from './cypher-fragments';
import { bothForms, type StatementForm } from './projection';

/**
 * Whole answers to the headline questions in one round trip each, used when a query asks for
 * the nested fields they cover. Each node is projected once: a relationship names its sources by
 * id (`sourceIds`) and the bundle returns every cited source once (`sources`), and the bundle's
 * own work or person is not repeated inside its credits and portrayals; the repository puts the
 * models back together. Repeating them made the work bundle 27 times larger than its answer.
 */

/**
 * Provenance with the sources as ids, resolved by the repository against the bundle's `sources`,
 * to follow a relationship's other fields; none in the lean form.
 */
const provenanceIds = (rel: string, form: StatementForm): string =>
  form === 'full'
    ? `, confidence: coalesce(${rel}.confidence, 'STATED'), note: ${rel}.note, sourceIds: CASE WHEN $withSources THEN coalesce(${rel}.sources, []) ELSE [] END, ${revision(rel)}`
    : '';

/**
 * Every source the bundle's relationships cite (the ids `ids` gathers), once each, as `sources`,
 * when the projection asks for sources; `keep` names what the bundle carries on. The lean form
 * cites none.
 */
const citedSources = (form: StatementForm, keep: string, ids: string): string =>
  form === 'lean'
    ? `WITH ${keep}, [] AS sources`
    : `WITH ${keep}, ${ids} AS sourceIds
  WITH ${keep}, CASE WHEN $withSources THEN COLLECT { MATCH (s:Source) WHERE s.id IN sourceIds RETURN DISTINCT ${entity('s', 'Source')} } ELSE [] END AS sources`;

/**
 * Who played a character; the character and its one work are the caller's, not repeated here
 * (and the caller has matched that work, so it is not checked again).
 */
const portrayalOf = (character: string, suffix: string, form: StatementForm): string => `COLLECT {
  MATCH (p${suffix}:Person)-[r${suffix}:PLAYED]->(${character})
  RETURN { actor: ${entity(`p${suffix}`, 'Person')}, episodes: r${suffix}.episodes${provenanceIds(`r${suffix}`, form)} } ORDER BY p${suffix}.name, p${suffix}.id }`;

/**
 * The entity named by `$id`, or else by the name key `$key` (the same preference as a plain
 * lookup), so that finding it and answering about it stay one round trip.
 */
const select = (v: string, label: string): string => `
  CALL () {
    MATCH (${v}:${label} {id: $id}) RETURN ${v}
    UNION
    MATCH (:NameKey {key: $key})<-[:NAMED]-(${v}:${label}) RETURN ${v}
  }
  WITH ${v} ORDER BY ${BEST_MATCH_ORDER(v)} LIMIT 1`;

/**
 * A work with every credit, and every character with its counterparts (and their works) and
 * portrayals; `$withCredits` and `$withCharacters` say which of the two the query wants.
 */
export const WORK_BUNDLE = bothForms(
  (form) => `
  ${select('w', 'Work')}
  WITH w,
    CASE WHEN $withCredits THEN COLLECT {
      MATCH (p:Person)-[r:CREDITED]->(w)
      OPTIONAL MATCH (c:Character {id: r.character})
      WITH p, r, c ORDER BY CASE r.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END, r.episodes, p.name
      RETURN { person: ${entity('p', 'Person')}, character: CASE WHEN c IS NULL THEN null ELSE ${entity('c', 'Character')} END,
               role: r.role, episodes: r.episodes, creditedAs: r.creditedAs${provenanceIds('r', form)} }
    } ELSE [] END AS credits,
    CASE WHEN $withCharacters THEN COLLECT {
      MATCH (ch:Character)-[:APPEARS_IN]->(w)
      WITH ch ORDER BY ch.name, ch.id
      RETURN {
        character: ${entity('ch', 'Character')},
        portrayals: ${portrayalOf('ch', '1', form)},
        counterparts: COLLECT {
          MATCH (ch)-[:COUNTERPART_OF*1..6]-(cp:Character) WHERE cp <> ch
          WITH DISTINCT cp
          MATCH (cp)-[:APPEARS_IN]->(cw:Work)
          WITH cp, cw ORDER BY cw.year, cw.kind, cp.name, cp.id
          RETURN { character: ${entity('cp', 'Character')}, work: ${entity('cw', 'Work')}, portrayals: ${portrayalOf('cp', '2', form)} }
        }
      }
    } ELSE [] END AS characters
  ${citedSources(
    form,
    `w, credits, characters`,
    `reduce(ids = [], c IN credits | ids + c.sourceIds) +
    reduce(ids = [], ch IN characters |
      ids + reduce(acc = [], p IN ch.portrayals | acc + p.sourceIds) +
      reduce(acc = [], cp IN ch.counterparts | acc + reduce(inner = [], p IN cp.portrayals | inner + p.sourceIds)))`,
  )}
  RETURN ${entity('w', 'Work')} AS work, credits, characters, sources`,
);

/** A person with every credit (work and character included) and every portrayal, as `$withCredits` and `$withPortrayals` ask. */
export const PERSON_BUNDLE = bothForms(
  (form) => `
  ${select('p', 'Person')}
  WITH p,
    CASE WHEN $withCredits THEN COLLECT {
      MATCH (p)-[r:CREDITED]->(w:Work)
      OPTIONAL MATCH (c:Character {id: r.character})
      WITH r, w, c ORDER BY w.year, w.id, CASE r.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END, r.episodes
      RETURN { work: ${entity('w', 'Work')}, character: CASE WHEN c IS NULL THEN null ELSE ${entity('c', 'Character')} END,
               role: r.role, episodes: r.episodes, creditedAs: r.creditedAs${provenanceIds('r', form)} }
    } ELSE [] END AS credits,
    CASE WHEN $withPortrayals THEN COLLECT {
      MATCH (p)-[r:PLAYED]->(c:Character)-[:APPEARS_IN]->(w:Work)
      WITH r, c, w ORDER BY w.year, w.id, c.name, c.id
      RETURN { character: ${entity('c', 'Character')}, work: ${entity('w', 'Work')}, episodes: r.episodes${provenanceIds('r', form)} }
    } ELSE [] END AS portrayals
  ${citedSources(
    form,
    `p, credits, portrayals`,
    `reduce(ids = [], c IN credits | ids + c.sourceIds) + reduce(ids = [], x IN portrayals | ids + x.sourceIds)`,
  )}
  RETURN ${entity('p', 'Person')} AS person, credits, portrayals, sources`,
);
