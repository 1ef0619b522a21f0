import { entity, optionalEntity } from '../cypher-fragments';
import type { CastingModel, CounterpartLinkModel, CreditModel, PortrayalModel } from '../models';
import { byName, byTitle, byYearAndPrize, hop, roleRank, SHARED_FIELDS } from './common-fields';
import { entities, items, type Vars } from './field';

/** A casting link with the work it was for and the part, both named on the link by id. */
const castingMatch = (link: string, v: Vars<'r' | 'w' | 'c'>): string => `MATCH ${link}
  MATCH (${v.w}:Work {id: ${v.r}.work})
  OPTIONAL MATCH (${v.c}:Character {id: ${v.r}.character})`;

/** Person's relationship-backed fields. */
export const PERSON_FIELDS = {
  credits: items<CreditModel>()('Person.credits', 'Person', 'Credit', {
    vars: ['w', 'r', 'c'],
    self: 'person',
    provenance: 'r',
    match: (v) =>
      `MATCH (${v.self})-[${v.r}:CREDITED]->(${v.w}:Work)
  OPTIONAL MATCH (${v.c}:Character {id: ${v.r}.character})`,
    order: (v) => [`${v.w}.year`, `${v.w}.id`, roleRank(v.r), `${v.r}.episodes`, `${v.r}.key`],
    item: (v) => ({
      work: entity(v.w, 'Work'),
      character: optionalEntity(v.c, 'Character'),
      role: `${v.r}.role`,
      episodes: `${v.r}.episodes`,
      creditedAs: `${v.r}.creditedAs`,
    }),
  }),
  portrayals: items<PortrayalModel>()('Person.portrayals', 'Person', 'Portrayal', {
    vars: ['r', 'c', 'w'],
    self: 'actor',
    provenance: 'r',
    match: (v) => `MATCH (${v.self})-[${v.r}:PLAYED]->(${v.c}:Character)-[:APPEARS_IN]->(${v.w}:Work)`,
    order: (v) => [`${v.w}.year`, `${v.w}.id`, `${v.c}.name`, `${v.c}.id`],
    item: (v) => ({ character: entity(v.c, 'Character'), work: entity(v.w, 'Work'), episodes: `${v.r}.episodes` }),
  }),
  cast: items<CastingModel>()('Person.cast', 'Person', 'Casting', {
    vars: ['r', 'a', 'w', 'c'],
    self: 'castBy',
    provenance: 'r',
    match: (v) => castingMatch(`(${v.self})-[${v.r}:CAST]->(${v.a}:Person)`, v),
    order: (v) => [`${v.w}.year`, `${v.w}.id`, `${v.a}.name`, `${v.a}.id`],
    item: (v) => ({
      actor: entity(v.a, 'Person'),
      work: entity(v.w, 'Work'),
      character: optionalEntity(v.c, 'Character'),
    }),
  }),
  castBy: items<CastingModel>()('Person.castBy', 'Person', 'Casting', {
    vars: ['r', 'a', 'w', 'c'],
    self: 'actor',
    provenance: 'r',
    match: (v) => castingMatch(`(${v.a}:Person)-[${v.r}:CAST]->(${v.self})`, v),
    order: (v) => [`${v.w}.year`, `${v.w}.id`, `${v.a}.name`, `${v.a}.id`],
    item: (v) => ({
      castBy: entity(v.a, 'Person'),
      work: entity(v.w, 'Work'),
      character: optionalEntity(v.c, 'Character'),
    }),
  }),
  translations: hop(
    'Person.translations',
    'Person',
    'Edition',
    (self, m) => `(${self})-[:TRANSLATED]->(${m}:Edition)`,
    (m) => [`${m}.date`, `${m}.id`],
  ),
  honors: hop('Person.honors', 'Person', 'Honor', (self, m) => `(${self})<-[:HONORS]-(${m}:Honor)`, byYearAndPrize, {
    paged: true,
  }),
  songs: hop(
    'Person.songs',
    'Person',
    'Song',
    (self, m) => `(${self})-[:PERFORMED|WROTE_LYRICS|COMPOSED]->(${m}:Song)`,
    (m) => [`${m}.title`, `${m}.id`],
  ),
  ...SHARED_FIELDS,
} as const;

/** Character's relationship-backed fields. */
export const CHARACTER_FIELDS = {
  work: hop('Character.work', 'Character', 'Work', (self, m) => `(${self})-[:APPEARS_IN]->(${m}:Work)`, byTitle, {
    one: true,
  }),
  /** Directly or through the novel: every character the counterpart links reach, by their work's year and kind. */
  counterparts: entities('Character.counterparts', 'Character', 'Character', {
    vars: ['m'],
    node: 'm',
    match: (v) => `MATCH (${v.self})-[:COUNTERPART_OF*1..6]-(${v.m}:Character) WHERE ${v.m} <> ${v.self}`,
    after: { vars: ['w'], match: (v) => `MATCH (${v.m})-[:APPEARS_IN]->(${v.w}:Work)` },
    order: (v) => [`${v.w}.year`, `${v.w}.kind`, `${v.m}.name`, `${v.m}.id`],
  }),
  counterpartLinks: items<CounterpartLinkModel>()('Character.counterpartLinks', 'Character', 'CounterpartLink', {
    vars: ['r', 'c'],
    self: 'of',
    provenance: 'r',
    match: (v) => `MATCH (${v.self})-[${v.r}:COUNTERPART_OF]-(${v.c}:Character)`,
    order: (v) => byName(v.c),
    item: (v) => ({ character: entity(v.c, 'Character') }),
  }),
  portrayals: items<PortrayalModel>()('Character.portrayals', 'Character', 'Portrayal', {
    vars: ['p', 'r', 'w'],
    self: 'character',
    provenance: 'r',
    match: (v) => `MATCH (${v.p}:Person)-[${v.r}:PLAYED]->(${v.self})-[:APPEARS_IN]->(${v.w}:Work)`,
    order: (v) => byName(v.p),
    item: (v) => ({ actor: entity(v.p, 'Person'), work: entity(v.w, 'Work'), episodes: `${v.r}.episodes` }),
  }),
  ...SHARED_FIELDS,
} as const;
