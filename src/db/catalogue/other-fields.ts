import type { OrganizationCreditModel } from '../models';
import { entity } from '../cypher-fragments';
import { byDate, byName, byTitle, hop, SHARED_FIELDS } from './common-fields';
import { items } from './field';
import { ORGANIZATION_ROLE_PATTERN } from './organization-roles';

const byNumber = (m: string): string[] => [`${m}.number`, `${m}.id`];
const byTitleOnly = (m: string): string[] => [`${m}.title`, `${m}.id`];
const byId = (m: string): string[] => [`${m}.id`];

export const EPISODE_FIELDS = {
  work: hop('Episode.work', 'Episode', 'Work', (self, m) => `(${self})-[:EPISODE_OF]->(${m}:Work)`, byTitle, {
    one: true,
  }),
  adapts: hop(
    'Episode.adapts',
    'Episode',
    'Work',
    (self, m) => `(${self})-[:ADAPTS]->(${m}:Work)`,
    (m) => [`${m}.partNumber`, `${m}.id`],
  ),
  directors: hop('Episode.directors', 'Episode', 'Person', (self, m) => `(${self})<-[:DIRECTED]-(${m}:Person)`, byName),
  songs: hop('Episode.songs', 'Episode', 'Song', (self, m) => `(${self})<-[:USED_IN]-(${m}:Song)`, byTitleOnly),
  ...SHARED_FIELDS,
} as const;

export const ORGANIZATION_FIELDS = {
  works: items<OrganizationCreditModel>()('Organization.works', 'Organization', 'OrganizationCredit', {
    vars: ['r', 'w'],
    self: 'organization',
    provenance: 'r',
    match: (v) => `MATCH (${v.self})-[${v.r}:${ORGANIZATION_ROLE_PATTERN}]->(${v.w}:Work)`,
    order: (v) => [`${v.w}.year`, `${v.w}.id`, `type(${v.r})`, `${v.r}.key`],
    item: (v) => ({ work: entity(v.w, 'Work'), role: `type(${v.r})`, region: `${v.r}.region`, date: `${v.r}.date` }),
  }),
  editions: hop(
    'Organization.editions',
    'Organization',
    'Edition',
    (self, m) => `(${self})<-[:PUBLISHED_BY]-(${m}:Edition)`,
    (m) => [`${m}.date`, `${m}.id`],
  ),
  ...SHARED_FIELDS,
} as const;

export const PLACE_FIELDS = {
  within: hop('Place.within', 'Place', 'Place', (self, m) => `(${self})-[:LOCATED_IN]->(${m}:Place)`, byName, {
    one: true,
  }),
  events: hop('Place.events', 'Place', 'Event', (self, m) => `(${self})<-[:AT]-(${m}:Event)`, byDate),
  ...SHARED_FIELDS,
} as const;

export const REVIEW_FIELDS = {
  work: hop('Review.work', 'Review', 'Work', (self, m) => `(${self})-[:REVIEWS]->(${m}:Work)`, byTitle, { one: true }),
  outlet: hop(
    'Review.outlet',
    'Review',
    'Organization',
    (self, m) => `(${self})-[:PUBLISHED_IN]->(${m}:Organization)`,
    byName,
    {
      one: true,
    },
  ),
  about: hop('Review.about', 'Review', 'Entity', (self, m) => `(${self})-[:ABOUT]->(${m}:Entity)`, byId),
  ...SHARED_FIELDS,
} as const;

export const RANKING_FIELDS = {
  work: hop('Ranking.work', 'Ranking', 'Work', (self, m) => `(${self})-[:RANKS]->(${m}:Work)`, byTitle, { one: true }),
  publisher: hop(
    'Ranking.publisher',
    'Ranking',
    'Organization',
    (self, m) => `(${self})-[:PUBLISHED_BY]->(${m}:Organization)`,
    byName,
    { one: true },
  ),
  ...SHARED_FIELDS,
} as const;

export const RATING_FIELDS = {
  work: hop('Rating.work', 'Rating', 'Work', (self, m) => `(${self})-[:RATES]->(${m}:Work)`, byTitle, { one: true }),
  platform: hop(
    'Rating.platform',
    'Rating',
    'Organization',
    (self, m) => `(${self})-[:ON_PLATFORM]->(${m}:Organization)`,
    byName,
    {
      one: true,
    },
  ),
  ...SHARED_FIELDS,
} as const;

export const HONOR_FIELDS = {
  awardedBy: hop(
    'Honor.awardedBy',
    'Honor',
    'Organization',
    (self, m) => `(${self})-[:AWARDED_BY]->(${m}:Organization)`,
    byName,
    {
      one: true,
    },
  ),
  recipients: hop('Honor.recipients', 'Honor', 'Entity', (self, m) => `(${self})-[:HONORS]->(${m}:Entity)`, byId),
  for: hop('Honor.for', 'Honor', 'Work', (self, m) => `(${self})-[:FOR_WORK]->(${m}:Work)`, byTitle),
  ...SHARED_FIELDS,
} as const;

export const EVENT_FIELDS = {
  place: hop('Event.place', 'Event', 'Place', (self, m) => `(${self})-[:AT]->(${m}:Place)`, byName, { one: true }),
  works: hop('Event.works', 'Event', 'Work', (self, m) => `(${self})-[:CONCERNS]->(${m}:Work)`, byTitle),
  participants: hop('Event.participants', 'Event', 'Entity', (self, m) => `(${self})-[:INVOLVES]->(${m}:Entity)`, byId),
  ...SHARED_FIELDS,
} as const;

export const SONG_FIELDS = {
  work: hop('Song.work', 'Song', 'Work', (self, m) => `(${self})-[:SONG_OF]->(${m}:Work)`, byTitle, { one: true }),
  episodes: hop('Song.episodes', 'Song', 'Episode', (self, m) => `(${self})-[:USED_IN]->(${m}:Episode)`, byNumber),
  performers: hop('Song.performers', 'Song', 'Person', (self, m) => `(${self})<-[:PERFORMED]-(${m}:Person)`, byName),
  lyricists: hop('Song.lyricists', 'Song', 'Person', (self, m) => `(${self})<-[:WROTE_LYRICS]-(${m}:Person)`, byName),
  composers: hop('Song.composers', 'Song', 'Person', (self, m) => `(${self})<-[:COMPOSED]-(${m}:Person)`, byName),
  ...SHARED_FIELDS,
} as const;

export const EDITION_FIELDS = {
  work: hop('Edition.work', 'Edition', 'Work', (self, m) => `(${self})-[:EDITION_OF]->(${m}:Work)`, byTitle, {
    one: true,
  }),
  publisher: hop(
    'Edition.publisher',
    'Edition',
    'Organization',
    (self, m) => `(${self})-[:PUBLISHED_BY]->(${m}:Organization)`,
    byName,
    { one: true },
  ),
  translators: hop(
    'Edition.translators',
    'Edition',
    'Person',
    (self, m) => `(${self})<-[:TRANSLATED]-(${m}:Person)`,
    byName,
  ),
  ...SHARED_FIELDS,
} as const;
