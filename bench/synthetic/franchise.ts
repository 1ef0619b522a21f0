import type { EntityLabel, RelationshipType } from '../../src/vocabulary';
import { nameKey } from '../../src/names';
import type { ClaimRow, EntityRow, RelationshipRow } from '../../src/seed/to-graph';
import { characterName, personName, placeName, workTitle } from './names';
import { Prng } from './prng';

/** Rows for the seed loader's own UNWIND statements, grouped by label and type. */
export interface SyntheticBatch {
  readonly entities: Map<EntityLabel, EntityRow[]>;
  readonly relationships: Map<RelationshipType, RelationshipRow[]>;
  readonly claims: ClaimRow[];
}

export const emptyBatch = (): SyntheticBatch => ({ entities: new Map(), relationships: new Map(), claims: [] });

const ACTORS_PER_WORK = 5;
const CHARACTERS_PER_WORK = 5;
const EPISODES_PER_SERIES = 8;
const REVIEWS_PER_WORK = 3;
/** One franchise in this many brings a new organization, one in PLACE_EVERY a new place. */
const ORGANIZATION_EVERY = 5;
const PLACE_EVERY = 20;
/** Share of an adaptation's cast who already acted in an earlier franchise. */
const RECAST_SHARE = 0.5;
const LEADS = 2;
const STANCES = ['POSITIVE', 'MIXED', 'NEGATIVE'] as const;

/**
 * One synthetic franchise, numbered from 0: a novel, one or two adaptations (film or series)
 * with counterpart characters, cast and crew, episodes, reviews, premieres and sources, built
 * like the real graph (novel as the counterpart hub, credits and portrayals as in to-graph.ts).
 * Everything depends only on (seed, index), so loading in any chunking gives the same graph.
 * Ids start with "syn-" and never meet a real one; nothing links to the real works or people,
 * so the suite's answers stay the same size at every scale while indexes and labels grow.
 */
export function addFranchise(batch: SyntheticBatch, seed: number, index: number): void {
  const prng = Prng.for(seed, index);
  const id = (kind: string, ...parts: Array<string | number>): string => ['syn', kind, index, ...parts].join('-');
  const sources = [0, 1, 2].map((n) => id('src', n));
  const cite = (): string[] => (prng.chance(0.5) ? [prng.pick(sources)] : [sources[0]!, prng.pick(sources)]);
  const fact = (extra: Record<string, unknown> = {}) => ({
    sources: cite(),
    confidence: 'STATED',
    note: null,
    ...extra,
  });
  const entity = (label: EntityLabel, row: { id: string; props: EntityRow['props']; names?: string[] }): void => {
    const names = row.names ?? [];
    const keys = [...new Set(names.map(nameKey).filter((key) => key.length > 0))];
    const props: EntityRow['props'] = {
      ...row.props,
      confidence: 'STATED',
      note: null,
      ...(names.length > 0
        ? {
            aliases: [],
            primaryKey: nameKey(names[0]!),
            searchText: [...new Set([...names, ...keys])].join(' \u2022 '),
          }
        : {}),
    };
    push(batch.entities, label, { id: row.id, props, keys, sources: label === 'Source' ? [] : cite() });
  };
  const relate = (type: RelationshipType, from: string, to: string, extra: Record<string, unknown> = {}, key = '') =>
    push(batch.relationships, type, { from, to, key, props: fact(extra) as RelationshipRow['props'] });

  for (const [n, source] of sources.entries()) {
    entity('Source', {
      id: source,
      props: {
        ref: `https://example.org/synthetic/${index}/${n}`,
        kind: 'WEB',
        title: `Synthetic source ${index}.${n}`,
        publisher: 'Synthetic Press',
        publishedOn: null,
        url: `https://example.org/synthetic/${index}/${n}`,
        fileName: null,
        reliability: 'NORMAL',
      },
    });
  }
  if (index % ORGANIZATION_EVERY === 0) {
    const name = `${workTitle(prng)} ${prng.pick(['Pictures', 'Books', 'Studio', 'Media', 'Weekly'])}`;
    entity('Organization', {
      id: `syn-org-${index / ORGANIZATION_EVERY}`,
      props: { name, nativeName: null, description: null, kind: 'COMPANY', country: 'KR' },
      names: [name],
    });
  }
  if (index % PLACE_EVERY === 0) {
    const name = placeName(prng);
    entity('Place', {
      id: `syn-place-${index / PLACE_EVERY}`,
      props: { name, nativeName: null, description: null, kind: 'DISTRICT' },
      names: [name],
    });
  }
  const anOrganization = (): string => `syn-org-${prng.int(0, Math.floor(index / ORGANIZATION_EVERY))}`;
  const aPlace = (): string => `syn-place-${prng.int(0, Math.floor(index / PLACE_EVERY))}`;

  const person = (personId: string): string => {
    const { name, nativeName } = personName(prng);
    entity('Person', { id: personId, props: { name, nativeName, description: null }, names: [name, nativeName] });
    return personId;
  };
  const work = (workId: string, kind: string, year: number): string => {
    const title = workTitle(prng);
    entity('Work', {
      id: workId,
      props: {
        title,
        name: title,
        nativeTitle: null,
        kind,
        year,
        releaseDate: `${year}-0${prng.int(1, 9)}-1${prng.int(0, 9)}`,
        partNumber: null,
        country: 'KR',
        language: 'ko',
        genres: ['drama'],
        runtimeMinutes: kind === 'FILM' ? prng.int(90, 130) : null,
        episodeCount: kind === 'SERIES' ? EPISODES_PER_SERIES : null,
        description: null,
      },
      names: [title],
    });
    for (let r = 0; r < REVIEWS_PER_WORK; r++) {
      const reviewId = `${workId}-review-${r}`;
      entity('Review', {
        id: reviewId,
        props: {
          critic: personName(prng).name,
          date: `${year}-1${prng.int(0, 2)}-0${prng.int(1, 9)}`,
          stance: prng.pick(STANCES),
          summary: 'A synthetic review.',
        },
      });
      relate('REVIEWS', reviewId, workId);
      relate('PUBLISHED_IN', reviewId, anOrganization());
    }
    return workId;
  };
  const characters = (workId: string): string[] =>
    Array.from({ length: CHARACTERS_PER_WORK }, (_, c) => {
      const characterId = `${workId}-character-${c}`;
      const { name, nativeName } = characterName(prng);
      entity('Character', {
        id: characterId,
        props: { name, nativeName, description: null },
        names: [name, nativeName],
      });
      relate('APPEARS_IN', characterId, workId);
      return characterId;
    });

  const novelYear = prng.int(1990, 2022);
  const novel = work(id('novel'), 'NOVEL', novelYear);
  const novelCharacters = characters(novel);
  const author = person(id('author'));
  relate('CREDITED', author, novel, { role: 'AUTHOR', episodes: null, creditedAs: null, character: null }, 'AUTHOR|');
  relate('PUBLISHED', anOrganization(), novel, { region: null, date: null });
  for (const [rank, value] of [
    ['PREFERRED', `${novelYear}-03-01`],
    ['NORMAL', `${novelYear}-03-08`],
  ] as const) {
    batch.claims.push({
      id: `${novel}-claim-${rank.toLowerCase()}`,
      subject: novel,
      sources: cite(),
      props: {
        property: 'releaseDate',
        value,
        valueType: 'STRING',
        rank,
        reason: rank === 'PREFERRED' ? 'earliest' : null,
        confidence: 'STATED',
        note: null,
      },
    });
  }

  const adaptations = prng.chance(0.5) ? 2 : 1;
  for (let a = 0; a < adaptations; a++) {
    const kind = prng.chance(0.5) ? 'FILM' : 'SERIES';
    const adaptation = work(id('adaptation', a), kind, novelYear + prng.int(1, 6));
    relate('ADAPTATION_OF', adaptation, novel, { parts: [] });
    relate('PRODUCED', anOrganization(), adaptation, { region: null, date: null });
    const cast = characters(adaptation);
    for (const [c, character] of cast.entries()) relate('COUNTERPART_OF', character, novelCharacters[c]!);
    const director = person(id('director', a));
    const writer = prng.chance(0.3) ? author : person(id('writer', a));
    relate(
      'CREDITED',
      director,
      adaptation,
      { role: 'DIRECTOR', episodes: null, creditedAs: null, character: null },
      'DIRECTOR|',
    );
    relate(
      'CREDITED',
      writer,
      adaptation,
      { role: 'SCREENWRITER', episodes: null, creditedAs: null, character: null },
      'SCREENWRITER|',
    );
    for (let k = 0; k < ACTORS_PER_WORK; k++) {
      // Leads (the first two roles) are always new faces; other roles may go to an earlier
      // franchise's lead of its first adaptation, an id that therefore always exists.
      const actor =
        index > 0 && k >= LEADS && prng.chance(RECAST_SHARE)
          ? `syn-actor-${prng.int(0, index - 1)}-0-${prng.int(0, LEADS - 1)}`
          : person(id('actor', a, k));
      const character = cast[k]!;
      relate(
        'CREDITED',
        actor,
        adaptation,
        { role: 'ACTOR', episodes: null, creditedAs: null, character },
        `ACTOR|${character}`,
      );
      relate('PLAYED', actor, character, { episodes: null });
    }
    if (kind === 'SERIES') {
      for (let e = 1; e <= EPISODES_PER_SERIES; e++) {
        const episode = `${adaptation}-episode-${e}`;
        entity('Episode', {
          id: episode,
          props: { number: e, name: `Episode ${e}`, title: null, nativeTitle: null, releaseDate: null, synopsis: null },
          names: [`Episode ${e}`],
        });
        relate('EPISODE_OF', episode, adaptation);
        relate('DIRECTED', director, episode);
      }
    }
    for (const eventKind of ['PREMIERE', 'RELEASE']) {
      const event = `${adaptation}-event-${eventKind.toLowerCase()}`;
      entity('Event', {
        id: event,
        props: {
          kind: eventKind,
          title: `${eventKind} of ${adaptation}`,
          name: `${eventKind} of ${adaptation}`,
          date: `${novelYear + 1}-05-01`,
          endDate: null,
          description: null,
        },
      });
      relate('CONCERNS', event, adaptation);
      relate('INVOLVES', event, director);
      relate('AT', event, aPlace());
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
