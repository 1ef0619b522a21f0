import { entity, optionalEntity } from '../cypher-fragments';
import type { AdaptationModel, CreditModel, OrganizationCreditModel } from '../models';
import { byDate, byName, byTitle, byYearAndPrize, hop, roleRank, SHARED_FIELDS } from './common-fields';
import { items } from './field';
import { ORGANIZATION_ROLE_PATTERN } from './organization-roles';

/** Work's relationship-backed fields. */
export const WORK_FIELDS = {
  adaptationOf: hop(
    'Work.adaptationOf',
    'Work',
    'Work',
    (self, m) => `(${self})-[:ADAPTATION_OF]->(${m}:Work)`,
    byTitle,
    {
      one: true,
    },
  ),
  adaptation: items<AdaptationModel>()('Work.adaptation', 'Work', 'Adaptation', {
    vars: ['r', 'of'],
    one: true,
    self: 'work',
    provenance: 'r',
    match: (v) => `MATCH (${v.self})-[${v.r}:ADAPTATION_OF]->(${v.of}:Work)`,
    order: (v) => byTitle(v.of),
    item: (v) => ({
      of: entity(v.of, 'Work'),
      // The subquery's own variable: carried with the row's, it would be named before it is bound.
      parts: `COLLECT { MATCH (adaptedPart:Work) WHERE adaptedPart.id IN ${v.r}.parts RETURN ${entity('adaptedPart', 'Work')} ORDER BY adaptedPart.partNumber }`,
    }),
  }),
  adaptations: hop('Work.adaptations', 'Work', 'Work', (self, m) => `(${self})<-[:ADAPTATION_OF]-(${m}:Work)`, byTitle),
  partOf: hop('Work.partOf', 'Work', 'Work', (self, m) => `(${self})-[:PART_OF]->(${m}:Work)`, byTitle, { one: true }),
  parts: hop(
    'Work.parts',
    'Work',
    'Work',
    (self, m) => `(${self})<-[:PART_OF]-(${m}:Work)`,
    (m) => [`${m}.partNumber`, `${m}.id`],
  ),
  adaptedIn: hop(
    'Work.adaptedIn',
    'Work',
    'Episode',
    (self, m) => `(${self})<-[:ADAPTS]-(${m}:Episode)`,
    (m) => [`${m}.number`, `${m}.id`],
  ),
  editions: hop(
    'Work.editions',
    'Work',
    'Edition',
    (self, m) => `(${self})<-[:EDITION_OF]-(${m}:Edition)`,
    (m) => [`${m}.date`, `${m}.language`, `${m}.id`],
  ),
  credits: items<CreditModel>()('Work.credits', 'Work', 'Credit', {
    vars: ['p', 'r', 'c'],
    self: 'work',
    provenance: 'r',
    paged: true,
    filter: { argument: 'role', property: 'role' },
    match: (v) =>
      `MATCH (${v.p}:Person)-[${v.r}:CREDITED]->(${v.self})
  OPTIONAL MATCH (${v.c}:Character {id: ${v.r}.character})`,
    order: (v) => [roleRank(v.r), `${v.r}.episodes`, `${v.p}.name`, `${v.p}.id`, `${v.r}.key`],
    item: (v) => ({
      person: entity(v.p, 'Person'),
      character: optionalEntity(v.c, 'Character'),
      role: `${v.r}.role`,
      episodes: `${v.r}.episodes`,
      creditedAs: `${v.r}.creditedAs`,
    }),
  }),
  characters: hop(
    'Work.characters',
    'Work',
    'Character',
    (self, m) => `(${self})<-[:APPEARS_IN]-(${m}:Character)`,
    byName,
  ),
  episodes: hop(
    'Work.episodes',
    'Work',
    'Episode',
    (self, m) => `(${self})<-[:EPISODE_OF]-(${m}:Episode)`,
    (m) => [`${m}.number`, `${m}.id`],
  ),
  organizations: items<OrganizationCreditModel>()('Work.organizations', 'Work', 'OrganizationCredit', {
    vars: ['o', 'r'],
    self: 'work',
    provenance: 'r',
    filter: { argument: 'role', property: 'role' },
    match: (v) => `MATCH (${v.o}:Organization)-[${v.r}:${ORGANIZATION_ROLE_PATTERN}]->(${v.self})`,
    order: (v) => [`type(${v.r})`, `${v.o}.name`, `${v.o}.id`, `${v.r}.key`],
    item: (v) => ({
      organization: entity(v.o, 'Organization'),
      role: `type(${v.r})`,
      region: `${v.r}.region`,
      date: `${v.r}.date`,
    }),
  }),
  reviews: hop('Work.reviews', 'Work', 'Review', (self, m) => `(${self})<-[:REVIEWS]-(${m}:Review)`, byDate, {
    paged: true,
  }),
  rankings: hop(
    'Work.rankings',
    'Work',
    'Ranking',
    (self, m) => `(${self})<-[:RANKS]-(${m}:Ranking)`,
    (m) => [`${m}.year`, `${m}.list`, `${m}.id`],
    { filter: { argument: 'kind', property: 'kind' } },
  ),
  ratings: hop('Work.ratings', 'Work', 'Rating', (self, m) => `(${self})<-[:RATES]-(${m}:Rating)`, byDate),
  honors: hop(
    'Work.honors',
    'Work',
    'Honor',
    (self, m) => `(${self})<-[:HONORS|FOR_WORK]-(${m}:Honor)`,
    byYearAndPrize,
    { paged: true },
  ),
  events: hop('Work.events', 'Work', 'Event', (self, m) => `(${self})<-[:CONCERNS]-(${m}:Event)`, byDate, {
    filter: { argument: 'kind', property: 'kind' },
    paged: true,
  }),
  songs: hop(
    'Work.songs',
    'Work',
    'Song',
    (self, m) => `(${self})<-[:SONG_OF]-(${m}:Song)`,
    (m) => [`${m}.title`, `${m}.id`],
  ),
  ...SHARED_FIELDS,
} as const;
