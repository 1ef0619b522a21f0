import type { z } from 'zod';
import type { Run } from '../db/executor';
import type { CuratedChange, Reference } from './curation-repository';
import {
  APPLY_PREFERRED_TO_WORK,
  DEMOTE_OTHER_PREFERRED,
  EPISODE_NUMBERS_OF_WORK,
  EXISTING_COUNTERPART_DIRECTION,
  LINK_DIRECTED_EPISODES,
  WORKS_OF_CHARACTERS,
} from '../db/curation-queries';
import { CLAIM_SUBJECT_LABELS, type EntityLabel } from '../vocabulary';
import { badUserInput } from '../errors';
import { claimId } from '../seed/to-graph';
import type {
  CharacterInput,
  ClaimInput,
  CounterpartInput,
  CreditInput,
  HonorInput,
  PersonInput,
  RankingInput,
  ReviewInput,
  SourceInput,
} from './curation-inputs';
import { idFromName, shortHash, slugify, sourceIdFor } from './derive-id';
import { seedFragment } from './seed-fragment';

/**
 * Each mutation's input as a change to the graph: the entries it upserts (in the seed's shape),
 * the ids it relies on, and any check that needs the graph. Returns the change and the id of
 * what the mutation answers with.
 */

const refs = (field: string, ids: readonly string[], ...labels: EntityLabel[]): Reference[] =>
  ids.map((id, i) => ({ field: ids.length > 1 ? `${field}.${i}` : field, id, labels }));
const sourceRefs = (sources: readonly string[]): Reference[] =>
  sources.map((id, i) => ({ field: `input.sources.${i}`, id, labels: ['Source'] }));

export function addSourceChange(input: z.infer<typeof SourceInput>): { change: CuratedChange; id: string } {
  const id = input.id ?? sourceIdFor(input.url, input.title);
  const source = {
    id,
    ref: input.url ?? `curated:${id}`,
    kind: 'WEB' as const,
    title: input.title,
    publisher: input.publisher,
    publishedOn: input.publishedOn,
    reliability: input.reliability,
    note: input.note,
  };
  return {
    id,
    change: {
      seed: seedFragment({ sources: [source] }),
      references: [],
      writes: [{ field: 'input.id', id, label: 'Source' }],
    },
  };
}

export function upsertPersonChange(input: z.infer<typeof PersonInput>): { change: CuratedChange; id: string } {
  const id = idFromName(input.id, input.name);
  const { id: _omit, ...rest } = input;
  void _omit;
  return {
    id,
    change: {
      seed: seedFragment({ people: [{ ...rest, id }] }),
      references: sourceRefs(input.sources),
      writes: [{ field: 'input.id', id, label: 'Person' }],
    },
  };
}

export function upsertCharacterChange(input: z.infer<typeof CharacterInput>): { change: CuratedChange; id: string } {
  const id = idFromName(input.id, input.name);
  const { id: _omit, ...rest } = input;
  void _omit;
  return {
    id,
    change: {
      seed: seedFragment({ characters: [{ ...rest, id }] }),
      references: [...refs('input.work', [input.work], 'Work'), ...sourceRefs(input.sources)],
      writes: [{ field: 'input.id', id, label: 'Character' }],
      // A character belongs to one work: correcting it must not move it to a second one.
      check: async (run) => {
        const rows = (await run(WORKS_OF_CHARACTERS, { ids: [id] })).rows;
        const other = rows.find((row) => row.work !== input.work);
        if (other) throw badUserInput('input.work', `"${id}" is a character of "${String(other.work)}"`);
      },
    },
  };
}

export function linkCounterpartsChange(input: z.infer<typeof CounterpartInput>): { change: CuratedChange; id: string } {
  if (input.a === input.b) throw badUserInput('input.b', 'a character is not its own counterpart');
  let from = input.a;
  let to = input.b;
  return {
    id: input.a,
    change: {
      // Read after the check, which may flip the direction to match an existing link.
      get seed() {
        return seedFragment({
          counterparts: [{ a: from, b: to, note: input.note, confidence: input.confidence, sources: input.sources }],
        });
      },
      references: [
        ...refs('input.a', [input.a], 'Character'),
        ...refs('input.b', [input.b], 'Character'),
        ...sourceRefs(input.sources),
      ],
      writes: [],
      check: async (run) => {
        const works = new Map(
          (await run(WORKS_OF_CHARACTERS, { ids: [input.a, input.b] })).rows.map((r) => [r.id, r.work]),
        );
        if (works.get(input.a) === works.get(input.b)) {
          throw badUserInput(
            'input.b',
            `counterparts must be characters of different works (both in "${String(works.get(input.a))}")`,
          );
        }
        // Keep the link's existing direction, so linking b to a corrects it rather than adding a twin.
        const existing = (await run(EXISTING_COUNTERPART_DIRECTION, { a: input.a, b: input.b })).rows[0];
        if (existing?.from === input.b) [from, to] = [input.b, input.a];
      },
    },
  };
}

export function addCreditChange(input: z.infer<typeof CreditInput>): { change: CuratedChange; id: string } {
  if (input.character && input.role !== 'ACTOR')
    throw badUserInput('input.character', 'only ACTOR credits name a character');
  const { confidence, ...credit } = input;
  return {
    id: input.person,
    change: {
      seed: seedFragment({ credits: [{ ...credit, confidence }] }),
      references: [
        ...refs('input.person', [input.person], 'Person'),
        ...refs('input.work', [input.work], 'Work'),
        ...(input.character ? refs('input.character', [input.character], 'Character') : []),
        ...sourceRefs(input.sources),
      ],
      writes: [],
      check: async (run: Run) => {
        if (input.character) {
          const [row] = (await run(WORKS_OF_CHARACTERS, { ids: [input.character] })).rows;
          if (row?.work !== input.work) {
            throw badUserInput(
              'input.character',
              `"${input.character}" is a character of "${String(row?.work)}", not of "${input.work}"`,
            );
          }
        }
        if (input.episodes) {
          const numbers = new Set((await run(EPISODE_NUMBERS_OF_WORK, { work: input.work })).rows.map((r) => r.number));
          const missing = input.episodes.find((n) => !numbers.has(n));
          if (missing !== undefined) throw badUserInput('input.episodes', `"${input.work}" has no episode ${missing}`);
        }
      },
      after: async (run, stamp) => {
        if (input.role !== 'DIRECTOR' || !input.episodes) return;
        await run(LINK_DIRECTED_EPISODES, {
          ...stamp,
          person: input.person,
          work: input.work,
          episodes: input.episodes,
          sources: input.sources,
          confidence,
        });
      },
    },
  };
}

export function addReviewChange(input: z.infer<typeof ReviewInput>): { change: CuratedChange; id: string } {
  const id = input.id ?? `review-${input.work}-${shortHash(input.outlet, input.critic, input.date, input.summary)}`;
  return {
    id,
    change: {
      seed: seedFragment({ reviews: [{ ...input, id }] }),
      references: [
        ...refs('input.work', [input.work], 'Work'),
        ...(input.outlet ? refs('input.outlet', [input.outlet], 'Organization') : []),
        ...refs('input.about', input.about, 'Person', 'Episode', 'Character', 'Work'),
        ...sourceRefs(input.sources),
      ],
      writes: [{ field: 'input.id', id, label: 'Review' }],
    },
  };
}

export function addRankingChange(input: z.infer<typeof RankingInput>): { change: CuratedChange; id: string } {
  const id = input.id ?? `ranking-${input.work}-${slugify(input.publisher)}-${input.year}-${shortHash(input.list)}`;
  return {
    id,
    change: {
      seed: seedFragment({ rankings: [{ ...input, id }] }),
      references: [
        ...refs('input.work', [input.work], 'Work'),
        ...refs('input.publisher', [input.publisher], 'Organization'),
        ...sourceRefs(input.sources),
      ],
      writes: [{ field: 'input.id', id, label: 'Ranking' }],
    },
  };
}

export function addHonorChange(input: z.infer<typeof HonorInput>): { change: CuratedChange; id: string } {
  const id =
    input.id ??
    `honor-${slugify(input.prize).slice(0, 50)}-${input.year}-${shortHash(...[...input.recipients].sort())}`;
  return {
    id,
    change: {
      seed: seedFragment({ honors: [{ ...input, id }] }),
      references: [
        ...refs('input.recipients', input.recipients, 'Work', 'Person'),
        ...refs('input.for', input.for, 'Work'),
        ...(input.awardedBy ? refs('input.awardedBy', [input.awardedBy], 'Organization') : []),
        ...sourceRefs(input.sources),
      ],
      writes: [{ field: 'input.id', id, label: 'Honor' }],
    },
  };
}

export function addClaimChange(input: z.infer<typeof ClaimInput>): { change: CuratedChange; id: string } {
  const id = claimId(input.subject, input.property, input.value);
  return {
    id,
    change: {
      seed: seedFragment({ claims: [input] }),
      references: [...refs('input.subject', [input.subject], ...CLAIM_SUBJECT_LABELS), ...sourceRefs(input.sources)],
      writes: [],
      after: async (run, stamp) => {
        if (input.rank !== 'PREFERRED') return;
        const params = { subject: input.subject, property: input.property, value: input.value, id, ...stamp };
        await run(DEMOTE_OTHER_PREFERRED, params);
        await run(APPLY_PREFERRED_TO_WORK, params);
      },
    },
  };
}
