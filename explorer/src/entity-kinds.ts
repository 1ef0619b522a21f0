/** The families of entities the explorer tells apart by colour and shape. */
export const ENTITY_KINDS = [
  'work',
  'person',
  'character',
  'episode',
  'organization',
  'reception',
  'event',
  'song',
  'place',
  'source',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

const KIND_BY_TYPENAME: Readonly<Record<string, EntityKind>> = {
  Work: 'work',
  Edition: 'work',
  Person: 'person',
  Character: 'character',
  Episode: 'episode',
  Organization: 'organization',
  Review: 'reception',
  Ranking: 'reception',
  Rating: 'reception',
  Honor: 'reception',
  Event: 'event',
  Song: 'song',
  Place: 'place',
  Source: 'source',
};

/** Unknown typenames (a schema newer than this page) still draw, as sources do: plain grey tags. */
export function kindOfTypename(typename: string): EntityKind {
  return KIND_BY_TYPENAME[typename] ?? 'source';
}

/** "SERIES" → "series", "YEAR_END_LIST" → "year-end list". */
export function enumInWords(value: string): string {
  return value.toLowerCase().replace(/_end_/g, '-end ').replace(/_/g, ' ');
}
