import { ENTITY_LABELS, type EntityLabel } from '../vocabulary';
import { ENTITY_TABLES } from './entity-tables';
import { describeEntry, type Located, type Seed, type SeedError } from './read-seed';
import type { AliasEntry, Collection } from './schema';

/** The kinds an id can name: the entity labels, one id space across the whole seed. */
type EntityKind = EntityLabel;

/** Every collection whose entries cite sources: all but the sources themselves (the compiler checks it is all). */
const CITING: { readonly [C in Exclude<Collection, 'sources'>]: true } = {
  works: true,
  adaptations: true,
  people: true,
  organizations: true,
  places: true,
  characters: true,
  counterparts: true,
  credits: true,
  episodes: true,
  affiliations: true,
  reviews: true,
  rankings: true,
  ratings: true,
  honors: true,
  events: true,
  songs: true,
  episodeAdaptations: true,
  castings: true,
  editions: true,
  claims: true,
};
type Cited = Located<{ readonly sources: readonly string[]; readonly aliases?: readonly AliasEntry[] }>;
function citing(seed: Seed): Cited[] {
  const entries: Cited[] = [];
  for (const collection of Object.keys(CITING) as Array<keyof typeof CITING>) entries.push(...seed[collection]);
  return entries;
}

/** Properties of a work whose value must agree with the preferred claim when claims exist. */
const WORK_FIELDS_WITH_CLAIMS = ['releaseDate', 'year', 'runtimeMinutes', 'episodeCount'] as const;

/** Cross-reference rules: everything a single file's schema cannot see. */
export function validateSeed(seed: Seed): SeedError[] {
  const errors: SeedError[] = [];
  const kinds = new Map<string, EntityKind>();
  const worksById = new Map(seed.works.map((w) => [w.value.id, w.value]));
  const charactersById = new Map(seed.characters.map((c) => [c.value.id, c.value]));
  const sourceRefs = new Set(seed.sources.map((s) => s.value.ref));

  const fail = (at: Located<unknown>, field: string | undefined, message: string): void => {
    errors.push({
      file: at.file,
      entry: describeEntry(at.collection, at.index, at.value),
      field,
      message,
    });
  };

  for (const kind of ENTITY_LABELS) {
    const seen = new Map<string, Located<unknown>>();
    for (const at of ENTITY_TABLES[kind].list(seed)) {
      const { id } = at.value;
      const other = seen.get(id);
      if (other || kinds.has(id)) {
        fail(at, 'id', `duplicate id "${id}"${other ? ` (also ${other.file})` : ` (already a ${kinds.get(id)})`}`);
      }
      seen.set(id, at);
      if (!kinds.has(id)) kinds.set(id, kind);
    }
  }

  const expect = (at: Located<unknown>, field: string, id: string | undefined, ...allowed: EntityKind[]): void => {
    if (id === undefined) return;
    const kind = kinds.get(id);
    if (!kind) fail(at, field, `unknown id "${id}" (expected ${allowed.join(' or ')})`);
    else if (!allowed.includes(kind)) fail(at, field, `"${id}" is a ${kind}, expected ${allowed.join(' or ')}`);
  };
  const expectAll = (at: Located<unknown>, field: string, ids: readonly string[], ...allowed: EntityKind[]): void =>
    ids.forEach((id, i) => expect(at, `${field}.${i}`, id, ...allowed));

  {
    for (const at of citing(seed)) {
      at.value.sources.forEach((ref, i) => {
        if (!sourceRefs.has(ref)) fail(at, `sources.${i}`, `source "${ref}" is not listed in seed/sources.yaml`);
      });
      at.value.aliases?.forEach((alias, i) => {
        if (typeof alias === 'object') {
          alias.sources.forEach((ref, j) => {
            if (!sourceRefs.has(ref))
              fail(at, `aliases.${i}.sources.${j}`, `source "${ref}" is not listed in seed/sources.yaml`);
          });
        }
      });
    }
  }

  for (const at of seed.works) {
    expect(at, 'partOf', at.value.partOf, 'Work');
    if (at.value.kind === 'STORY' && !at.value.partOf) fail(at, 'partOf', 'a STORY must be part of a work');
  }
  for (const at of seed.adaptations) {
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'of', at.value.of, 'Work');
    at.value.parts.forEach((part, i) => {
      expect(at, `parts.${i}`, part, 'Work');
      if (worksById.get(part) && worksById.get(part)?.partOf !== at.value.of) {
        fail(at, `parts.${i}`, `"${part}" is not a part of "${at.value.of}"`);
      }
    });
  }
  for (const at of [...seed.people, ...seed.organizations, ...seed.places, ...seed.characters]) {
    const value = at.value as { within?: string; work?: string };
    expect(at, 'within', value.within, 'Place');
    expect(at, 'work', value.work, 'Work');
  }
  for (const at of seed.counterparts) {
    expect(at, 'a', at.value.a, 'Character');
    expect(at, 'b', at.value.b, 'Character');
    const a = charactersById.get(at.value.a);
    const b = charactersById.get(at.value.b);
    if (a && b && a.work === b.work)
      fail(at, 'b', `counterparts must be characters of different works (both in "${a.work}")`);
  }
  const episodeNumbers = new Map<string, Set<number>>();
  for (const at of seed.episodes) {
    expect(at, 'work', at.value.work, 'Work');
    const numbers = episodeNumbers.get(at.value.work) ?? new Set<number>();
    if (numbers.has(at.value.number))
      fail(at, 'number', `episode ${at.value.number} of "${at.value.work}" is listed twice`);
    numbers.add(at.value.number);
    episodeNumbers.set(at.value.work, numbers);
  }
  for (const at of seed.credits) {
    const { person, work, character, episodes, role } = at.value;
    expect(at, 'person', person, 'Person');
    expect(at, 'work', work, 'Work');
    expect(at, 'character', character, 'Character');
    if (character && charactersById.get(character) && charactersById.get(character)?.work !== work) {
      fail(
        at,
        'character',
        `"${character}" is a character of "${charactersById.get(character)?.work}", not of "${work}"`,
      );
    }
    if (character && role !== 'ACTOR') fail(at, 'character', 'only ACTOR credits name a character');
    episodes?.forEach((n, i) => {
      if (!episodeNumbers.get(work)?.has(n)) fail(at, `episodes.${i}`, `"${work}" has no episode ${n}`);
    });
  }
  for (const at of seed.affiliations) {
    expect(at, 'organization', at.value.organization, 'Organization');
    expect(at, 'work', at.value.work, 'Work');
  }
  for (const at of seed.reviews) {
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'outlet', at.value.outlet, 'Organization');
    expectAll(at, 'about', at.value.about, 'Person', 'Episode', 'Character', 'Work');
  }
  for (const at of seed.rankings) {
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'publisher', at.value.publisher, 'Organization');
  }
  for (const at of seed.ratings) {
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'platform', at.value.platform, 'Organization');
    if (at.value.value > at.value.scale) fail(at, 'value', `${at.value.value} is above the scale of ${at.value.scale}`);
  }
  for (const at of seed.honors) {
    expect(at, 'awardedBy', at.value.awardedBy, 'Organization');
    expectAll(at, 'recipients', at.value.recipients, 'Work', 'Person');
    expectAll(at, 'for', at.value.for, 'Work');
  }
  for (const at of seed.episodeAdaptations) {
    expect(at, 'episode', at.value.episode, 'Episode');
    expect(at, 'story', at.value.story, 'Work');
    const story = worksById.get(at.value.story);
    if (story && story.kind !== 'STORY') fail(at, 'story', `"${at.value.story}" is a ${story.kind}, not a STORY`);
  }
  for (const at of seed.castings) {
    expect(at, 'by', at.value.by, 'Person');
    expect(at, 'actor', at.value.actor, 'Person');
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'character', at.value.character, 'Character');
    const character = at.value.character ? charactersById.get(at.value.character) : undefined;
    if (character && character.work !== at.value.work) {
      fail(at, 'character', `"${at.value.character}" is a character of "${character.work}", not of "${at.value.work}"`);
    }
  }
  for (const at of seed.editions) {
    expect(at, 'work', at.value.work, 'Work');
    expect(at, 'publisher', at.value.publisher, 'Organization');
    expectAll(at, 'translators', at.value.translators, 'Person');
  }
  for (const at of seed.events) {
    expectAll(at, 'works', at.value.works, 'Work');
    expect(at, 'place', at.value.place, 'Place');
    expectAll(at, 'participants', at.value.participants, 'Person', 'Organization');
    if (at.value.endDate && at.value.endDate < at.value.date) fail(at, 'endDate', 'ends before it starts');
  }
  for (const at of seed.songs) {
    expect(at, 'work', at.value.work, 'Work');
    expectAll(at, 'performers', at.value.performers, 'Person');
    expectAll(at, 'lyricists', at.value.lyricists, 'Person');
    expectAll(at, 'composers', at.value.composers, 'Person');
    at.value.episodes?.forEach((n, i) => {
      if (!episodeNumbers.get(at.value.work)?.has(n))
        fail(at, `episodes.${i}`, `"${at.value.work}" has no episode ${n}`);
    });
  }

  const preferred = new Map<string, Located<{ value: string | number }>>();
  for (const at of seed.claims) {
    expect(at, 'subject', at.value.subject, ...ENTITY_LABELS);
    if (at.value.rank !== 'PREFERRED') continue;
    const key = `${at.value.subject}/${at.value.property}`;
    if (preferred.has(key))
      fail(at, 'rank', `a second PREFERRED claim for ${at.value.property} of "${at.value.subject}"`);
    else preferred.set(key, at);
    if (!at.value.reason) fail(at, 'reason', 'a PREFERRED claim says why it is preferred');
  }
  const claimKeys = new Set(seed.claims.map((c) => `${c.value.subject}/${c.value.property}`));
  for (const key of claimKeys) {
    if (!preferred.has(key)) {
      const claims = seed.claims.filter((c) => `${c.value.subject}/${c.value.property}` === key);
      if (claims.length > 1 && claims[0]) fail(claims[0], 'rank', `competing claims for ${key} need one PREFERRED`);
    }
  }
  for (const at of seed.works) {
    for (const field of WORK_FIELDS_WITH_CLAIMS) {
      const claim = preferred.get(`${at.value.id}/${field}`);
      const own = at.value[field];
      if (claim && own !== undefined && String(own) !== String(claim.value.value)) {
        fail(at, field, `is ${own} but the PREFERRED claim (${claim.file}) says ${claim.value.value}`);
      }
    }
  }
  return errors;
}
