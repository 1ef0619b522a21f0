/**
 * The most items each list field without `first` is taken to hold, keyed "Type.field" (or
 * "*.field" for a field every type has): what one item costs is multiplied by it. Each is the
 * seed graph's largest such list (measured on the 2026-11 seed, in the comment) and a little
 * room: loose bounds multiply along a nesting and refuse honest queries. LIST_BOUNDS overrides
 * entries as a graph grows past them. Paginated
 * fields (`credits`, `search`) cost their page size instead, at most their bound here.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.works': 10, // 7
  'Query.portrayals': 5, // 2
  'Work.adaptations': 5, // 2
  'Work.parts': 5, // 4
  'Work.credits': 25, // 18
  'Work.characters': 15, // 10
  'Work.episodes': 12, // 8
  'Work.organizations': 10, // 7
  'Work.reviews': 10, // 7
  'Work.rankings': 10, // 7
  'Work.ratings': 5, // 1
  'Work.honors': 5, // 3
  'Work.events': 30, // 25
  'Work.songs': 5, // 1
  'Adaptation.parts': 5, // 4
  'Person.credits': 5, // 2
  'Person.portrayals': 3, // 1
  'Person.honors': 10, // 7
  'Person.songs': 5, // 1
  'Character.counterparts': 3, // 2
  'Character.counterpartLinks': 3, // 2
  'Character.portrayals': 3, // 1
  'Episode.directors': 3, // 1
  'Episode.songs': 5, // 1
  'Organization.works': 5, // 2
  'Place.events': 5, // 2
  'Review.about': 5, // 3
  'Honor.recipients': 5, // 3
  'Event.works': 5, // 3
  'Event.participants': 10, // 5
  'Song.episodes': 3, // 1
  'Song.performers': 3, // 1
  'Song.lyricists': 3, // 1
  'Song.composers': 3, // 0
  // A path has at most MAX_PATH_LENGTH_CAP (10) edges.
  'Path.nodes': 11,
  'Path.edges': 10,
  '*.sources': 10, // 9 on an entity, 6 on a relationship
  '*.claims': 60, // 51
};

/** The bound of one list field: configuration first, then the table, then the default. */
export function listBound(
  typeName: string,
  fieldName: string,
  options: { readonly overrides: Readonly<Record<string, number>>; readonly fallback: number },
): number {
  const key = `${typeName}.${fieldName}`;
  return options.overrides[key] ?? LIST_BOUNDS[key] ?? LIST_BOUNDS[`*.${fieldName}`] ?? options.fallback;
}
