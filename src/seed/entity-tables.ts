import type { EntityLabel } from '../vocabulary';
import type { Fact, Props } from './graph-rows';
import type { Located, Seed } from './read-seed';
import type { AliasEntry, Collection } from './schema';

/** The names an entity is found by: its primary name, its native name and its aliases. */
export interface Names {
  readonly primary: string;
  readonly aliases?: readonly AliasEntry[];
  readonly native?: string | undefined;
}

/** One seed entry as a node: its own provenance and id, its properties and the names it is found by. */
export interface EntityEntry {
  readonly value: Fact & { readonly id: string };
  readonly file: string;
  readonly props: Props;
  readonly names?: Names;
}

/**
 * How each label's nodes are made from the seed: which collection holds them, the properties of
 * each, and the names it is found by (none for entities nobody looks up by name).
 */
export interface EntityTable {
  readonly concern: Collection;
  /** The collection's entries, where they stand in the seed files. */
  list(seed: Seed): ReadonlyArray<Located<Fact & { readonly id: string }>>;
  entries(seed: Seed): EntityEntry[];
}

const named = (v: { name: string; aliases: readonly AliasEntry[]; nativeName?: string | undefined }): Names => ({
  primary: v.name,
  aliases: v.aliases,
  native: v.nativeName,
});
const common = (v: { name: string; nativeName?: string | undefined; description?: string | undefined }): Props => ({
  name: v.name,
  nativeName: v.nativeName ?? null,
  description: v.description ?? null,
});

function table<T extends Fact & { readonly id: string }>(
  concern: Collection,
  list: (seed: Seed) => ReadonlyArray<Located<T>>,
  props: (value: T) => Props,
  names?: (value: T) => Names,
): EntityTable {
  return {
    concern,
    list,
    entries: (seed) =>
      list(seed).map(({ value, file }) => ({
        value,
        file,
        props: props(value),
        ...(names ? { names: names(value) } : {}),
      })),
  };
}

/** In load order: sources first (everything cites them), then what others point at. */
export const ENTITY_TABLES = {
  Source: table(
    'sources',
    // A source is the evidence itself: it cites nothing.
    (seed: Seed) => seed.sources.map((s) => ({ ...s, value: { ...s.value, sources: [] } })),
    (s) => ({
      ref: s.ref,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      publishedOn: s.publishedOn ?? null,
      url: s.kind === 'WEB' && /^https?:/.test(s.ref) ? s.ref : null,
      fileName: s.kind === 'SEED' ? s.ref : null,
      reliability: s.reliability,
    }),
  ),
  Place: table(
    'places',
    (seed: Seed) => seed.places,
    (p) => ({ ...common(p), kind: p.kind }),
    named,
  ),
  Organization: table(
    'organizations',
    (seed: Seed) => seed.organizations,
    (o) => ({ ...common(o), kind: o.kind, country: o.country ?? null }),
    named,
  ),
  Person: table('people', (seed: Seed) => seed.people, common, named),
  Work: table(
    'works',
    (seed: Seed) => seed.works,
    (w) => ({
      title: w.title,
      name: w.title,
      nativeTitle: w.nativeTitle ?? null,
      kind: w.kind,
      year: w.year ?? null,
      releaseDate: w.releaseDate ?? null,
      partNumber: w.partNumber ?? null,
      country: w.country ?? null,
      language: w.language ?? null,
      genres: w.genres,
      runtimeMinutes: w.runtimeMinutes ?? null,
      episodeCount: w.episodeCount ?? null,
      description: w.description ?? null,
      referenced: w.referenced,
    }),
    (w) => ({ primary: w.title, aliases: w.aliases, native: w.nativeTitle }),
  ),
  Character: table('characters', (seed: Seed) => seed.characters, common, named),
  Episode: table(
    'episodes',
    (seed: Seed) => seed.episodes,
    (e) => ({
      number: e.number,
      name: e.title ?? `Episode ${e.number}`,
      title: e.title ?? null,
      nativeTitle: e.nativeTitle ?? null,
      releaseDate: e.releaseDate ?? null,
      synopsis: e.synopsis ?? null,
    }),
    (e) => ({ primary: e.title ?? `Episode ${e.number}`, native: e.nativeTitle }),
  ),
  Song: table(
    'songs',
    (seed: Seed) => seed.songs,
    (s) => ({
      title: s.title,
      name: s.title,
      nativeTitle: s.nativeTitle ?? null,
      album: s.album ?? null,
      releaseDate: s.releaseDate ?? null,
      episodes: s.episodes ?? null,
    }),
    (s) => ({ primary: s.title, native: s.nativeTitle }),
  ),
  Review: table(
    'reviews',
    (seed: Seed) => seed.reviews,
    (r) => ({ critic: r.critic ?? null, date: r.date ?? null, stance: r.stance, summary: r.summary }),
  ),
  Ranking: table(
    'rankings',
    (seed: Seed) => seed.rankings,
    (r) => ({ kind: r.kind, list: r.list, year: r.year, rank: r.rank ?? null }),
  ),
  Rating: table(
    'ratings',
    (seed: Seed) => seed.ratings,
    (r) => ({ value: r.value, scale: r.scale, date: r.date ?? null }),
  ),
  Honor: table(
    'honors',
    (seed: Seed) => seed.honors,
    (h) => ({
      prize: h.prize,
      category: h.category ?? null,
      edition: h.edition ?? null,
      year: h.year,
      result: h.result,
    }),
  ),
  Event: table(
    'events',
    (seed: Seed) => seed.events,
    (e) => ({
      kind: e.kind,
      title: e.title,
      name: e.title,
      date: e.date,
      endDate: e.endDate ?? null,
      description: e.description ?? null,
    }),
  ),
  Edition: table(
    'editions',
    (seed: Seed) => seed.editions,
    (e) => ({
      title: e.title,
      name: e.title,
      nativeTitle: e.nativeTitle ?? null,
      language: e.language,
      country: e.country ?? null,
      date: e.date ?? null,
      format: e.format ?? null,
      isbn: e.isbn ?? null,
    }),
  ),
} as const satisfies Record<EntityLabel, EntityTable>;
