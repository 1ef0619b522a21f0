import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ANONYMOUS, authenticate, type Viewer } from './auth/authenticate';
import type { Config } from './config';
import { CurationRepository } from './curation/curation-repository';
import type { Executor } from './db/executor';
import { GraphRepository } from './db/graph-repository';
import { maskError } from './errors';
import { createContext, type GraphContext } from './graphql/context';
import { errorLoggingPlugin } from './graphql/error-logging-plugin';
import { routerStatusPlugin } from './graphql/federation/router-status-plugin';
import { buildGraphSubgraphSchema } from './graphql/federation/subgraph-schema';
import { HEADLINE_QUERY } from './graphql/headline-query';
import { costLimitPlugin } from './graphql/limits/cost-limit-plugin';
import { operationPlugin } from './graphql/operation-plugin';
import { resolvers } from './graphql/resolvers';
import { readinessPlugin } from './graphql/readiness-plugin';
import { cachePolicyPlugin } from './graphql/response-cache/cache-policy';
import {
  createResponseCache,
  type ResponseCache,
  type ResponseCacheStats,
} from './graphql/response-cache/response-cache';
import { loadTypeDefs } from './graphql/schema';
import { createReadPlanner } from './graphql/read-plan';
import { createRequestHandler } from './http/request-handler';
import type { Logger } from './logger';
import { createMetrics, type LimitName, type Metrics } from './metrics/metrics';
import { metricsPlugin } from './metrics/metrics-plugin';
import { METRICS_PATH, serveMetrics } from './http/metrics-endpoint';
import { sendJson } from './http/send-json';
import { PROJECT_ROOT } from './project-root';
import { Readiness } from './readiness';
import { warmUp } from './warm-up';

export type AppConfig = Pick<
  Config,
  | 'environment'
  | 'maxPageSize'
  | 'maxPathLength'
  | 'limits'
  | 'introspection'
  | 'corsOrigins'
  | 'corsAllowedHeaders'
  | 'httpCacheMaxAgeSeconds'
  | 'auth'
  | 'federation'
  | 'maxResponseBytes'
  | 'warmUp'
  | 'metrics'
  | 'responseCache'
>;

export interface App {
  /** A Node HTTP request listener serving /graphql, the health checks and the explorer at /explore. */
  readonly handler: ReturnType<typeof createRequestHandler>;
  readonly apollo: ApolloServer<GraphContext>;
  /** What /health/ready answers: Neo4j answers and, after an outage, its plans are compiled again. */
  ready(): Promise<boolean>;
  /**
   * Runs the heavy statements once through Apollo (src/warm-up.ts) so their plans are compiled;
   * createGraphServer calls it before it returns. Readiness does it again after an outage.
   */
  warmUp(): Promise<{ readonly ms: number; readonly errors: readonly string[] }>;
  /** The app's metrics: counters other modules report to, and the registry /metrics serves. */
  readonly metrics: Metrics;
  /**
   * A listener serving only GET /metrics, for config.metrics.port (main.ts listens on it); the
   * token is required there too when one is set.
   */
  readonly metricsHandler: (request: IncomingMessage, response: ServerResponse) => void;
  /** The response cache's counters, or undefined when it is off (RESPONSE_CACHE_MAX_BYTES=0). */
  responseCacheStats(): ResponseCacheStats | undefined;
  /** Stops Apollo; the caller owns the HTTP server and the driver. */
  stop(): Promise<void>;
}

/** About 100 kB: far above any real query, far below what would tie up the server. */
export const BODY_LIMIT_BYTES = 100_000;

/**
 * Builds the GraphQL application over an executor. It never listens and never reads the
 * environment, so tests and other apps can mount it as they like.
 */
export async function createApp(options: {
  config: AppConfig;
  executor: Executor;
  logger: Logger;
  /** The built explorer served under /explore; defaults to dist/explorer (made by `npm run build`). */
  explorerDir?: string;
}): Promise<App> {
  const { config, executor, logger } = options;
  const production = config.environment === 'production';
  const metrics = createMetrics({ load: () => executor.load(), serving: () => readiness.serving() });
  const stopCounting = executor.onFinished((event) => metrics.statementFinished(event));
  const refused = (limit: LimitName) => ({ onReject: [() => metrics.limitRefused(limit)] });
  const typeDefs = loadTypeDefs();
  const planner = createReadPlanner(typeDefs);
  const services = {
    repository: new GraphRepository(executor, planner.full),
    curation: new CurationRepository(executor),
    planner,
  };
  // Depth, aliases and directives are checked during validation, before any resolver (and so
  // any Cypher) runs; cost once the operation and its variables are known, also before. Armor's
  // own cost rule is off: it counts a list without `first` as one item. Tokens are limited by
  // graphql-js's parser itself: Armor's token plugin reports a parse failure as a 500.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, exposeLimits: true, flattenFragments: true, ...refused('depth') },
    maxAliases: { n: config.limits.maxAliases, exposeLimits: true, ...refused('aliases') },
    maxDirectives: { n: config.limits.maxDirectives, exposeLimits: true, ...refused('directives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // A subgraph keeps every limit, rule and plugin below: only the schema gains the federation fields.
  const responseCache: ResponseCache | undefined =
    config.responseCache.maxBytes > 0
      ? createResponseCache({
          config: config.responseCache,
          executor,
          logger,
          onLookup: (hit) => (hit ? metrics.cacheHit() : metrics.cacheMiss()),
        })
      : undefined;
  const schema = config.federation
    ? { schema: buildGraphSubgraphSchema(typeDefs, resolvers) }
    : { typeDefs, resolvers };
  const apollo = new ApolloServer<GraphContext>({
    ...schema,
    introspection: config.introspection,
    // Reads over GET are for any client, urql's and graphql-request's defaults among them, which
    // send no preflight header. That is safe here: credentials are bearer tokens a page must add
    // itself, never cookies a browser adds, mutations are refused over GET, and POST bodies that are
    // not JSON (all a cross-site form can send) are refused before Apollo (src/http/request-handler.ts).
    csrfPrevention: false,
    // The host process owns the signals: Apollo's own handler would stop the server and then
    // re-raise the signal, cutting the orderly shutdown (drain, driver, Neo4j) short.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    formatError: (formatted, error) => maskError(formatted, error, { exposeDetails: !production }),
    plugins: [
      costLimitPlugin({
        maxCost: config.limits.maxCost,
        listBounds: config.limits.listBounds,
        defaultListBound: config.limits.defaultListBound,
        defaultPageSize: config.maxPageSize,
        onRefuse: () => metrics.limitRefused('cost'),
      }),
      metricsPlugin(metrics),
      operationPlugin(),
      ...(armor.plugins as ApolloServer<GraphContext>['internals']['plugins']),
      errorLoggingPlugin(logger),
      readinessPlugin(() => readiness.suspect()),
      // The operation's cache policy from the hints in schema.graphql: the response cache stores only
      // answers it finds cacheable, and the HTTP layer turns it into Cache-Control and an ETag for
      // GET answers (src/http/http-caching.ts).
      ...(responseCache ? responseCache.plugins : []),
      cachePolicyPlugin({ needed: responseCache !== undefined || config.httpCacheMaxAgeSeconds > 0 }),
      // What Apollo would add by itself for a subgraph (traces for a router that asks, errors
      // masked), named here so it does not announce itself on the console.
      ...(config.federation ? [ApolloServerPluginInlineTrace(), routerStatusPlugin()] : []),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, document: HEADLINE_QUERY, includeCookies: false }),
    ],
  });
  await apollo.start();
  const limits = { maxPageSize: config.maxPageSize, maxPathLength: config.maxPathLength };
  const contextFor = (requestId: string, viewer: Viewer): GraphContext =>
    createContext(services, limits, { requestId, viewer });
  const readiness = new Readiness({
    ping: () => executor.ping(),
    warmUp: async () =>
      config.warmUp ? warmUp(apollo, (name) => contextFor(`warm-up ${name}`, ANONYMOUS)) : { ms: 0, errors: [] },
    logger,
  });
  const handler = createRequestHandler({
    apollo,
    authenticate: (authorization) => authenticate(authorization, config.auth),
    createContext: contextFor,
    ready: () => readiness.check(),
    serving: () => readiness.serving(),
    logger,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    responseLimitBytes: config.maxResponseBytes,
    cors: { origins: config.corsOrigins, allowedHeaders: config.corsAllowedHeaders },
    httpCacheMaxAgeSeconds: config.httpCacheMaxAgeSeconds,
    explorerDir: options.explorerDir ?? join(PROJECT_ROOT, 'dist', 'explorer'),
    metrics,
    metricsEndpoint: config.metrics.onMainPort ? { token: config.metrics.token } : undefined,
  });
  const metricsHandler = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== METRICS_PATH) return sendJson(response, 404, { error: `Not found. Metrics are at ${METRICS_PATH}.` });
    serveMetrics(request, response, metrics.registry, config.metrics.token).catch((error: unknown) => {
      logger.error('metrics failed', { error: String((error as Error)?.stack ?? error) });
      if (!response.headersSent) sendJson(response, 500, { error: 'Unexpected error.' });
    });
  };
  return {
    handler,
    apollo,
    ready: () => readiness.check(),
    warmUp: () => readiness.warmUpNow(),
    metrics,
    metricsHandler,
    responseCacheStats: () => responseCache?.stats(),
    stop: async () => {
      stopCounting();
      readiness.stop();
      responseCache?.stop();
      await apollo.stop();
    },
  };
}
