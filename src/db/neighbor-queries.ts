import { entity } from './cypher-fragments';
import type { EntityLabel } from './graph-schema';

/**
 * One-hop (or counterpart-chain) neighbours of many entities at once, for per-request batching:
 * each query takes `$ids` and returns one row per id that has neighbours, with `items` in order.
 */
const spec = (pattern: string, order: string): string => `
  UNWIND $ids AS key
  MATCH ${pattern}
  WITH DISTINCT key, m
  ORDER BY ${order}
  RETURN key, collect(${entity('m', labelOf(pattern))}) AS items`;

/** The neighbour's label when the pattern names one (`m:Work`), not when it is any entity. */
function labelOf(pattern: string): EntityLabel | undefined {
  const label = /\(m:(\w+)\)/.exec(pattern)?.[1];
  return label && label !== 'Entity' ? (label as EntityLabel) : undefined;
}

const byTitle = 'm.year, m.releaseDate, m.title, m.id';
const byName = 'm.name, m.id';
const byDate = 'm.date, m.id';

export const NEIGHBOR_QUERIES = {
  workCharacters: spec('(:Work {id: key})<-[:APPEARS_IN]-(m:Character)', byName),
  workEpisodes: spec('(:Work {id: key})<-[:EPISODE_OF]-(m:Episode)', 'm.number'),
  workAdaptationOf: spec('(:Work {id: key})-[:ADAPTATION_OF]->(m:Work)', byTitle),
  workAdaptations: spec('(:Work {id: key})<-[:ADAPTATION_OF]-(m:Work)', byTitle),
  workPartOf: spec('(:Work {id: key})-[:PART_OF]->(m:Work)', byTitle),
  workParts: spec('(:Work {id: key})<-[:PART_OF]-(m:Work)', 'm.partNumber, m.id'),
  workReviews: spec('(:Work {id: key})<-[:REVIEWS]-(m:Review)', byDate),
  workRankings: spec('(:Work {id: key})<-[:RANKS]-(m:Ranking)', 'm.year, m.list, m.id'),
  workRatings: spec('(:Work {id: key})<-[:RATES]-(m:Rating)', byDate),
  workHonors: spec('(:Work {id: key})<-[:HONORS]-(m:Honor)', 'm.year, m.prize, m.id'),
  workEvents: spec('(:Work {id: key})<-[:CONCERNS]-(m:Event)', byDate),
  workSongs: spec('(:Work {id: key})<-[:SONG_OF]-(m:Song)', 'm.title, m.id'),
  sources: spec('(:Entity {id: key})-[:CITES]->(m:Source)', 'm.id'),
  personHonors: spec('(:Person {id: key})<-[:HONORS]-(m:Honor)', 'm.year, m.prize, m.id'),
  personSongs: spec('(:Person {id: key})-[:PERFORMED|WROTE_LYRICS|COMPOSED]->(m:Song)', 'm.title, m.id'),
  characterWork: spec('(:Character {id: key})-[:APPEARS_IN]->(m:Work)', byTitle),
  // As the work bundle orders them: by their work's year and kind, then by name.
  characterCounterparts: spec(
    '(n:Character {id: key})-[:COUNTERPART_OF*1..6]-(m:Character) WHERE m <> n',
    'COLLECT { MATCH (m)-[:APPEARS_IN]->(w:Work) RETURN w.year }[0], COLLECT { MATCH (m)-[:APPEARS_IN]->(w:Work) RETURN w.kind }[0], m.name, m.id',
  ),
  episodeWork: spec('(:Episode {id: key})-[:EPISODE_OF]->(m:Work)', byTitle),
  episodeDirectors: spec('(:Episode {id: key})<-[:DIRECTED]-(m:Person)', byName),
  episodeSongs: spec('(:Episode {id: key})<-[:USED_IN]-(m:Song)', 'm.title, m.id'),
  placeWithin: spec('(:Place {id: key})-[:LOCATED_IN]->(m:Place)', byName),
  placeEvents: spec('(:Place {id: key})<-[:AT]-(m:Event)', byDate),
  reviewWork: spec('(:Review {id: key})-[:REVIEWS]->(m:Work)', byTitle),
  reviewOutlet: spec('(:Review {id: key})-[:PUBLISHED_IN]->(m:Organization)', byName),
  reviewAbout: spec('(:Review {id: key})-[:ABOUT]->(m:Entity)', 'm.id'),
  rankingWork: spec('(:Ranking {id: key})-[:RANKS]->(m:Work)', byTitle),
  rankingPublisher: spec('(:Ranking {id: key})-[:PUBLISHED_BY]->(m:Organization)', byName),
  ratingWork: spec('(:Rating {id: key})-[:RATES]->(m:Work)', byTitle),
  ratingPlatform: spec('(:Rating {id: key})-[:ON_PLATFORM]->(m:Organization)', byName),
  honorAwardedBy: spec('(:Honor {id: key})-[:AWARDED_BY]->(m:Organization)', byName),
  honorRecipients: spec('(:Honor {id: key})-[:HONORS]->(m:Entity)', 'm.id'),
  eventPlace: spec('(:Event {id: key})-[:AT]->(m:Place)', byName),
  eventWorks: spec('(:Event {id: key})-[:CONCERNS]->(m:Work)', byTitle),
  eventParticipants: spec('(:Event {id: key})-[:INVOLVES]->(m:Entity)', 'm.id'),
  songWork: spec('(:Song {id: key})-[:SONG_OF]->(m:Work)', byTitle),
  songEpisodes: spec('(:Song {id: key})-[:USED_IN]->(m:Episode)', 'm.number'),
  songPerformers: spec('(:Song {id: key})<-[:PERFORMED]-(m:Person)', byName),
  songLyricists: spec('(:Song {id: key})<-[:WROTE_LYRICS]-(m:Person)', byName),
  songComposers: spec('(:Song {id: key})<-[:COMPOSED]-(m:Person)', byName),
} as const;

export type NeighborQuery = keyof typeof NEIGHBOR_QUERIES;
