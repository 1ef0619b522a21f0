import type { Viewer } from '../auth/authenticate';
import type { CurationRepository } from '../db/curation-repository';
import type { GraphRepository } from '../db/graph-repository';
import type { Projection } from '../db/projection';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: loaders must not share a cache across requests. */
export interface GraphContext {
  /** Reads whole entities until the operation is known; then only what it selects (see useProjection). */
  repository: GraphRepository;
  loaders: Loaders;
  readonly curation: CurationRepository;
  readonly limits: { readonly maxPageSize: number; readonly maxPathLength: number };
  readonly requestId: string;
  readonly viewer: Viewer;
}

export function createContext(
  services: { repository: GraphRepository; curation: CurationRepository },
  limits: GraphContext['limits'],
  request: { requestId: string; viewer: Viewer },
): GraphContext {
  return { ...services, loaders: createLoaders(services.repository), limits, ...request };
}

/**
 * Narrows what the request's reads fetch to what its operation selects. Called once the
 * document is validated and before any resolver runs, so no loader has cached anything yet.
 */
export function useProjection(context: GraphContext, projection: Projection): void {
  context.repository = context.repository.withProjection(projection);
  context.loaders = createLoaders(context.repository);
}
