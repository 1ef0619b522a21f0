import { createHash } from 'node:crypto';
import type { EntityLabel, RelationshipType } from '../vocabulary';
import { nameKey } from '../names';
import type { Located, Seed } from './read-seed';
import type { AliasEntry, Collection } from './schema';

type Props = Record<string, string | number | boolean | string[] | number[] | null>;

export interface EntityRow {
  readonly id: string;
  readonly props: Props;
  readonly sources: string[];
  readonly keys: string[];
}
export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly key: string;
  readonly props: Props;
}
export interface ClaimRow {
  readonly id: string;
  readonly subject: string;
  readonly props: Props;
  readonly sources: string[];
}

/** The graph a seed describes, grouped by the concern (collection) each part came from. */
export interface GraphBatches {
  readonly entities: Array<{ concern: Collection; label: EntityLabel; rows: EntityRow[] }>;
  readonly relationships: Array<{ concern: Collection; type: RelationshipType; rows: RelationshipRow[] }>;
  readonly claims: ClaimRow[];
}

interface Fact {
  sources: string[];
  confidence?: string | undefined;
  note?: string | undefined;
}

/** Turns a validated seed into rows for the loader's UNWIND statements. Pure: no database. */
export function toGraph(seed: Seed): GraphBatches {
  const sourceIdByRef = new Map(seed.sources.map(({ value }) => [value.ref, value.id]));
  const cite = (refs: readonly string[]): string[] => refs.map((ref) => sourceIdByRef.get(ref) ?? ref);
  const factProps = (fact: Fact): Props => ({
    sources: cite(fact.sources),
    confidence: fact.confidence ?? 'STATED',
    note: fact.note ?? null,
  });
  const entities: GraphBatches['entities'] = [];
  const relationships: GraphBatches['relationships'] = [];
  const claims: ClaimRow[] = [];

  const entity = <T extends Fact & { id: string }>(
    concern: Collection,
    label: EntityLabel,
    list: ReadonlyArray<Located<T>>,
    props: (value: T) => Props,
    names: (value: T) => { primary: string; aliases?: readonly AliasEntry[]; native?: string | undefined } | undefined,
  ): void => {
    const rows = list.map(({ value }) => {
      const named = names(value);
      const aliasNames = (named?.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.name));
      for (const alias of named?.aliases ?? []) {
        if (typeof alias === 'string') continue;
        claims.push(claimRow(value.id, 'alias', alias.name, 'NORMAL', undefined, alias, cite));
      }
      const allNames = named ? [named.primary, ...(named.native ? [named.native] : []), ...aliasNames] : [];
      const keys = unique(allNames.map(nameKey).filter((key) => key.length > 0));
      return {
        id: value.id,
        sources: cite(value.sources),
        keys,
        props: {
          ...props(value),
          ...(named
            ? {
                aliases: unique(aliasNames),
                primaryKey: nameKey(named.primary),
                searchText: unique([...allNames, ...keys]).join(' \u2022 '),
              }
            : {}),
          confidence: value.confidence ?? 'STATED',
          note: value.note ?? null,
        },
      };
    });
    entities.push({ concern, label, rows });
  };
  const relate = (concern: Collection, type: RelationshipType, rows: RelationshipRow[]): void => {
    if (rows.length > 0) relationships.push({ concern, type, rows });
  };
  const edge = (from: string, to: string, fact: Fact, extra: Props = {}, key = ''): RelationshipRow => ({
    from,
    to,
    key,
    props: { ...factProps(fact), ...extra },
  });

  entity(
    'sources',
    'Source',
    // A source is the evidence itself: it cites nothing.
    seed.sources.map((s) => ({ ...s, value: { ...s.value, sources: [] } })),
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
    () => undefined,
  );
  const named = (v: { name: string; aliases: readonly AliasEntry[]; nativeName?: string | undefined }) => ({
    primary: v.name,
    aliases: v.aliases,
    native: v.nativeName,
  });
  const common = (v: { name: string; nativeName?: string | undefined; description?: string | undefined }): Props => ({
    name: v.name,
    nativeName: v.nativeName ?? null,
    description: v.description ?? null,
  });
  entity('places', 'Place', seed.places, (p) => ({ ...common(p), kind: p.kind }), named);
  entity(
    'organizations',
    'Organization',
    seed.organizations,
    (o) => ({ ...common(o), kind: o.kind, country: o.country ?? null }),
    named,
  );
  entity('people', 'Person', seed.people, common, named);
  entity(
    'works',
    'Work',
    seed.works,
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
    }),
    (w) => ({ primary: w.title, aliases: w.aliases, native: w.nativeTitle }),
  );
  entity('characters', 'Character', seed.characters, common, named);
  entity(
    'episodes',
    'Episode',
    seed.episodes,
    (e) => ({
      number: e.number,
      name: e.title ?? `Episode ${e.number}`,
      title: e.title ?? null,
      nativeTitle: e.nativeTitle ?? null,
      releaseDate: e.releaseDate ?? null,
      synopsis: e.synopsis ?? null,
    }),
    (e) => ({ primary: e.title ?? `Episode ${e.number}`, native: e.nativeTitle }),
  );
  entity(
    'songs',
    'Song',
    seed.songs,
    (s) => ({
      title: s.title,
      name: s.title,
      nativeTitle: s.nativeTitle ?? null,
      album: s.album ?? null,
      releaseDate: s.releaseDate ?? null,
      episodes: s.episodes ?? null,
    }),
    (s) => ({ primary: s.title, native: s.nativeTitle }),
  );
  entity(
    'reviews',
    'Review',
    seed.reviews,
    (r) => ({ critic: r.critic ?? null, date: r.date ?? null, stance: r.stance, summary: r.summary }),
    () => undefined,
  );
  entity(
    'rankings',
    'Ranking',
    seed.rankings,
    (r) => ({ kind: r.kind, list: r.list, year: r.year, rank: r.rank ?? null }),
    () => undefined,
  );
  entity(
    'ratings',
    'Rating',
    seed.ratings,
    (r) => ({ value: r.value, scale: r.scale, date: r.date ?? null }),
    () => undefined,
  );
  entity(
    'honors',
    'Honor',
    seed.honors,
    (h) => ({ prize: h.prize, category: h.category ?? null, year: h.year, result: h.result }),
    () => undefined,
  );
  entity(
    'events',
    'Event',
    seed.events,
    (e) => ({
      kind: e.kind,
      title: e.title,
      name: e.title,
      date: e.date,
      endDate: e.endDate ?? null,
      description: e.description ?? null,
    }),
    () => undefined,
  );

  const episodeId = new Map(seed.episodes.map(({ value }) => [`${value.work}#${value.number}`, value.id]));
  const episodesOf = (work: string, numbers: readonly number[] | undefined): string[] =>
    (numbers ?? []).map((n) => episodeId.get(`${work}#${n}`)).filter((id): id is string => id !== undefined);

  relate(
    'works',
    'PART_OF',
    seed.works.flatMap(({ value: w }) => (w.partOf ? [edge(w.id, w.partOf, w)] : [])),
  );
  relate(
    'adaptations',
    'ADAPTATION_OF',
    seed.adaptations.map(({ value: a }) => edge(a.work, a.of, a, { parts: a.parts })),
  );
  relate(
    'places',
    'LOCATED_IN',
    seed.places.flatMap(({ value: p }) => (p.within ? [edge(p.id, p.within, p)] : [])),
  );
  relate(
    'characters',
    'APPEARS_IN',
    seed.characters.map(({ value: c }) => edge(c.id, c.work, c)),
  );
  relate(
    'counterparts',
    'COUNTERPART_OF',
    seed.counterparts.map(({ value: c }) => edge(c.a, c.b, c)),
  );
  relate(
    'episodes',
    'EPISODE_OF',
    seed.episodes.map(({ value: e }) => edge(e.id, e.work, e)),
  );
  relate(
    'credits',
    'CREDITED',
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
  );
  relate(
    'credits',
    'PLAYED',
    seed.credits.flatMap(({ value: c }) =>
      c.role === 'ACTOR' && c.character ? [edge(c.person, c.character, c, { episodes: c.episodes ?? null })] : [],
    ),
  );
  relate(
    'credits',
    'DIRECTED',
    seed.credits.flatMap(({ value: c }) =>
      c.role === 'DIRECTOR' ? episodesOf(c.work, c.episodes).map((episode) => edge(c.person, episode, c)) : [],
    ),
  );
  for (const role of unique(seed.affiliations.map(({ value }) => value.role))) {
    relate(
      'affiliations',
      role,
      seed.affiliations
        .filter(({ value }) => value.role === role)
        .map(({ value: a }) =>
          edge(a.organization, a.work, a, { region: a.region ?? null, date: a.date ?? null }, a.region ?? ''),
        ),
    );
  }
  relate(
    'reviews',
    'REVIEWS',
    seed.reviews.map(({ value: r }) => edge(r.id, r.work, r)),
  );
  relate(
    'reviews',
    'PUBLISHED_IN',
    seed.reviews.flatMap(({ value: r }) => (r.outlet ? [edge(r.id, r.outlet, r)] : [])),
  );
  relate(
    'reviews',
    'ABOUT',
    seed.reviews.flatMap(({ value: r }) => r.about.map((to) => edge(r.id, to, r))),
  );
  relate(
    'rankings',
    'RANKS',
    seed.rankings.map(({ value: r }) => edge(r.id, r.work, r)),
  );
  relate(
    'rankings',
    'PUBLISHED_BY',
    seed.rankings.map(({ value: r }) => edge(r.id, r.publisher, r)),
  );
  relate(
    'ratings',
    'RATES',
    seed.ratings.map(({ value: r }) => edge(r.id, r.work, r)),
  );
  relate(
    'ratings',
    'ON_PLATFORM',
    seed.ratings.map(({ value: r }) => edge(r.id, r.platform, r)),
  );
  relate(
    'honors',
    'HONORS',
    seed.honors.flatMap(({ value: h }) => h.recipients.map((to) => edge(h.id, to, h))),
  );
  relate(
    'honors',
    'AWARDED_BY',
    seed.honors.flatMap(({ value: h }) => (h.awardedBy ? [edge(h.id, h.awardedBy, h)] : [])),
  );
  relate(
    'events',
    'CONCERNS',
    seed.events.flatMap(({ value: e }) => e.works.map((to) => edge(e.id, to, e))),
  );
  relate(
    'events',
    'AT',
    seed.events.flatMap(({ value: e }) => (e.place ? [edge(e.id, e.place, e)] : [])),
  );
  relate(
    'events',
    'INVOLVES',
    seed.events.flatMap(({ value: e }) => e.participants.map((to) => edge(e.id, to, e))),
  );
  relate(
    'songs',
    'SONG_OF',
    seed.songs.map(({ value: s }) => edge(s.id, s.work, s, { episodes: s.episodes ?? null })),
  );
  relate(
    'songs',
    'USED_IN',
    seed.songs.flatMap(({ value: s }) => episodesOf(s.work, s.episodes).map((episode) => edge(s.id, episode, s))),
  );
  relate(
    'songs',
    'PERFORMED',
    seed.songs.flatMap(({ value: s }) => s.performers.map((p) => edge(p, s.id, s))),
  );
  relate(
    'songs',
    'WROTE_LYRICS',
    seed.songs.flatMap(({ value: s }) => s.lyricists.map((p) => edge(p, s.id, s))),
  );
  relate(
    'songs',
    'COMPOSED',
    seed.songs.flatMap(({ value: s }) => s.composers.map((p) => edge(p, s.id, s))),
  );

  for (const { value: c } of seed.claims) {
    claims.push(claimRow(c.subject, c.property, c.value, c.rank, c.reason, c, cite));
  }
  return { entities, relationships, claims };
}

function claimRow(
  subject: string,
  property: string,
  value: string | number,
  rank: string,
  reason: string | undefined,
  fact: Fact,
  cite: (refs: readonly string[]) => string[],
): ClaimRow {
  return {
    id: claimId(subject, property, value),
    subject,
    sources: cite(fact.sources),
    props: {
      property,
      value: String(value),
      valueType: typeof value === 'number' ? 'NUMBER' : 'STRING',
      rank,
      reason: reason ?? null,
      confidence: fact.confidence ?? 'STATED',
      note: fact.note ?? null,
    },
  };
}

/** Stable across reloads: derived from what the claim says, not from where it stands in a file. */
export function claimId(subject: string, property: string, value: string | number): string {
  const digest = createHash('sha1')
    .update(`${subject}\u0000${property}\u0000${String(value)}`)
    .digest('hex');
  return `claim-${subject}-${property.replace(/\./g, '-').toLowerCase()}-${digest.slice(0, 10)}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
