import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Field, ItemOf } from '../db/catalogue';
import type { GraphRepository } from '../db/graph-repository';
import type { EntityModel } from '../db/models';
import type { ReadPlan, ReadPlanner } from './read-plan';

/**
 * A request's reads for its operation: a repository that fetches what the operation selects, and
 * per-request batching, so every field of the same kind asked for many parents in one tick
 * becomes one statement and round trips follow the depth of the query, not its width.
 */
export interface Reads {
  readonly plan: ReadPlan;
  readonly repository: GraphRepository;
  readonly entity: DataLoader<string, EntityModel | null>;
  related<F extends Field>(field: F): DataLoader<string, ItemOf<F>[]>;
}

/**
 * The reads of one request, derived from its operation on first use: a request runs one
 * operation, so they are made once, and nothing is cached across requests.
 */
export function requestReads(repository: GraphRepository, planner: ReadPlanner): (info: ReadInfo) => Reads {
  let reads: Reads | undefined;
  return (info) => (reads ??= createReads(repository, planner.planFor(info)));
}

export type ReadInfo = Pick<GraphQLResolveInfo, 'operation' | 'fragments'>;

function createReads(base: GraphRepository, plan: ReadPlan): Reads {
  const repository = base.withProjection(plan.projection);
  const loaders = new Map<Field, DataLoader<string, unknown[]>>();
  return {
    plan,
    repository,
    entity: new DataLoader(async (ids) => {
      const found = await repository.entitiesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    related<F extends Field>(field: F): DataLoader<string, ItemOf<F>[]> {
      let loader = loaders.get(field) as DataLoader<string, ItemOf<F>[]> | undefined;
      if (!loader) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const found = await repository.related(field, ids);
          return ids.map((id) => found.get(id) ?? []);
        });
        loaders.set(field, loader);
      }
      return loader;
    },
  };
}
