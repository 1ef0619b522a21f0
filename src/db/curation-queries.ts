import { statement } from './statement';

/** Checks and extra writes for curated changes; the upserts themselves are the seed loader's statements. */

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

export const EPISODE_NUMBERS_OF_WORK = statement(
  'curation:episodeNumbersOfWork',
  `
  MATCH (e:Episode)-[:EPISODE_OF]->(:Work {id: $work})
  RETURN e.number AS number`,
);

/** The existing counterpart link between two characters, in either direction. */
export const EXISTING_COUNTERPART_DIRECTION = statement(
  'curation:existingCounterpartDirection',
  `
  MATCH (a:Character {id: $a})-[r:COUNTERPART_OF]-(b:Character {id: $b})
  RETURN startNode(r).id AS from LIMIT 1`,
);

/** A new PREFERRED claim takes the rank over from any other preferred claim of the same property. */
export const DEMOTE_OTHER_PREFERRED = statement(
  'curation:demoteOtherPreferred',
  `
  MATCH (:Entity {id: $subject})-[:HAS_CLAIM]->(c:Claim {property: $property, rank: 'PREFERRED'})
  WHERE c.id <> $id
  SET c.rank = 'NORMAL', c.updatedBy = $who, c.updatedAt = $at`,
);

/** A work's own fields follow its preferred claims, as in the seed. */
export const APPLY_PREFERRED_TO_WORK = statement(
  'curation:applyPreferredToWork',
  `
  MATCH (w:Work {id: $subject})
  SET w.releaseDate = CASE WHEN $property = 'releaseDate' THEN $value ELSE w.releaseDate END,
      w.year = CASE WHEN $property = 'year' THEN toInteger($value) ELSE w.year END,
      w.runtimeMinutes = CASE WHEN $property = 'runtimeMinutes' THEN toInteger($value) ELSE w.runtimeMinutes END,
      w.episodeCount = CASE WHEN $property = 'episodeCount' THEN toInteger($value) ELSE w.episodeCount END`,
);

/** A director's credit on episodes also says who directed each of them. */
export const LINK_DIRECTED_EPISODES = statement(
  'curation:linkDirectedEpisodes',
  `
  MATCH (p:Person {id: $person})
  UNWIND $episodes AS number
  MATCH (e:Episode {number: number})-[:EPISODE_OF]->(:Work {id: $work})
  MERGE (p)-[r:DIRECTED {key: ''}]->(e)
  WITH r, coalesce(r.sources, []) AS previous
  SET r.sources = reduce(acc = [], id IN previous + $sources | CASE WHEN id IN acc THEN acc ELSE acc + id END),
      r.confidence = $confidence,
      r.createdBy = coalesce(r.createdBy, $who), r.createdAt = coalesce(r.createdAt, $at),
      r.updatedBy = $who, r.updatedAt = $at`,
);
