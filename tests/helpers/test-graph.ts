import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor, type QueryEvent } from '../../src/db/executor';
import { createLogger, type Logger } from '../../src/logger';
import { TEST_ENV } from './test-neo4j-env';

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set: run the tests through jest (global setup)`);
  return value;
}

/** The server's configuration as loadConfig makes it, from a test's own environment (never the real one). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', ...env });
}

/** A driver and executor on the suite's Neo4j. */
export function connectTestGraph(options: { timeoutMs?: number } = {}) {
  const driver = createDriver({ uri: env(TEST_ENV.uri), user: env(TEST_ENV.user), password: env(TEST_ENV.password) });
  const executor = new Executor(driver, { database: env(TEST_ENV.database), timeoutMs: options.timeoutMs ?? 20_000 });
  return { driver, executor, close: () => driver.close() };
}

export interface TestServer {
  readonly url: string;
  readonly executor: Executor;
  readonly app: App;
  /** Cypher statements sent since the last reset: the round trips of the requests in between. */
  readonly queries: QueryEvent[];
  /** Lines the server logged. */
  readonly logs: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody }>;
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }>;
}

/** The real app on an ephemeral port over the real test Neo4j, exercised over HTTP. */
export async function startTestServer(
  options: { env?: Record<string, string>; explorerDir?: string } = {},
): Promise<TestServer> {
  const config = testConfig(options.env);
  const graph = connectTestGraph({ timeoutMs: config.queryTimeoutMs });
  const queries: QueryEvent[] = [];
  graph.executor.observe((event) => queries.push(event));
  const logs: string[] = [];
  const logger: Logger = createLogger('info', (line) => logs.push(line));
  const app = await createApp({
    config,
    executor: graph.executor,
    logger,
    explorerDir: options.explorerDir,
  });
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
    executor: graph.executor,
    app,
    queries,
    logs,
    post,
    query: async (query, variables) => (await post({ query, variables })).body,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.stop();
      await graph.close();
    },
  };
}
