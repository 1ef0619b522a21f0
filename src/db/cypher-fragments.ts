import { DEFAULT_CONFIDENCE, type EntityLabel } from '../vocabulary';
import { WIRE_NODE, WIRE_RELATED } from './wire-format';

/**
 * Projections shared by the read statements. They are Cypher text built from variable names that
 * appear in this code, never from input. Every statement that uses them takes the parameters of
 * projectionParams() (src/db/projection.ts): which properties, and whether stamps and sources.
 */

/** A node's GraphQL type: its label other than Entity. */
const typeOf = (v: string): string => `head([label IN labels(${v}) WHERE label <> 'Entity'])`;

/**
 * A node as a one-key map whose list holds its id, its GraphQL type and the values of the
 * properties `$properties` lists for that type, in order (its curation stamps among them when
 * asked for); hydrateRows() turns it back into named fields. Where the statement's pattern fixes
 * the node's label, naming it spares reading the node's labels. `related` adds the fields read
 * with it (a bundle's nested lists), keyed by field name.
 */
export const entity = (v: string, label?: EntityLabel | 'Entity', related?: string): string => {
  const type = label && label !== 'Entity' ? `'${label}'` : typeOf(v);
  const properties = label && label !== 'Entity' ? `$properties.${label}` : `$properties[${type}]`;
  const values = `${WIRE_NODE}: [${v}.id, ${type}] + [property IN ${properties} | ${v}[property]]`;
  return related ? `{${values}, ${WIRE_RELATED}: ${related}}` : `{${values}}`;
};

/** An entity a match may not have found (an OPTIONAL MATCH), as null then. */
export const optionalEntity = (v: string, label: EntityLabel): string =>
  `CASE WHEN ${v} IS NULL THEN null ELSE ${entity(v, label)} END`;

/** The Source nodes a relationship's `sources` property names, when the projection asks for them. */
export const sourcesOf = (rel: string): string =>
  `CASE WHEN $withSources THEN COLLECT { MATCH (s:Source) WHERE s.id IN ${rel}.sources RETURN ${entity('s', 'Source')} ORDER BY s.id } ELSE [] END`;

/** A sourced relationship's provenance fields, to follow its other fields in a map. */
export const provenance = (rel: string): string =>
  `confidence: coalesce(${rel}.confidence, '${DEFAULT_CONFIDENCE}'), note: ${rel}.note, sources: ${sourcesOf(rel)}, ${revision(rel)}`;

/** A claim's provenance: its own confidence, note and stamps, and the sources it cites (CITES). */
export const claimProvenance = (c: string): string =>
  `confidence: coalesce(${c}.confidence, '${DEFAULT_CONFIDENCE}'), note: ${c}.note, sources: CASE WHEN $withSources THEN COLLECT { MATCH (${c})-[:CITES]->(s:Source) RETURN ${entity('s', 'Source')} ORDER BY s.id } ELSE [] END, ${revision(c)}`;

/** Who curated a relationship (or claim) and when (null for seed facts), when the projection asks. */
export const revision = (v: string): string =>
  `revision: CASE WHEN $withRevision THEN {createdBy: ${v}.createdBy, createdAt: ${v}.createdAt, updatedBy: ${v}.updatedBy, updatedAt: ${v}.updatedAt} END`;

/**
 * Which of several entities a name means: the one whose primary name it is, then main works
 * before the novel's stories, then the oldest, then by id so the answer is stable.
 */
export const BEST_MATCH_ORDER = (v: string): string =>
  `CASE WHEN ${v}.id = $id OR ${v}.primaryKey = $key THEN 0 ELSE 1 END, CASE WHEN ${v}.kind = 'STORY' THEN 1 ELSE 0 END, ${v}.year, ${v}.id`;
