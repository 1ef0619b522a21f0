import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { authenticate } from './auth/authenticate';
import type { Config } from './config';
import { CurationRepository } from './curation/curation-repository';
import type { Executor } from './db/executor';
import { GraphRepository } from './db/graph-repository';
import { maskError } from './errors';
import { createContext, type GraphContext } from './graphql/context';
import { errorLoggingPlugin } from './graphql/error-logging-plugin';
import { buildGraphSubgraphSchema } from './graphql/federation/subgraph-schema';
import { HEADLINE_QUERY } from './graphql/headline-query';
import { costLimitPlugin } from './graphql/limits/cost-limit-plugin';
import { resolvers } from './graphql/resolvers';
import { readinessPlugin } from './graphql/readiness-plugin';
import { loadTypeDefs } from './graphql/schema';
import { createReadPlanner } from './graphql/read-plan';
import { createRequestHandler } from './http/request-handler';
import type { Logger } from './logger';
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
  | 'auth'
  | 'federation'
  | 'maxResponseBytes'
  | 'warmUp'
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
    maxDepth: { n: config.limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: config.limits.maxDirectives, exposeLimits: true },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // A subgraph keeps every limit, rule and plugin below: only the schema gains the federation fields.
  const schema = config.federation
    ? { schema: buildGraphSubgraphSchema(typeDefs, resolvers) }
    : { typeDefs, resolvers };
  const apollo = new ApolloServer<GraphContext>({
    ...schema,
    introspection: config.introspection,
    csrfPrevention: true,
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
      }),
      ...(armor.plugins as ApolloServer<GraphContext>['internals']['plugins']),
      errorLoggingPlugin(logger),
      readinessPlugin(() => readiness.suspect()),
      // No type sets cache hints; left on, the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      // What Apollo would add by itself for a subgraph (traces for a router that asks, errors
      // masked), named here so it does not announce itself on the console.
      ...(config.federation ? [ApolloServerPluginInlineTrace()] : []),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, document: HEADLINE_QUERY, includeCookies: false }),
    ],
  });
  await apollo.start();
  const limits = { maxPageSize: config.maxPageSize, maxPathLength: config.maxPathLength };
  const contextFor = (requestId: string, authorization: string | undefined): GraphContext =>
    createContext(services, limits, { requestId, viewer: authenticate(authorization, config.auth) });
  const readiness = new Readiness({
    ping: () => executor.ping(),
    warmUp: async () =>
      config.warmUp ? warmUp(apollo, (name) => contextFor(`warm-up ${name}`, undefined)) : { ms: 0, errors: [] },
    logger,
  });
  const handler = createRequestHandler({
    apollo,
    createContext: contextFor,
    ready: () => readiness.check(),
    serving: () => readiness.serving(),
    logger,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    responseLimitBytes: config.maxResponseBytes,
    corsOrigins: config.corsOrigins,
    explorerDir: options.explorerDir ?? join(PROJECT_ROOT, 'dist', 'explorer'),
  });
  return {
    handler,
    apollo,
    ready: () => readiness.check(),
    warmUp: () => readiness.warmUpNow(),
    stop: async () => {
      readiness.stop();
      await apollo.stop();
    },
  };
}
