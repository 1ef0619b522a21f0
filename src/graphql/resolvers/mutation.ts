import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import { requireRole } from '../../auth/require-role';
import {
  CharacterInput,
  ClaimInput,
  CounterpartInput,
  CreditInput,
  HonorInput,
  PersonInput,
  RankingInput,
  ReviewInput,
  SourceInput,
  parseInput,
} from '../../curation/curation-inputs';
import {
  addClaimChange,
  addCreditChange,
  addHonorChange,
  addRankingChange,
  addReviewChange,
  addSourceChange,
  linkCounterpartsChange,
  upsertCharacterChange,
  upsertPersonChange,
} from '../../curation/curated-changes';
import type { CuratedChange } from '../../curation/curation-repository';
import { ENTITY_CLAIMS } from '../../db/catalogue/common-fields';
import { PERSON_FIELDS } from '../../db/catalogue/people-fields';
import type { EntityModel, EntityOf } from '../../db/models';
import type { GraphContext } from '../context';
import { historyEntry } from './history';
import type { MutationResolvers } from '../generated/resolvers-types';

/**
 * Check the role first (nothing is read or written for a caller who may not write), then the
 * input, then write, then read back what was written, fresh from the database.
 */
async function curate<S extends z.ZodType>(
  context: GraphContext,
  schema: S,
  input: unknown,
  toChange: (input: z.infer<S>) => { change: CuratedChange; id: string },
): Promise<string> {
  const curator = requireRole(context.viewer, 'curator');
  const made = toChange(parseInput(schema, input));
  await context.curation.apply(made.change, curator.name, givenFields(input));
  // Read after the write: a claim's id follows its value in the canonical form the write checked.
  return made.id;
}

/** The input fields a curator sent, null included: a correction changes these and nothing else. */
function givenFields(input: unknown): Set<string> {
  if (input === null || typeof input !== 'object') return new Set();
  return new Set(Object.entries(input).flatMap(([key, value]) => (value === undefined ? [] : [key])));
}

/** Read past the request's loaders, whose cache may hold what the write just changed. */
async function fresh<T extends EntityModel['__typename']>(
  context: GraphContext,
  info: GraphQLResolveInfo,
  id: string,
  typename: T,
): Promise<EntityOf<T>> {
  const found = (await context.reads(info).repository.entitiesByIds([id])).get(id);
  if (found?.__typename !== typename) throw new Error(`${typename} ${id} was written but cannot be read back`);
  return found as EntityOf<T>;
}

export const Mutation: MutationResolvers = {
  addSource: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, SourceInput, input, addSourceChange), 'Source'),
  upsertPerson: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, PersonInput, input, upsertPersonChange), 'Person'),
  upsertCharacter: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, CharacterInput, input, upsertCharacterChange), 'Character'),
  linkCounterparts: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, CounterpartInput, input, linkCounterpartsChange), 'Character'),
  addCredit: async (_, { input }, context, info) => {
    const id = await curate(context, CreditInput, input, addCreditChange);
    const person = await fresh(context, info, id, 'Person');
    const found = await context.reads(info).repository.related(PERSON_FIELDS.credits, [id]);
    const credits = (found.get(id) ?? []).map((credit) => ({ ...credit, person }));
    const credit = credits.find(
      (c) =>
        c.work.id === input.work && c.role === input.role && (c.character?.id ?? null) === (input.character ?? null),
    );
    if (!credit) throw new Error(`credit of ${id} was written but cannot be read back`);
    return credit;
  },
  addReview: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, ReviewInput, input, addReviewChange), 'Review'),
  addRanking: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, RankingInput, input, addRankingChange), 'Ranking'),
  addHonor: async (_, { input }, context, info) =>
    fresh(context, info, await curate(context, HonorInput, input, addHonorChange), 'Honor'),
  addClaim: async (_, { input }, context, info) => {
    const id = await curate(context, ClaimInput, input, addClaimChange);
    const found = await context.reads(info).repository.related(ENTITY_CLAIMS, [input.subject]);
    const claims = found.get(input.subject) ?? [];
    const claim = claims.find((c) => c.id === id);
    if (!claim) throw new Error(`claim ${id} was written but cannot be read back`);
    return claim;
  },
  revert: async (_, { revision }, context) => {
    const curator = requireRole(context.viewer, 'curator');
    const id = await context.curation.revert(revision, curator.name);
    const written = await context.curation.log.byId(id);
    if (!written) throw new Error(`revision ${id} was written but cannot be read back`);
    return historyEntry(written);
  },
};
