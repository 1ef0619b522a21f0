import { join } from 'node:path';
import type { Config } from '@jest/types';
import { createDriver } from '../../src/db/driver';
import { DriverExecutor } from '../../src/db/executor';
import { neo4jLayout } from '../../src/neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from '../../src/project-root';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { TEST_ENV, TEST_INSTANCE, TEST_PORTS, testEnvName } from './test-neo4j-env';

declare global {
  var __TEST_NEO4J__: ManagedNeo4j[] | undefined;
}

interface Connection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * For the api and system tiers: one seeded Neo4j per Jest worker (managed instances named
 * "test-1", "test-2", …: own data folder, own port, wiped each run), so files that write run
 * beside files that read without either seeing the other. NEO4J_TEST_URI names one Neo4j to use
 * instead; the suite then runs in one worker (jest.config.js).
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const external = process.env.NEO4J_TEST_URI;
  const database = process.env.NEO4J_TEST_DATABASE ?? 'neo4j';
  const workers = external ? 1 : Math.max(1, globalConfig.maxWorkers);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const connections: Connection[] = external
    ? [{ uri: external, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' }]
    : await startInstances(workers, log);
  await Promise.all(
    connections.map(async (connection, index) => {
      const worker = index + 1;
      process.env[testEnvName(TEST_ENV.uri, worker)] = connection.uri;
      process.env[testEnvName(TEST_ENV.user, worker)] = connection.user;
      process.env[testEnvName(TEST_ENV.password, worker)] = connection.password;
      process.env[testEnvName(TEST_ENV.database, worker)] = database;
      const driver = createDriver(connection);
      try {
        const executor = new DriverExecutor(driver, { database, timeoutMs: 60_000 });
        await seedFromDirectory(executor, join(PROJECT_ROOT, 'seed'), { reset: true });
      } finally {
        await driver.close();
      }
    }),
  );
}

async function startInstances(count: number, log: (line: string) => void): Promise<ManagedNeo4j[]> {
  const layout = neo4jLayout(PROJECT_ROOT);
  const start = (worker: number) =>
    startManagedNeo4j({
      layout,
      name: `${TEST_INSTANCE}-${worker}`,
      boltPort: TEST_PORTS.seeded(worker),
      fresh: true,
      transactionTimeout: '40s',
      log,
    });
  // The first start provisions the download; the others reuse it.
  const first = await start(1);
  const started = [first];
  globalThis.__TEST_NEO4J__ = started;
  const others = await Promise.all(Array.from({ length: count - 1 }, (_, i) => start(i + 2)));
  started.push(...others);
  return started;
}
