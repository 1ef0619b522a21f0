import { RELATIONSHIP_TYPES, SEARCHABLE_LABELS } from '../vocabulary';
import { BEST_MATCH_ORDER, entity, provenance, sourcesOf } from './cypher-fragments';
import { bothForms, statement } from './statement';

export const ENTITIES_BY_IDS = statement(
  'entitiesByIds',
  `
  UNWIND $ids AS key
  MATCH (n:Entity {id: key})
  RETURN key, ${entity('n')} AS item`,
);

/** Exact name lookup through the name keys; the entity whose primary name matches comes first. */
export const ENTITIES_BY_NAME_KEY = statement(
  'entityByName',
  `
  MATCH (:NameKey {key: $key})<-[:NAMED]-(n:Entity)
  WHERE $label IN labels(n)
    AND ($work IS NULL OR EXISTS { (n)-[:APPEARS_IN]->(:Work {id: $work}) })
  RETURN ${entity('n')} AS item
  ORDER BY ${BEST_MATCH_ORDER('n')}
  LIMIT 1`,
);

/**
 * Main works (or one kind); the novel's stories are listed only when asked for by kind. Works the
 * graph only refers to are listed when `$referenced` is true, with the rest when it is null.
 */
export const WORKS = statement(
  'works',
  `
  MATCH (w:Work)
  WHERE (($kind IS NULL AND w.kind <> 'STORY') OR w.kind = $kind)
    AND ($referenced IS NULL OR coalesce(w.referenced, false) = $referenced)
  RETURN ${entity('w', 'Work')} AS item
  ORDER BY w.year, w.releaseDate, w.partNumber, w.id`,
);

/**
 * The character named and every character linked to it through counterparts, with who played
 * each: the headline cross-work question, in one round trip. The character's work comes along as
 * its `work` field, so `character { work }` needs no second one.
 */
export const PORTRAYALS_BY_CHARACTER_KEY = bothForms(
  'portrayalsByCharacterName',
  (form) => `
  MATCH (:NameKey {key: $key})<-[:NAMED]-(named:Character)
  MATCH (named)-[:COUNTERPART_OF*0..6]-(c:Character)
  WITH DISTINCT c
  MATCH (p:Person)-[r:PLAYED]->(c)-[:APPEARS_IN]->(w:Work)
  WITH p, r, c, w ORDER BY w.year, w.kind, p.name, p.id
  RETURN {
    actor: ${entity('p', 'Person')}, character: ${entity('c', 'Character', `{work: [${entity('w', 'Work')}]}`)},
    work: ${entity('w', 'Work')}, episodes: r.episodes${form === 'full' ? `, ${provenance('r')}` : ''}
  } AS item`,
);

/**
 * Search ranks in three tiers, each below the one before whatever its scores: exact (the name
 * key of the whole text, scored 1000, then every word as an exact term), prefix (a word begins a
 * term), fuzzy (a word of four letters or more within one edit of a term). Within a tier, Lucene's
 * score, then id. A tier is asked only while the tiers above it have not filled what is needed, so
 * a page that exact terms fill never expands prefixes or typos over the whole vocabulary; the
 * statement that counts every match asks all three. Each tier keeps at most `$limit` hits.
 */
const rankedTiers = (counting: boolean): string => {
  const fuzzyWanted = counting ? `$fuzzy <> ''` : `size(exact) + size(prefixed) < $need AND $fuzzy <> ''`;
  const prefixWanted = counting ? `$prefix <> ''` : `size(exact) < $need AND $prefix <> ''`;
  return `
  CALL () {
    CALL () {
      MATCH (:NameKey {key: $key})<-[:NAMED]-(node:Entity)
      WHERE any(label IN labels(node) WHERE label IN $labels)
      RETURN node, 1000.0 AS score
      UNION ALL
      CALL db.index.fulltext.queryNodes('entity_names', $exact, {limit: toInteger($limit)}) YIELD node, score
      RETURN node, score
    }
    WITH node, max(score) AS score
    ORDER BY score DESC, node.id
    RETURN collect({node: node, tier: 3, score: score}) AS exact
  }
  CALL (exact) {
    WITH exact WHERE ${prefixWanted}
    CALL db.index.fulltext.queryNodes('entity_names', $prefix, {limit: toInteger($limit)}) YIELD node, score
    WITH node, score WHERE NOT node IN [hit IN exact | hit.node]
    ORDER BY score DESC, node.id
    RETURN collect({node: node, tier: 2, score: score}) AS prefixed
  }
  CALL (exact, prefixed) {
    WITH exact, prefixed WHERE ${fuzzyWanted}
    CALL db.index.fulltext.queryNodes('entity_names', $fuzzy, {limit: toInteger($limit)}) YIELD node, score
    WITH node, score WHERE NOT node IN [hit IN exact + prefixed | hit.node]
    ORDER BY score DESC, node.id
    RETURN collect({node: node, tier: 1, score: score}) AS fuzzy
  }
  WITH exact + prefixed + fuzzy AS hits`;
};

/**
 * Every match counted (at most `$limit` a tier) and one page of them projected: projecting all
 * candidates would cost more than the search itself.
 */
export const SEARCH = statement(
  'search',
  `${rankedTiers(true)}
  CALL (hits) {
    UNWIND hits[toInteger($offset)..toInteger($offset + $first)] AS hit
    WITH hit.node AS node, hit.score AS score, hit.tier AS tier
    RETURN collect({node: ${entity('node')}, score: score, tier: tier}) AS page
  }
  RETURN size(hits) AS total, page`,
);

/**
 * The same ranking for operations that do not ask how many match: only what the page needs
 * (`$need`: the offset, the page and one hit more, to tell whether another page follows) is
 * looked for, kept and projected, one row per hit.
 */
export const SEARCH_PAGE = statement(
  'search:page',
  `${rankedTiers(false)}
  UNWIND hits[toInteger($offset)..toInteger($need)] AS hit
  WITH hit.node AS node, hit.score AS score, hit.tier AS tier
  RETURN ${entity('node')} AS node, score, tier`,
);

export const SEARCHABLE = [...SEARCHABLE_LABELS];

/** Hits a tier keeps when every match is counted: a vague query on a large graph stays bounded. */
export const SEARCH_TIER_LIMIT = 1000;

/**
 * Shortest connection through the story's own relationships; sources, claims and name keys are
 * bookkeeping and never part of a path. Cypher takes no parameter for a pattern's length, so
 * there is one statement per allowed length (1 to the hard cap), built here from constants.
 */
export const MAX_PATH_LENGTH_CAP = 10;
const shortestPath = (maxLength: number): string => `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = shortestPath((a)-[:${RELATIONSHIP_TYPES.join('|')}*..${maxLength}]-(b))
  RETURN [n IN nodes(p) | ${entity('n')}] AS nodes,
         [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), sources: ${sourcesOf('r')}}] AS edges`;
export const SHORTEST_PATH_BY_LENGTH = Array.from({ length: MAX_PATH_LENGTH_CAP + 1 }, (_, n) =>
  statement(`path:${Math.max(n, 1)}`, shortestPath(Math.max(n, 1))),
);
