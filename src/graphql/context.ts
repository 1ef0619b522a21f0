import type { GraphRepository } from '../db/graph-repository';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: loaders must not share a cache across requests. */
export interface GraphContext {
  readonly repository: GraphRepository;
  readonly loaders: Loaders;
  readonly limits: { readonly maxPageSize: number; readonly maxPathLength: number };
  readonly requestId: string;
}

export function createContext(
  repository: GraphRepository,
  limits: GraphContext['limits'],
  requestId: string,
): GraphContext {
  return { repository, loaders: createLoaders(repository), limits, requestId };
}
