import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import type { Executor } from '../../db/executor';
import { GraphVersionClock, type GraphVersionKey } from '../../db/graph-version-clock';
import type { Logger } from '../../logger';
import type { GraphContext } from '../context';
import { MeasuredLRUCache, type ResponseCacheStats } from './measured-lru-cache';

export type { ResponseCacheStats } from './measured-lru-cache';

export interface ResponseCacheConfig {
  /** Bound on the cached answers' memory; 0 turns the cache off. */
  readonly maxBytes: number;
  /** Longest this process goes without asking Neo4j for the graph's version while it serves requests. */
  readonly versionPollMs: number;
}

export interface ResponseCache {
  /** The Apollo plugins: the response cache and the cache-control policy it needs. */
  readonly plugins: ApolloServerPlugin<GraphContext>[];
  stats(): ResponseCacheStats;
  stop(): void;
}

/** How often the counters are logged (at debug) while they move. */
const STATS_LOG_MS = 30_000;

/**
 * Whole answers of anonymous queries, kept in memory and keyed by the printed operation (so
 * spacing and comments do not matter), its name, its variables, the caller's role and the graph's
 * version. Mutations never touch it (Apollo's plugin only caches queries), nor does anyone who
 * sent credentials, nor any request while Neo4j cannot say which version the graph is at.
 */
export function createResponseCache(options: {
  config: ResponseCacheConfig;
  executor: Executor;
  logger: Logger;
  /** Told of every lookup, hit or miss (the /metrics counters). */
  onLookup?: (hit: boolean) => void;
}): ResponseCache {
  const { config, executor, logger } = options;
  const store = new MeasuredLRUCache(config.maxBytes, options.onLookup);
  const clock = new GraphVersionClock(executor, config.versionPollMs);
  let bypasses = 0;
  /** The version each request was keyed by, looked up in the later hooks of the same request. */
  const versions = new WeakMap<GraphContext, GraphVersionKey | undefined>();
  const printed = new WeakMap<DocumentNode, string>();
  const cacheable = (context: GraphContext): boolean =>
    context.viewer.kind === 'anonymous' && versions.get(context) !== undefined;

  const stats = (): ResponseCacheStats => ({
    hits: store.hits,
    misses: store.misses,
    bypasses,
    evictions: store.evictions,
    entries: store.entries,
    bytes: store.bytes,
    maxBytes: store.maxBytes,
    versionPolls: clock.polls,
  });
  let logged = '';
  const logTimer = setInterval(() => {
    const now = stats();
    const line = JSON.stringify(now);
    if (line !== logged) logger.debug('response cache', { ...now });
    logged = line;
  }, STATS_LOG_MS);
  logTimer.unref();

  const plugin = responseCachePlugin<GraphContext>({
    cache: store,
    extraCacheKeyData: async ({ contextValue }) => {
      const version = await clock.current();
      versions.set(contextValue, version);
      return {
        version,
        role: contextValue.viewer.kind === 'user' ? contextValue.viewer.role : contextValue.viewer.kind,
      };
    },
    shouldReadFromCache: async ({ contextValue }) => {
      if (cacheable(contextValue)) return true;
      bypasses++;
      return false;
    },
    shouldWriteToCache: async ({ contextValue }) => cacheable(contextValue),
    generateCacheKey: (requestContext, keyData) => {
      const document = requestContext.document;
      let source = document ? printed.get(document) : undefined;
      if (document && source === undefined) {
        source = print(document);
        printed.set(document, source);
      }
      const key = JSON.stringify({ ...(keyData as object), source: source ?? requestContext.source });
      return createHash('sha256').update(key).digest('base64url');
    },
  });
  return {
    plugins: [plugin],
    stats,
    stop: () => {
      clearInterval(logTimer);
      clock.stop();
    },
  };
}
