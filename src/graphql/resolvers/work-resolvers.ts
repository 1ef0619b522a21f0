import type { CharacterBundle } from '../../db/graph-repository';
import type { ClaimModel, CreditModel, EntityModel, WorkModel } from '../../db/models';
import type { GraphContext } from '../context';
import type { AdaptationResolvers, WorkResolvers } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, pageSize } from '../pagination';
import type { CharacterParent } from '../parents';

const first = <T>(items: readonly T[]): T | null => items[0] ?? null;

/** `claims(property:)` on any entity: every claim about it, or those about one property. */
export const claimsField = async (
  parent: { id: string },
  { property }: { property?: string | null },
  { loaders }: GraphContext,
): Promise<ClaimModel[]> => {
  const claims = await loaders.claims.load(parent.id);
  return property ? claims.filter((claim) => claim.property === property) : claims;
};
const only =
  <T extends EntityModel['__typename']>(typename: T) =>
  (items: readonly EntityModel[]) =>
    items.filter((item): item is Extract<EntityModel, { __typename: T }> => item.__typename === typename);

/** A bundled character becomes a parent that answers its work, portrayals and counterparts itself. */
export function characterParent(bundle: CharacterBundle | Omit<CharacterBundle, 'counterparts'>): CharacterParent {
  return {
    ...bundle.character,
    preload: {
      work: bundle.work,
      portrayals: bundle.portrayals,
      ...('counterparts' in bundle && bundle.counterparts
        ? { counterparts: bundle.counterparts.map(characterParent) }
        : {}),
    },
  };
}

export const workResolvers: WorkResolvers = {
  aliases: (work) => work.aliases ?? [],
  genres: (work) => work.genres ?? [],
  confidence: (work) => work.confidence ?? 'STATED',
  adaptationOf: (work, _, { loaders }) =>
    loaders.neighbors('workAdaptationOf').load(work.id).then(first) as Promise<WorkModel | null>,
  adaptation: (work, _, { loaders }) => loaders.adaptationOfWork.load(work.id).then(first),
  adaptations: (work, _, { loaders }) => loaders.neighbors('workAdaptations').load(work.id).then(only('Work')),
  partOf: (work, _, { loaders }) => loaders.neighbors('workPartOf').load(work.id).then(only('Work')).then(first),
  parts: (work, _, { loaders }) => loaders.neighbors('workParts').load(work.id).then(only('Work')),
  // Preloaded answers are returned as plain values, not promises: graphql-js completes those
  // without a round through the microtask queue per item.
  credits: (work, { role, first: requested, after }, { loaders, limits }) => {
    const size = pageSize(requested, limits.maxPageSize);
    const offset = decodeCursor(after);
    const page = (all: CreditModel[]) => {
      const filtered = role ? all.filter((credit) => credit.role === role) : all;
      return { items: filtered.slice(offset, offset + size), offset, total: filtered.length };
    };
    return work.preload?.credits ? page(work.preload.credits) : loaders.creditsOfWork.load(work.id).then(page);
  },
  characters: (work, _, { loaders }) =>
    work.preload?.characters ?? loaders.neighbors('workCharacters').load(work.id).then(only('Character')),
  episodes: (work, _, { loaders }) => loaders.neighbors('workEpisodes').load(work.id).then(only('Episode')),
  organizations: async (work, { role }, { loaders }) => {
    const all = await loaders.organizationCreditsOfWork.load(work.id);
    return role ? all.filter((credit) => credit.role === role) : all;
  },
  reviews: (work, _, { loaders }) => loaders.neighbors('workReviews').load(work.id).then(only('Review')),
  rankings: async (work, { kind }, { loaders }) => {
    const rankings = only('Ranking')(await loaders.neighbors('workRankings').load(work.id));
    return kind ? rankings.filter((ranking) => ranking.kind === kind) : rankings;
  },
  ratings: (work, _, { loaders }) => loaders.neighbors('workRatings').load(work.id).then(only('Rating')),
  honors: (work, _, { loaders }) => loaders.neighbors('workHonors').load(work.id).then(only('Honor')),
  events: async (work, { kind }, { loaders }) => {
    const events = only('Event')(await loaders.neighbors('workEvents').load(work.id));
    return kind ? events.filter((event) => event.kind === kind) : events;
  },
  songs: (work, _, { loaders }) => loaders.neighbors('workSongs').load(work.id).then(only('Song')),
  claims: claimsField,
  sources: (work, _, { loaders }) => loaders.neighbors('sources').load(work.id).then(only('Source')),
};

export const adaptationResolvers: AdaptationResolvers = {
  confidence: (adaptation) => adaptation.confidence ?? 'STATED',
};

export const creditConnectionResolvers = {
  edges: (connection: { items: readonly unknown[]; offset: number }) =>
    connection.items.map((node, i) => ({ node, cursor: encodeCursor(connection.offset + i) })),
  nodes: (connection: { items: readonly unknown[] }) => connection.items,
  totalCount: (connection: { total: number }) => connection.total,
  pageInfo: (connection: { items: readonly unknown[]; offset: number; total: number }) => ({
    hasNextPage: connection.offset + connection.items.length < connection.total,
    endCursor: connection.items.length > 0 ? encodeCursor(connection.offset + connection.items.length - 1) : null,
  }),
};

export { only, first };
