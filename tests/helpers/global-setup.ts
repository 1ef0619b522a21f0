import { join } from 'node:path';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { neo4jLayout } from '../../src/neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from '../../src/project-root';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { TEST_BOLT_PORT, TEST_ENV, TEST_INSTANCE } from './test-neo4j-env';

declare global {
  var __TEST_NEO4J__: ManagedNeo4j | undefined;
}

/**
 * Starts the suite's own managed Neo4j ("test" instance: own data folder, own port, wiped each
 * run) and loads the seed graph, unless NEO4J_TEST_URI names a Neo4j to use instead.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.NEO4J_TEST_URI;
  let connection = external
    ? { uri: external, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' }
    : undefined;
  if (!connection) {
    const managed = await startManagedNeo4j({
      layout: neo4jLayout(PROJECT_ROOT),
      name: TEST_INSTANCE,
      boltPort: TEST_BOLT_PORT,
      fresh: true,
      transactionTimeout: '20s',
      log: (line) => process.stderr.write(`${line}\n`),
    });
    globalThis.__TEST_NEO4J__ = managed;
    connection = managed;
  }
  const database = process.env.NEO4J_TEST_DATABASE ?? 'neo4j';
  process.env[TEST_ENV.uri] = connection.uri;
  process.env[TEST_ENV.user] = connection.user;
  process.env[TEST_ENV.password] = connection.password;
  process.env[TEST_ENV.database] = database;
  const driver = createDriver(connection);
  try {
    await seedFromDirectory(new Executor(driver, { database, timeoutMs: 60_000 }), join(PROJECT_ROOT, 'seed'), {
      reset: true,
    });
  } finally {
    await driver.close();
  }
}
