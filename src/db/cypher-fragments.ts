/**
 * Projections shared by the read queries. They are Cypher text built from variable names that
 * appear in this code, never from input.
 */

/** A node as a plain map tagged with its GraphQL type (its label other than Entity). */
export const entity = (v: string): string =>
  `${v} {.*, __typename: head([label IN labels(${v}) WHERE label <> 'Entity']), ${revision(v)}}`;

/** The Source nodes a relationship's `sources` property names, as plain maps. */
export const sourcesOf = (rel: string): string =>
  `COLLECT { MATCH (s:Source) WHERE s.id IN ${rel}.sources RETURN ${entity('s')} ORDER BY s.id }`;

/** A sourced relationship's provenance fields. */
export const provenance = (rel: string): string =>
  `confidence: coalesce(${rel}.confidence, 'STATED'), note: ${rel}.note, sources: ${sourcesOf(rel)}, ${revision(rel)}`;

/** Who curated a node or relationship and when (null for seed facts). */
export const revision = (v: string): string =>
  `revision: {createdBy: ${v}.createdBy, createdAt: ${v}.createdAt, updatedBy: ${v}.updatedBy, updatedAt: ${v}.updatedAt}`;

/**
 * Which of several entities a name means: the one whose primary name it is, then main works
 * before the novel's stories, then the oldest, then by id so the answer is stable.
 */
export const BEST_MATCH_ORDER = (v: string): string =>
  `CASE WHEN ${v}.id = $id OR ${v}.primaryKey = $key THEN 0 ELSE 1 END, CASE WHEN ${v}.kind = 'STORY' THEN 1 ELSE 0 END, ${v}.year, ${v}.id`;
