import type { EntityLabel } from '../../vocabulary';
import { CHARACTER_FIELDS, PERSON_FIELDS } from './people-fields';
import type { Field } from './field';
import {
  EDITION_FIELDS,
  EPISODE_FIELDS,
  EVENT_FIELDS,
  HONOR_FIELDS,
  ORGANIZATION_FIELDS,
  PLACE_FIELDS,
  RANKING_FIELDS,
  RATING_FIELDS,
  REVIEW_FIELDS,
  SONG_FIELDS,
} from './other-fields';
import { WORK_FIELDS } from './work-fields';

/**
 * Every relationship-backed field of the API, by entity type and field name. Each field's
 * loader statement and its bundle sub-query are generated from its one declaration.
 */
export const CATALOGUE = {
  Source: {},
  Work: WORK_FIELDS,
  Person: PERSON_FIELDS,
  Character: CHARACTER_FIELDS,
  Episode: EPISODE_FIELDS,
  Organization: ORGANIZATION_FIELDS,
  Place: PLACE_FIELDS,
  Review: REVIEW_FIELDS,
  Ranking: RANKING_FIELDS,
  Rating: RATING_FIELDS,
  Honor: HONOR_FIELDS,
  Event: EVENT_FIELDS,
  Song: SONG_FIELDS,
  Edition: EDITION_FIELDS,
} as const satisfies Record<EntityLabel, Readonly<Record<string, Field>>>;

export type Catalogue = typeof CATALOGUE;
export type CatalogueType = keyof Catalogue;
export type CatalogueField<T extends CatalogueType> = keyof Catalogue[T] & string;

/** Every field once: a field every type shares ("Entity.sources") is one field, not one per type. */
export const ALL_FIELDS: readonly Field[] = [
  ...new Set(Object.values(CATALOGUE).flatMap((fields): Field[] => Object.values(fields))),
];

export { loaderStatement } from './loader-statement';
export { bundle, type Bundle, type BundleTree } from './bundle-statement';
export { PROVENANCE_KEYS, type Field, type EntityField, type ItemField, type ItemOf } from './field';
