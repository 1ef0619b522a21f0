import type { Viewer } from '../auth/authenticate';
import type { CurationRepository } from '../curation/curation-repository';
import type { GraphRepository } from '../db/graph-repository';
import type { ReadPlanner } from './read-plan';
import { requestReads, type ReadInfo, type Reads } from './request-reads';

/** Built once per request and never changed: loaders must not share a cache across requests. */
export interface GraphContext {
  /** The request's reads, fetching only what its operation selects (resolvers pass their `info`). */
  readonly reads: (info: ReadInfo) => Reads;
  readonly curation: CurationRepository;
  readonly limits: { readonly maxPageSize: number; readonly maxPathLength: number };
  readonly requestId: string;
  readonly viewer: Viewer;
}

export interface GraphServices {
  readonly repository: GraphRepository;
  readonly curation: CurationRepository;
  readonly planner: ReadPlanner;
}

export function createContext(
  services: GraphServices,
  limits: GraphContext['limits'],
  request: { requestId: string; viewer: Viewer },
): GraphContext {
  return {
    reads: requestReads(services.repository, services.planner),
    curation: services.curation,
    limits,
    ...request,
  };
}
