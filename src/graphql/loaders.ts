import DataLoader from 'dataloader';
import type { GraphRepository } from '../db/graph-repository';
import type { EntityModel } from '../db/models';
import type { NeighborQuery } from '../db/neighbor-queries';

type Batch<T> = (ids: readonly string[]) => Promise<Map<string, T[]>>;

const listLoader = <T>(batch: Batch<T>): DataLoader<string, T[]> =>
  new DataLoader(async (ids) => {
    const found = await batch(ids);
    return ids.map((id) => found.get(id) ?? []);
  });

/**
 * Per-request batching: every field of the same kind requested for many parents in one tick
 * becomes a single query, so round trips follow the depth of the query, not its width.
 */
export function createLoaders(repository: GraphRepository) {
  const neighborLoaders = new Map<NeighborQuery, DataLoader<string, EntityModel[]>>();
  return {
    entity: new DataLoader<string, EntityModel | null>(async (ids) => {
      const found = await repository.entitiesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    neighbors(query: NeighborQuery): DataLoader<string, EntityModel[]> {
      let loader = neighborLoaders.get(query);
      if (!loader) {
        loader = listLoader((ids) => repository.neighbors(query, ids));
        neighborLoaders.set(query, loader);
      }
      return loader;
    },
    creditsOfWork: listLoader(repository.creditsOfWorks),
    creditsOfPerson: listLoader(repository.creditsOfPeople),
    portrayalsOfPerson: listLoader(repository.portrayalsOfPeople),
    portrayalsOfCharacter: listLoader(repository.portrayalsOfCharacters),
    counterpartLinks: listLoader(repository.counterpartLinks),
    adaptationOfWork: listLoader(repository.adaptationsOfWorks),
    claims: listLoader(repository.claimsOf),
    organizationCreditsOfWork: listLoader(repository.organizationCreditsOfWorks),
    organizationCreditsOfOrganization: listLoader(repository.organizationCreditsOfOrganizations),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
