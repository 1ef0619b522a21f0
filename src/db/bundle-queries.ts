import { BEST_MATCH_ORDER, entity, provenance } from './cypher-fragments';

/**
 * Whole answers to the headline questions in one round trip each, used when a query asks for
 * the nested fields they cover. Shapes match the batched queries' models.
 */

const portrayalOf = (character: string, suffix: string): string => `COLLECT {
  MATCH (p${suffix}:Person)-[r${suffix}:PLAYED]->(${character})-[:APPEARS_IN]->(w${suffix}:Work)
  RETURN { actor: ${entity(`p${suffix}`)}, character: ${entity(character)}, work: ${entity(`w${suffix}`)},
           episodes: r${suffix}.episodes, ${provenance(`r${suffix}`)} } ORDER BY p${suffix}.name }`;

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

/** A work with every credit, and every character with its counterparts (and their works) and portrayals. */
export const WORK_BUNDLE = `
  ${select('w', 'Work')}
  RETURN ${entity('w')} AS work,
    COLLECT {
      MATCH (p:Person)-[r:CREDITED]->(w)
      OPTIONAL MATCH (c:Character {id: r.character})
      WITH p, r, c ORDER BY CASE r.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END, r.episodes, p.name
      RETURN { person: ${entity('p')}, work: ${entity('w')}, character: CASE WHEN c IS NULL THEN null ELSE ${entity('c')} END,
               role: r.role, episodes: r.episodes, creditedAs: r.creditedAs, ${provenance('r')} }
    } AS credits,
    COLLECT {
      MATCH (ch:Character)-[:APPEARS_IN]->(w)
      WITH ch ORDER BY ch.name
      RETURN {
        character: ${entity('ch')},
        work: ${entity('w')},
        portrayals: ${portrayalOf('ch', '1')},
        counterparts: COLLECT {
          MATCH (ch)-[:COUNTERPART_OF*1..6]-(cp:Character) WHERE cp <> ch
          WITH DISTINCT cp
          MATCH (cp)-[:APPEARS_IN]->(cw:Work)
          WITH cp, cw ORDER BY cw.year, cw.kind, cp.name
          RETURN { character: ${entity('cp')}, work: ${entity('cw')}, portrayals: ${portrayalOf('cp', '2')} }
        }
      }
    } AS characters`;

/** A person with every credit (work and character included) and every portrayal. */
export const PERSON_BUNDLE = `
  ${select('p', 'Person')}
  RETURN ${entity('p')} AS person,
    COLLECT {
      MATCH (p)-[r:CREDITED]->(w:Work)
      OPTIONAL MATCH (c:Character {id: r.character})
      WITH r, w, c ORDER BY w.year, w.id, r.role
      RETURN { person: ${entity('p')}, work: ${entity('w')}, character: CASE WHEN c IS NULL THEN null ELSE ${entity('c')} END,
               role: r.role, episodes: r.episodes, creditedAs: r.creditedAs, ${provenance('r')} }
    } AS credits,
    COLLECT {
      MATCH (p)-[r:PLAYED]->(c:Character)-[:APPEARS_IN]->(w:Work)
      WITH r, c, w ORDER BY w.year, w.id
      RETURN { actor: ${entity('p')}, character: ${entity('c')}, work: ${entity('w')}, episodes: r.episodes, ${provenance('r')} }
    } AS portrayals`;
