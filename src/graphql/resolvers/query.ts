import { MAX_PATH_LENGTH_CAP } from '../../db/lookup-queries';
import type { EntityModel, EntityOf } from '../../db/models';
import { badUserInput } from '../../errors';
import type { EntityLabel } from '../../vocabulary';
import type { QueryResolvers } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, pageSize } from '../pagination';
import type { Reads } from '../request-reads';
import { requireOneOf, trimmed } from './arguments';
import { history } from './history';

const MAX_QUERY_LENGTH = 200;

/** The entity of that id if it is of that type; null otherwise. */
async function entityOf<L extends EntityLabel>(reads: Reads, id: string, label: L): Promise<EntityOf<L> | null> {
  const found: EntityModel | null = await reads.entity.load(id);
  return found?.__typename === label ? (found as EntityOf<L>) : null;
}

/** Optional text arguments are trimmed and bounded; null stays null. */
const text = (argument: string, value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : trimmed(argument, value, MAX_QUERY_LENGTH);

export const Query: QueryResolvers = {
  history: (_, { id, first, after }, context) => history(context, id, first, after),
  node: (_, { id }, context, info) => context.reads(info).entity.load(id),
  source: (_, { id }, context, info) => entityOf(context.reads(info), id, 'Source'),
  works: (_, { kind, referenced }, context, info) =>
    context.reads(info).repository.listWorks(kind ?? null, referenced === undefined ? false : referenced),
  // The headline "work with credits, characters and counterparts" is answered in one round trip.
  work: (_, { id, title }, context, info) => {
    requireOneOf({ id, title }, 'id', 'title');
    const name = text('title', title);
    const reads = context.reads(info);
    const parts = reads.plan.bundleParts('Work', info);
    if (parts.size > 0) return reads.repository.bundle('Work', { id, name }, parts);
    return id ? entityOf(reads, id, 'Work') : reads.repository.findByName('Work', name ?? '');
  },
  person: (_, { id, name }, context, info) => {
    requireOneOf({ id, name }, 'id', 'name');
    const given = text('name', name);
    const reads = context.reads(info);
    const parts = reads.plan.bundleParts('Person', info);
    if (parts.size > 0) return reads.repository.bundle('Person', { id, name: given }, parts);
    return id ? entityOf(reads, id, 'Person') : reads.repository.findByName('Person', given ?? '');
  },
  character: (_, { id, name, work }, context, info) => {
    requireOneOf({ id, name }, 'id', 'name');
    const reads = context.reads(info);
    if (id) return entityOf(reads, id, 'Character');
    return reads.repository.findByName('Character', text('name', name) ?? '', work ?? undefined);
  },
  portrayals: (_, { character }, context, info) =>
    context.reads(info).repository.portrayalsByCharacterName(trimmed('character', character, MAX_QUERY_LENGTH)),
  search: async (_, { query, first, after }, context, info) => {
    const size = pageSize(first, context.limits.maxPageSize, 10);
    const offset = decodeCursor(after);
    const found = await context.reads(info).repository.search(trimmed('query', query, MAX_QUERY_LENGTH), size, offset);
    return {
      total: found.total,
      offset,
      hasNextPage: found.hasNextPage,
      edges: found.hits.map((hit, i) => ({ ...hit, cursor: encodeCursor(offset + i) })),
    };
  },
  path: async (_, { from, to, maxLength }, context, info) => {
    const cap = Math.min(context.limits.maxPathLength, MAX_PATH_LENGTH_CAP);
    const length = maxLength ?? 6;
    if (!Number.isInteger(length) || length < 1 || length > cap) {
      throw badUserInput('maxLength', `must be between 1 and ${cap}`);
    }
    const reads = context.reads(info);
    if (from === to) {
      const node = await reads.entity.load(from);
      return node ? { nodes: [node], edges: [] } : null;
    }
    return reads.repository.shortestPath(from, to, length);
  },
};
