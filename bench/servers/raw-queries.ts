import { RELATIONSHIP_TYPES } from '../../src/vocabulary';

/**
 * The floor: for each question, the best Cypher we can write by hand, fetching exactly the fields
 * the question asks for in the order our API returns them, in one statement that returns one row.
 * Parameters only; the relationship types of the path come from the closed list.
 */
export const RAW_QUERIES = {
  portrayals: `
    MATCH (:NameKey {key: $key})<-[:NAMED]-(named:Character)
    MATCH (named)-[:COUNTERPART_OF*0..6]-(c:Character)
    WITH DISTINCT c
    MATCH (p:Person)-[r:PLAYED]->(c)-[:APPEARS_IN]->(w:Work)
    WITH p, r, c, w ORDER BY w.year, w.kind, p.name
    RETURN collect({
      actor: p {.id, .name, .nativeName},
      character: c {.id, .name, work: w {.id, .title, .kind, .year}},
      episodes: r.episodes,
      sources: COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s {.id, .title, .url} ORDER BY s.id }
    }) AS portrayals`,

  work: `
    MATCH (w:Work {id: $id})
    WITH w, COLLECT {
      MATCH (p:Person)-[r:CREDITED]->(w)
      WITH p, r ORDER BY CASE r.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END, r.episodes, p.name
      RETURN {role: r.role, episodes: r.episodes, creditedAs: r.creditedAs, person: p {.id, .name},
              character: CASE WHEN r.character IS NULL THEN null ELSE {id: r.character} END}
    } AS credits
    RETURN w {.id, .title, .kind, .year,
      credits: {totalCount: size(credits), nodes: credits[0..100]},
      characters: COLLECT {
        MATCH (ch:Character)-[:APPEARS_IN]->(w)
        WITH ch ORDER BY ch.name
        RETURN ch {.id, .name,
          portrayals: COLLECT { MATCH (a:Person)-[r:PLAYED]->(ch) WITH a, r ORDER BY a.name RETURN {actor: a {.id, .name}, episodes: r.episodes} },
          counterparts: COLLECT {
            MATCH (ch)-[:COUNTERPART_OF*1..6]-(cp:Character) WHERE cp <> ch
            WITH DISTINCT cp
            MATCH (cp)-[:APPEARS_IN]->(cw:Work)
            WITH cp, cw ORDER BY cw.year, cw.kind, cp.name
            RETURN cp {.id, .name, work: cw {.id, .kind, .year},
              portrayals: COLLECT { MATCH (a:Person)-[r:PLAYED]->(cp) WITH a, r ORDER BY a.name RETURN {actor: a {.id, .name}, episodes: r.episodes} }}
          }}
      }} AS work`,

  person: `
    MATCH (p:Person {id: $id})
    RETURN p {.id, .name, .nativeName,
      credits: COLLECT {
        MATCH (p)-[r:CREDITED]->(w:Work)
        WITH r, w ORDER BY w.year, w.id, r.role
        RETURN {role: r.role, episodes: r.episodes, creditedAs: r.creditedAs, work: w {.id, .title, .kind, .year},
                character: CASE WHEN r.character IS NULL THEN null ELSE {id: r.character} END}
      }} AS person`,

  search: `
    CALL () {
      MATCH (:NameKey {key: $key})<-[:NAMED]-(node:Entity)
      WHERE node:Work OR node:Person OR node:Character OR node:Organization OR node:Place OR node:Song OR node:Episode
      RETURN node, 1000.0 AS score
      UNION ALL
      CALL db.index.fulltext.queryNodes('entity_names', $exact, {limit: 11}) YIELD node, score
      RETURN node, score
    }
    WITH node, max(score) AS score ORDER BY score DESC, node.id
    WITH collect(node) AS exact
    CALL (exact) {
      WITH exact WHERE size(exact) < 10
      CALL db.index.fulltext.queryNodes('entity_names', $prefix, {limit: 11}) YIELD node, score
      WITH node, score WHERE NOT node IN exact ORDER BY score DESC, node.id
      RETURN collect(node) AS prefixed
    }
    CALL (exact, prefixed) {
      WITH exact, prefixed WHERE size(exact) + size(prefixed) < 10 AND $fuzzy <> ''
      CALL db.index.fulltext.queryNodes('entity_names', $fuzzy, {limit: 11}) YIELD node, score
      WITH node, score WHERE NOT node IN exact + prefixed ORDER BY score DESC, node.id
      RETURN collect(node) AS fuzzy
    }
    UNWIND (exact + prefixed + fuzzy)[0..10] AS node
    RETURN collect(node {.id, .name, .title, .number, __typename: head([l IN labels(node) WHERE l <> 'Entity'])}) AS nodes`,

  path: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = shortestPath((a)-[:${RELATIONSHIP_TYPES.join('|')}*..6]-(b))
    RETURN {
      length: length(p),
      nodes: [n IN nodes(p) | {__typename: head([l IN labels(n) WHERE l <> 'Entity']), id: n.id}],
      edges: [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id}]
    } AS path`,

  nodes: `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})
    RETURN collect(n {.id, .title, .kind, .year, .name, .nativeName, __typename: head([l IN labels(n) WHERE l <> 'Entity'])}) AS nodes`,
} as const;
