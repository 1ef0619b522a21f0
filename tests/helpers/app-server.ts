import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { Executor, QueryEvent } from '../../src/db/executor';
import { createLogger, type Logger, type LogLevel } from '../../src/logger';

export interface TestServer {
  readonly url: string;
  readonly executor: Executor;
  readonly app: App;
  /** Cypher statements sent since the last reset: the round trips of the requests in between. */
  readonly queries: QueryEvent[];
  /** Lines the server logged. */
  readonly logs: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody }>;
  /** An operation's answer, sent with `Authorization: Bearer <token>` when a token is given. */
  query(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLBody>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }>;
}

export interface TestServerOptions {
  readonly env?: Record<string, string>;
  readonly explorerDir?: string;
  /** The level of the logs collected in `logs`; info by default. */
  readonly logLevel?: LogLevel;
}

/**
 * The server's configuration as loadConfig makes it, from a test's own environment (never the
 * real one). Statements get 30 s rather than 10: on a loaded two-core machine the first run of a
 * large statement (its plan compiled on a cold Neo4j) can take longer than the default, and the
 * tests are about answers, not time. Tests of timeouts set their own. The response cache is off
 * unless a test turns it on, so every request reaches Neo4j and its statements can be counted.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '30000', RESPONSE_CACHE_MAX_BYTES: '0', ...env });
}

/** The real app over the given executor on an ephemeral port of 127.0.0.1, exercised over HTTP. */
export async function serveApp(
  executor: Executor,
  options: TestServerOptions & { readonly onClose?: () => Promise<void> } = {},
): Promise<TestServer> {
  const config = testConfig(options.env);
  const queries: QueryEvent[] = [];
  const stopObserving = executor.observe((event) => queries.push(event));
  const logs: string[] = [];
  const logger: Logger = createLogger(options.logLevel ?? 'info', (line) => logs.push(line));
  const app = await createApp({ config, executor, logger, explorerDir: options.explorerDir });
  const server: Server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as GraphQLBody };
  };
  return {
    url,
    executor,
    app,
    queries,
    logs,
    post,
    query: async (query, variables, token) =>
      (await post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {})).body,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.stop();
      stopObserving();
      await options.onClose?.();
    },
  };
}
