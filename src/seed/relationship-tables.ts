import { ORGANIZATION_ROLES, type OrganizationRole, type RelationshipType } from '../vocabulary';
import type { Fact, Props, RelationshipRow } from './graph-rows';
import type { Seed } from './read-seed';
import type { Collection } from './schema';

/** What a table needs besides the seed: a fact's provenance as properties, and episode ids by number. */
export interface RowContext {
  readonly seed: Seed;
  edge(from: string, to: string, fact: Fact, extra?: Props, key?: string): RelationshipRow;
  episodesOf(work: string, numbers: readonly number[] | undefined): string[];
}

interface RelationshipTable {
  /** The collection the relationships come from, for the loader's summary. */
  readonly concern: Collection;
  rows(context: RowContext): RelationshipRow[];
}

/** An organization's part in a work is a relationship of that role's type. */
const affiliation = (role: OrganizationRole): RelationshipTable => ({
  concern: 'affiliations',
  rows: ({ seed, edge }) =>
    seed.affiliations
      .filter(({ value }) => value.role === role)
      .map(({ value: a }) =>
        edge(a.organization, a.work, a, { region: a.region ?? null, date: a.date ?? null }, a.region ?? ''),
      ),
});
const AFFILIATIONS = Object.fromEntries(ORGANIZATION_ROLES.map((role) => [role, affiliation(role)])) as Record<
  OrganizationRole,
  RelationshipTable
>;

/**
 * How each relationship type is made from the seed, one entry per type of the vocabulary's
 * closed list: the compiler refuses a type without a table, and a table for a type not in it.
 */
export const RELATIONSHIP_TABLES = {
  PART_OF: {
    concern: 'works',
    rows: ({ seed, edge }) => seed.works.flatMap(({ value: w }) => (w.partOf ? [edge(w.id, w.partOf, w)] : [])),
  },
  ADAPTATION_OF: {
    concern: 'adaptations',
    rows: ({ seed, edge }) => seed.adaptations.map(({ value: a }) => edge(a.work, a.of, a, { parts: a.parts })),
  },
  LOCATED_IN: {
    concern: 'places',
    rows: ({ seed, edge }) => seed.places.flatMap(({ value: p }) => (p.within ? [edge(p.id, p.within, p)] : [])),
  },
  APPEARS_IN: {
    concern: 'characters',
    rows: ({ seed, edge }) => seed.characters.map(({ value: c }) => edge(c.id, c.work, c)),
  },
  COUNTERPART_OF: {
    concern: 'counterparts',
    rows: ({ seed, edge }) => seed.counterparts.map(({ value: c }) => edge(c.a, c.b, c)),
  },
  EPISODE_OF: {
    concern: 'episodes',
    rows: ({ seed, edge }) => seed.episodes.map(({ value: e }) => edge(e.id, e.work, e)),
  },
  CREDITED: {
    concern: 'credits',
    rows: ({ seed, edge }) =>
      seed.credits.map(({ value: c }) =>
        edge(
          c.person,
          c.work,
          c,
          {
            role: c.role,
            episodes: c.episodes ?? null,
            creditedAs: c.creditedAs ?? null,
            character: c.character ?? null,
          },
          `${c.role}|${c.character ?? ''}`,
        ),
      ),
  },
  // An actor's credit with a character is also the portrayal.
  PLAYED: {
    concern: 'credits',
    rows: ({ seed, edge }) =>
      seed.credits.flatMap(({ value: c }) =>
        c.role === 'ACTOR' && c.character ? [edge(c.person, c.character, c, { episodes: c.episodes ?? null })] : [],
      ),
  },
  // A director's credit with episodes says who directed each of them.
  DIRECTED: {
    concern: 'credits',
    rows: ({ seed, edge, episodesOf }) =>
      seed.credits.flatMap(({ value: c }) =>
        c.role === 'DIRECTOR' ? episodesOf(c.work, c.episodes).map((episode) => edge(c.person, episode, c)) : [],
      ),
  },
  ...AFFILIATIONS,
  REVIEWS: {
    concern: 'reviews',
    rows: ({ seed, edge }) => seed.reviews.map(({ value: r }) => edge(r.id, r.work, r)),
  },
  PUBLISHED_IN: {
    concern: 'reviews',
    rows: ({ seed, edge }) => seed.reviews.flatMap(({ value: r }) => (r.outlet ? [edge(r.id, r.outlet, r)] : [])),
  },
  ABOUT: {
    concern: 'reviews',
    rows: ({ seed, edge }) => seed.reviews.flatMap(({ value: r }) => r.about.map((to) => edge(r.id, to, r))),
  },
  RANKS: {
    concern: 'rankings',
    rows: ({ seed, edge }) => seed.rankings.map(({ value: r }) => edge(r.id, r.work, r)),
  },
  // A ranking's publisher, and an edition's.
  PUBLISHED_BY: {
    concern: 'rankings',
    rows: ({ seed, edge }) => [
      ...seed.rankings.map(({ value: r }) => edge(r.id, r.publisher, r)),
      ...seed.editions.flatMap(({ value: e }) => (e.publisher ? [edge(e.id, e.publisher, e)] : [])),
    ],
  },
  RATES: {
    concern: 'ratings',
    rows: ({ seed, edge }) => seed.ratings.map(({ value: r }) => edge(r.id, r.work, r)),
  },
  ON_PLATFORM: {
    concern: 'ratings',
    rows: ({ seed, edge }) => seed.ratings.map(({ value: r }) => edge(r.id, r.platform, r)),
  },
  HONORS: {
    concern: 'honors',
    rows: ({ seed, edge }) => seed.honors.flatMap(({ value: h }) => h.recipients.map((to) => edge(h.id, to, h))),
  },
  AWARDED_BY: {
    concern: 'honors',
    rows: ({ seed, edge }) => seed.honors.flatMap(({ value: h }) => (h.awardedBy ? [edge(h.id, h.awardedBy, h)] : [])),
  },
  CONCERNS: {
    concern: 'events',
    rows: ({ seed, edge }) => seed.events.flatMap(({ value: e }) => e.works.map((to) => edge(e.id, to, e))),
  },
  AT: {
    concern: 'events',
    rows: ({ seed, edge }) => seed.events.flatMap(({ value: e }) => (e.place ? [edge(e.id, e.place, e)] : [])),
  },
  INVOLVES: {
    concern: 'events',
    rows: ({ seed, edge }) => seed.events.flatMap(({ value: e }) => e.participants.map((to) => edge(e.id, to, e))),
  },
  SONG_OF: {
    concern: 'songs',
    rows: ({ seed, edge }) => seed.songs.map(({ value: s }) => edge(s.id, s.work, s, { episodes: s.episodes ?? null })),
  },
  USED_IN: {
    concern: 'songs',
    rows: ({ seed, edge, episodesOf }) =>
      seed.songs.flatMap(({ value: s }) => episodesOf(s.work, s.episodes).map((episode) => edge(s.id, episode, s))),
  },
  PERFORMED: {
    concern: 'songs',
    rows: ({ seed, edge }) => seed.songs.flatMap(({ value: s }) => s.performers.map((p) => edge(p, s.id, s))),
  },
  WROTE_LYRICS: {
    concern: 'songs',
    rows: ({ seed, edge }) => seed.songs.flatMap(({ value: s }) => s.lyricists.map((p) => edge(p, s.id, s))),
  },
  COMPOSED: {
    concern: 'songs',
    rows: ({ seed, edge }) => seed.songs.flatMap(({ value: s }) => s.composers.map((p) => edge(p, s.id, s))),
  },
  ADAPTS: {
    concern: 'episodeAdaptations',
    rows: ({ seed, edge }) => seed.episodeAdaptations.map(({ value: a }) => edge(a.episode, a.story, a)),
  },
  // Who cast an actor: one link per work and part.
  CAST: {
    concern: 'castings',
    rows: ({ seed, edge }) =>
      seed.castings.map(({ value: c }) =>
        edge(c.by, c.actor, c, { work: c.work, character: c.character ?? null }, `${c.work}|${c.character ?? ''}`),
      ),
  },
  FOR_WORK: {
    concern: 'honors',
    rows: ({ seed, edge }) => seed.honors.flatMap(({ value: h }) => h.for.map((work) => edge(h.id, work, h))),
  },
  EDITION_OF: {
    concern: 'editions',
    rows: ({ seed, edge }) => seed.editions.map(({ value: e }) => edge(e.id, e.work, e)),
  },
  TRANSLATED: {
    concern: 'editions',
    rows: ({ seed, edge }) => seed.editions.flatMap(({ value: e }) => e.translators.map((p) => edge(p, e.id, e))),
  },
} as const satisfies Record<RelationshipType, RelationshipTable>;
