import { join } from 'node:path';
import { createDriver } from '../../src/db/driver';
import { DriverExecutor, type Executor } from '../../src/db/executor';
import { countNodesByLabel, countRelationshipsByType, countRevisions } from '../../src/db/graph-audit';
import { PROJECT_ROOT } from '../../src/project-root';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { serveApp, testConfig, type TestServer, type TestServerOptions } from './app-server';
import { currentWorker, TEST_ENV, testEnvName, type TestEnvName } from './test-neo4j-env';

export { testConfig, type GraphQLBody, type TestServer } from './app-server';

function env(name: TestEnvName): string {
  const value = process.env[testEnvName(name, currentWorker())];
  if (value === undefined)
    throw new Error(`${name} is not set: run the api and system tiers through jest (global setup)`);
  return value;
}

/** How to reach this worker's seeded Neo4j. */
export function testNeo4j(): { uri: string; user: string; password: string; database: string } {
  return {
    uri: env(TEST_ENV.uri),
    user: env(TEST_ENV.user),
    password: env(TEST_ENV.password),
    database: env(TEST_ENV.database),
  };
}

/** A driver and executor on this worker's seeded Neo4j. */
export function connectTestGraph(options: { timeoutMs?: number } = {}) {
  const { database, ...connection } = testNeo4j();
  const driver = createDriver(connection);
  const executor = new DriverExecutor(driver, { database, timeoutMs: options.timeoutMs ?? 20_000 });
  return { driver, executor, close: () => driver.close() };
}

/** The real app on an ephemeral port over this worker's seeded Neo4j, exercised over HTTP. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const graph = connectTestGraph({ timeoutMs: testConfig(options.env).queryTimeoutMs });
  return serveApp(graph.executor, { ...options, onClose: graph.close });
}

/**
 * Puts this worker's graph back as the seed makes it. A file that writes calls it when it is
 * done, so the next file on the worker starts from the seed again.
 */
export async function reseedTestGraph(): Promise<void> {
  const graph = connectTestGraph({ timeoutMs: 60_000 });
  try {
    await seedFromDirectory(graph.executor, join(PROJECT_ROOT, 'seed'), { reset: true });
  } finally {
    await graph.close();
  }
}

/** This worker's seeded Neo4j as the server's own settings name it, for processes and factories under test. */
export function testNeo4jEnv(): Record<'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE', string> {
  const { uri, user, password, database } = testNeo4j();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
}

/** The graph's size by node label and relationship type, and the revisions logged: what a refused write leaves as it was. */
export async function graphCounts(executor: Executor) {
  return {
    nodes: await countNodesByLabel(executor),
    relationships: await countRelationshipsByType(executor),
    revisions: await countRevisions(executor),
  };
}
