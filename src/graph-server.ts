import type { ApolloServer } from '@apollo/server';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { connectNeo4j } from './connect-neo4j';
import type { GraphContext } from './graphql/context';
import { mountAt, normaliseBasePath, type MountableHandler } from './http/mount-at';
import { createLogger, type Logger } from './logger';
import { ensureSeeded } from './seed/ensure-seeded';
import { WARM_UP_OPERATIONS } from './warm-up';

export interface GraphServerOptions {
  /** Settings laid over what loadConfig reads from `env`: an explicit option beats the environment. */
  readonly config?: Partial<Config>;
  /** The environment loadConfig reads; process.env by default. Pass {} to use only `config`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Request and error logs; JSON lines on stderr at config.logLevel by default. */
  readonly logger?: Logger;
  /** Progress lines (managed Neo4j download and start, seed load); logged at info by default. */
  readonly log?: (line: string) => void;
  /** Create the constraints and load the seed when the database holds no graph; true by default. */
  readonly ensureSeed?: boolean;
  /** Serve the schema as an Apollo Federation 2 subgraph; config.federation (FEDERATION) by default. */
  readonly federation?: boolean;
  /** Mount point such as "/kg": the handler serves /kg/graphql and /kg/health and passes other paths on. */
  readonly basePath?: string;
}

export interface GraphServer {
  /** `(req, res, next?)`: a listener for `http.createServer`, or Express/Connect middleware. */
  readonly handler: MountableHandler;
  readonly apollo: ApolloServer<GraphContext>;
  /** The configuration in effect, after options and environment. */
  readonly config: Config;
  readonly neo4j: { readonly uri: string; readonly managed: boolean };
  /** True while Neo4j answers and its plans are compiled: what /health reports. */
  ready(): Promise<boolean>;
  /**
   * Stops Apollo, closes the driver and stops the managed Neo4j if this started it; safe to call
   * more than once. Close the host's HTTP server first, so requests in flight can finish.
   */
  close(): Promise<void>;
}

/**
 * Big City Graph for embedding: connects to Neo4j as the standalone server does (NEO4J_URI, or
 * the managed local instance), loads the seed if needed and builds the GraphQL handler. It never
 * listens, so the host decides where and how it is served.
 */
export async function createGraphServer(options: GraphServerOptions = {}): Promise<GraphServer> {
  const config: Config = Object.freeze({
    ...loadConfig(options.env ?? process.env),
    ...options.config,
    ...(options.federation === undefined ? {} : { federation: options.federation }),
  });
  // Checked before Neo4j is started, so a mistake costs nothing to undo.
  const basePath = normaliseBasePath(options.basePath);
  const logger = options.logger ?? createLogger(config.logLevel);
  const log = options.log ?? ((line: string) => logger.info(line));
  const neo4j = await connectNeo4j(config, log);
  let app: Awaited<ReturnType<typeof createApp>>;
  let handler: MountableHandler;
  try {
    log(`Neo4j: ${neo4j.uri}${neo4j.managed ? ' (managed local instance)' : ''}`);
    if (options.ensureSeed ?? true) await ensureSeeded(neo4j.executor, log);
    app = await createApp({ config, executor: neo4j.executor, logger });
    handler = mountAt(basePath, app.handler);
    if (config.warmUp) {
      // Before the server says ready: the first requests find the heavy statements compiled.
      const { ms, errors } = await app.warmUp();
      log(`Warm-up: ${WARM_UP_OPERATIONS.length} operations in ${(ms / 1000).toFixed(1)} s`);
      for (const error of errors) logger.warn('warm-up error', { error });
    }
  } catch (error) {
    await neo4j.close().catch(() => undefined);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    handler,
    apollo: app.apollo,
    config,
    neo4j: { uri: neo4j.uri, managed: neo4j.managed !== undefined },
    ready: () => app.ready(),
    close: () =>
      (closing ??= (async () => {
        try {
          await app.stop();
        } finally {
          await neo4j.close();
        }
      })()),
  };
}
