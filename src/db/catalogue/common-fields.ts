import type { EntityLabel } from '../../vocabulary';
import type { ClaimModel, EntityModel, EntityOf } from '../models';
import { entities, items, type EntityField } from './field';

/** Orders shared by many fields; `m` is the items' variable. */
export const byTitle = (m: string): string[] => [`${m}.year`, `${m}.releaseDate`, `${m}.title`, `${m}.id`];
export const byName = (m: string): string[] => [`${m}.name`, `${m}.id`];
export const byDate = (m: string): string[] => [`${m}.date`, `${m}.id`];
export const byYearAndPrize = (m: string): string[] => [`${m}.year`, `${m}.prize`, `${m}.id`];

/** A credit's role in the order a work's credits are listed: author, director, screenwriter, actors, the rest. */
export const roleRank = (r: string): string =>
  `CASE ${r}.role WHEN 'AUTHOR' THEN 0 WHEN 'DIRECTOR' THEN 1 WHEN 'SCREENWRITER' THEN 2 WHEN 'ACTOR' THEN 3 ELSE 4 END`;

/**
 * The entities one step away (or along a fixed pattern): `pattern` joins `self` to `m`.
 * `options.one` makes it a single entity, such as a character's work.
 */
export function hop<const L extends EntityLabel | 'Entity'>(
  name: string,
  parent: EntityLabel | 'Entity',
  target: L,
  pattern: (self: string, m: string) => string,
  order: (m: string) => readonly string[],
  options: {
    readonly one?: boolean;
    readonly paged?: boolean;
    readonly filter?: { argument: string; property: string };
  } = {},
): EntityField<L extends EntityLabel ? EntityOf<L> : EntityModel> {
  return entities(name, parent, target, {
    vars: ['m'],
    node: 'm',
    match: (v) => `MATCH ${pattern(v.self, v.m)}`,
    order: (v) => order(v.m),
    ...options,
  });
}

/** The sources an entity cites, by id. */
export const ENTITY_SOURCES = hop(
  'Entity.sources',
  'Entity',
  'Source',
  (self, m) => `(${self})-[:CITES]->(${m}:Source)`,
  (m) => [`${m}.id`],
);

/**
 * Every claim about an entity, or those about one property: by property, preferred first, then by
 * value. A claim's sources are its own CITES links.
 */
export const ENTITY_CLAIMS = items<ClaimModel>()('Entity.claims', 'Entity', 'Claim', {
  vars: ['c'],
  match: (v) => `MATCH (${v.self})-[:HAS_CLAIM]->(${v.c}:Claim)`,
  order: (v) => [
    `${v.c}.property`,
    `CASE ${v.c}.rank WHEN 'PREFERRED' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END`,
    `${v.c}.value`,
  ],
  filter: { argument: 'property', property: 'property' },
  paged: true,
  item: (v) => ({
    id: `${v.c}.id`,
    property: `${v.c}.property`,
    value: `${v.c}.value`,
    rank: `${v.c}.rank`,
    reason: `${v.c}.reason`,
  }),
  provenance: 'c',
  citesSources: true,
});

/** The fields every entity type has. */
export const SHARED_FIELDS = { claims: ENTITY_CLAIMS, sources: ENTITY_SOURCES } as const;
