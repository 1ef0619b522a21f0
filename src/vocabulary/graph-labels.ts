import { ORGANIZATION_ROLES } from './enums';

/**
 * Labels whose nodes carry a public id: exactly the types that implement Node in
 * schema.graphql. Every one of them also has the label Entity.
 */
export const ENTITY_LABELS = [
  'Source',
  'Work',
  'Person',
  'Organization',
  'Place',
  'Character',
  'Episode',
  'Review',
  'Ranking',
  'Rating',
  'Honor',
  'Event',
  'Song',
  'Edition',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every entity but a source can be the subject of claims (a source is the evidence, not a fact). */
export const CLAIM_SUBJECT_LABELS = ENTITY_LABELS.filter(
  (label): label is Exclude<EntityLabel, 'Source'> => label !== 'Source',
);

/** What search finds: the members of the SearchResult union, what a person would type a name or title of. */
export const SEARCHABLE_LABELS = ['Work', 'Person', 'Character', 'Organization', 'Place', 'Song', 'Episode'] as const;
export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];

/**
 * Every relationship type that states a fact. Cypher cannot take a type as a parameter, so
 * statements are built from this closed list; the seed's tables (src/seed/relationship-tables.ts)
 * make exactly these.
 */
export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'ADAPTATION_OF',
  'LOCATED_IN',
  'APPEARS_IN',
  'COUNTERPART_OF',
  'EPISODE_OF',
  'CREDITED',
  'PLAYED',
  'DIRECTED',
  ...ORGANIZATION_ROLES,
  'REVIEWS',
  'PUBLISHED_IN',
  'ABOUT',
  'RANKS',
  'PUBLISHED_BY',
  'RATES',
  'ON_PLATFORM',
  'HONORS',
  'AWARDED_BY',
  'CONCERNS',
  'AT',
  'INVOLVES',
  'SONG_OF',
  'USED_IN',
  'PERFORMED',
  'WROTE_LYRICS',
  'COMPOSED',
  'ADAPTS',
  'CAST',
  'FOR_WORK',
  'EDITION_OF',
  'TRANSLATED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types that are bookkeeping rather than facts: they carry no sources of their own. */
export const STRUCTURAL_TYPES = ['CITES', 'HAS_CLAIM', 'NAMED'] as const;
