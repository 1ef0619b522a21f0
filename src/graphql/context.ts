import type { Viewer } from '../auth/authenticate';
import type { CurationRepository } from '../db/curation-repository';
import type { GraphRepository } from '../db/graph-repository';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: loaders must not share a cache across requests. */
export interface GraphContext {
  readonly repository: GraphRepository;
  readonly curation: CurationRepository;
  readonly loaders: Loaders;
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
