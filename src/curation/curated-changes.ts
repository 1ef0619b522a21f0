import type { z } from 'zod';
import type { Run } from '../db/executor';
import type { CuratedChange, Reference } from './curation-repository';
import {
  EPISODES_OF_WORK,
  EXISTING_COUNTERPART_DIRECTION,
  FIND_BAD_REFERENCES,
  WORKS_OF_CHARACTERS,
} from '../db/curation-queries';
import { GraphQLError } from 'graphql';
import {
  CLAIM_FIELDS,
  CLAIM_SUBJECT_LABELS,
  SEED_AUTHOR,
  claimPropertyType,
  type ClaimSubjectLabel,
  type EntityLabel,
  type RelationshipType,
} from '../vocabulary';
import { badUserInput, ErrorCode } from '../errors';
import { readEntities } from '../revisions/state-reader';
import { parseClaimValue } from '../seed/claim-value';
import type { RelationshipRow } from '../seed/graph-rows';
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
      operation: 'ADD_SOURCE',
      seed: seedFragment({ sources: [source] }),
      sources: [id],
      references: [],
      writes: [{ field: 'input.id', id, label: 'Source' }],
      // What a source is (its kind and address) is what every citation of it means: it never changes.
      check: async (run) => {
        const existing = (await readEntities(run, [id])).get(id);
        if (!existing || existing.label !== 'Source') return;
        if (existing.createdBy === SEED_AUTHOR || existing.props.kind === 'SEED') {
          throw new GraphQLError(`Argument "input.id": "${id}" is a seed source, which is changed in the seed only`, {
            extensions: { code: ErrorCode.FORBIDDEN, argument: 'input.id' },
          });
        }
        if (input.url !== undefined && existing.props.ref !== input.url) {
          throw new GraphQLError(
            `Argument "input.url": the source "${id}" is ${String(existing.props.ref)}; a source's address never changes, so register ${input.url} under another id`,
            { extensions: { code: ErrorCode.CONFLICT, argument: 'input.url' } },
          );
        }
      },
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
      operation: 'UPSERT_PERSON',
      seed: seedFragment({ people: [{ ...rest, id }] }),
      sources: input.sources,
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
      operation: 'UPSERT_CHARACTER',
      seed: seedFragment({ characters: [{ ...rest, id }] }),
      sources: input.sources,
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
      operation: 'LINK_COUNTERPARTS',
      sources: input.sources,
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
  let directed: Array<RelationshipRow & { type: RelationshipType }> = [];
  return {
    id: input.person,
    change: {
      operation: 'ADD_CREDIT',
      seed: seedFragment({ credits: [{ ...credit, confidence }] }),
      sources: input.sources,
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
          const rows = (await run(EPISODES_OF_WORK, { work: input.work })).rows;
          const byNumber = new Map(rows.map((r) => [Number(r.number), String(r.id)]));
          const missing = input.episodes.find((n) => !byNumber.has(n));
          if (missing !== undefined) throw badUserInput('input.episodes', `"${input.work}" has no episode ${missing}`);
          // A director's credit on episodes also says who directed each of them.
          if (input.role === 'DIRECTOR') {
            directed = input.episodes.map((n) => ({
              type: 'DIRECTED',
              from: input.person,
              to: byNumber.get(n) ?? '',
              key: '',
              props: { sources: input.sources, confidence },
            }));
          }
        }
      },
      extra: () => directed,
    },
  };
}

export function addReviewChange(input: z.infer<typeof ReviewInput>): { change: CuratedChange; id: string } {
  const id = input.id ?? `review-${input.work}-${shortHash(input.outlet, input.critic, input.date, input.summary)}`;
  return {
    id,
    change: {
      operation: 'ADD_REVIEW',
      seed: seedFragment({ reviews: [{ ...input, id }] }),
      sources: input.sources,
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
      operation: 'ADD_RANKING',
      seed: seedFragment({ rankings: [{ ...input, id }] }),
      sources: input.sources,
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
      operation: 'ADD_HONOR',
      seed: seedFragment({ honors: [{ ...input, id }] }),
      sources: input.sources,
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

/**
 * A claim is checked against its property's declared type for the subject's kind (see
 * CLAIM_FIELDS and CLAIM_ONLY) and stored in one canonical form, so that no claim a curator adds
 * can make a later read of the field it sets fail.
 */
export function addClaimChange(input: z.infer<typeof ClaimInput>): { change: CuratedChange; id: string } {
  let value: string | number = input.value;
  const change: CuratedChange & { id: string } = {
    operation: 'ADD_CLAIM',
    get id() {
      return claimId(input.subject, input.property, value);
    },
    get seed() {
      return seedFragment({ claims: [{ ...input, value }] });
    },
    sources: input.sources,
    references: [...refs('input.subject', [input.subject], ...CLAIM_SUBJECT_LABELS), ...sourceRefs(input.sources)],
    writes: [],
    check: async (run) => {
      const subject = (await readEntities(run, [input.subject])).get(input.subject);
      if (!subject) return;
      const label = subject.label as ClaimSubjectLabel;
      const declared = claimPropertyType(label, input.property);
      if (!declared) {
        throw badUserInput(
          'input.property',
          `a ${label} has no property "${input.property}" (its fields: ${Object.keys(CLAIM_FIELDS[label]).join(', ')})`,
        );
      }
      const parsed = parseClaimValue(declared.type, input.value);
      if (!parsed.ok) throw badUserInput('input.value', `"${input.property}" ${parsed.message}`);
      const text = parsed.value.text;
      value = parsed.value.valueType === 'NUMBER' ? Number(text) : text;
      if (declared.type.kind === 'reference') {
        const [bad] = (
          await run(FIND_BAD_REFERENCES, {
            refs: [{ field: 'input.value', id: text, labels: [...declared.type.labels] }],
          })
        ).rows;
        if (bad) throw badUserInput('input.value', `no ${declared.type.labels.join(' or ')} has the id "${text}"`);
      }
    },
  };
  return {
    get id() {
      return change.id;
    },
    change,
  };
}
