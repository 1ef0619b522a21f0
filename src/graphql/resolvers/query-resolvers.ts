import { badUserInput } from '../../errors';
import { MAX_PATH_LENGTH_CAP } from '../../db/lookup-queries';
import type { QueryResolvers } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, pageSize } from '../pagination';
import { requireOneOf, selects, trimmed } from './arguments';
import { characterParent } from './work-resolvers';

const MAX_QUERY_LENGTH = 200;

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { loaders }) => loaders.entity.load(id),
  source: async (_, { id }, { loaders }) => {
    const found = await loaders.entity.load(id);
    return found?.__typename === 'Source' ? found : null;
  },
  works: (_, { kind }, { repository }) => repository.listWorks(kind ?? null),
  work: async (_, { id, title }, { repository, loaders }, info) => {
    requireOneOf({ id, title }, 'id', 'title');
    const name = title === null || title === undefined ? null : trimmed('title', title, MAX_QUERY_LENGTH);
    const parts = { credits: selects(info, 'credits'), characters: selects(info, 'characters') };
    if (!parts.credits && !parts.characters) {
      return id
        ? loaders.entity.load(id).then((found) => (found?.__typename === 'Work' ? found : null))
        : repository.findByName('Work', name ?? '');
    }
    // The headline "work with credits, characters and counterparts" is answered in one round trip.
    const bundle = await repository.workBundle({ id, name }, parts);
    if (!bundle) return null;
    return {
      ...bundle.work,
      preload: { credits: bundle.credits, characters: bundle.characters?.map(characterParent) },
    };
  },
  person: async (_, { id, name }, { repository, loaders }, info) => {
    requireOneOf({ id, name }, 'id', 'name');
    const text = name === null || name === undefined ? null : trimmed('name', name, MAX_QUERY_LENGTH);
    const parts = { credits: selects(info, 'credits'), portrayals: selects(info, 'portrayals') };
    if (!parts.credits && !parts.portrayals) {
      return id
        ? loaders.entity.load(id).then((found) => (found?.__typename === 'Person' ? found : null))
        : repository.findByName('Person', text ?? '');
    }
    const bundle = await repository.personBundle({ id, name: text }, parts);
    return bundle ? { ...bundle.person, preload: { credits: bundle.credits, portrayals: bundle.portrayals } } : null;
  },
  character: async (_, { id, name, work }, { repository, loaders }) => {
    requireOneOf({ id, name }, 'id', 'name');
    if (id) {
      const found = await loaders.entity.load(id);
      return found?.__typename === 'Character' ? found : null;
    }
    return repository.findByName('Character', trimmed('name', name ?? '', MAX_QUERY_LENGTH), work ?? undefined);
  },
  portrayals: (_, { character }, { repository }) =>
    repository.portrayalsByCharacterName(trimmed('character', character, MAX_QUERY_LENGTH)),
  search: async (_, { query, first, after }, { repository, limits }) => {
    const text = trimmed('query', query, MAX_QUERY_LENGTH);
    const size = pageSize(first, limits.maxPageSize, 10);
    const offset = decodeCursor(after);
    const { total, hits, hasNextPage } = await repository.search(text, size, offset);
    return {
      total,
      hasNextPage,
      edges: hits.map((hit, i) => ({ ...hit, cursor: encodeCursor(offset + i) })),
    };
  },
  path: async (_, { from, to, maxLength }, { repository, loaders, limits }) => {
    const cap = Math.min(limits.maxPathLength, MAX_PATH_LENGTH_CAP);
    const length = maxLength ?? 6;
    if (!Number.isInteger(length) || length < 1 || length > cap) {
      throw badUserInput('maxLength', `must be between 1 and ${cap}`);
    }
    if (from === to) {
      const node = await loaders.entity.load(from);
      return node ? { nodes: [node], edges: [] } : null;
    }
    return repository.shortestPath(from, to, length);
  },
};
