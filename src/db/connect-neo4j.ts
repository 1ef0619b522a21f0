import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createDriver } from './driver';
import { DriverExecutor, type Executor } from './executor';
import { neo4jLayout } from '../neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from '../neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from '../project-root';

export class Neo4jConnectError extends Error {
  override readonly name = 'Neo4jConnectError';
}

export interface Neo4jHandle {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly managed: ManagedNeo4j | undefined;
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * The configured Neo4j, or the managed local one started for this process, with a driver that
 * has proven it can log in. Whatever was started is stopped again by close().
 */
export async function connectNeo4j(config: Config, log: (line: string) => void): Promise<Neo4jHandle> {
  let managed: ManagedNeo4j | undefined;
  if (!config.neo4j) {
    managed = await startManagedNeo4j({
      layout: neo4jLayout(PROJECT_ROOT),
      name: config.localNeo4j.instance,
      boltPort: config.localNeo4j.boltPort,
      initialPassword: config.localNeo4j.initialPassword,
      // The server's own Neo4j is kept running: if it dies, it is started again.
      supervise: true,
      log,
    });
  }
  const connection = config.neo4j ?? managed!;
  const driver = createDriver(connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    await driver.verifyAuthentication();
    await driver.executeQuery('RETURN 1', {}, { database: config.neo4jDatabase });
  } catch (error) {
    await driver.close();
    await managed?.stop();
    throw new Neo4jConnectError(describeConnectError(error, connection.uri, config.neo4jDatabase));
  }
  const executor = new DriverExecutor(driver, {
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutMs,
    maxConcurrency: config.neo4jMaxConcurrency,
  });
  return {
    driver,
    executor,
    managed,
    uri: connection.uri,
    close: async () => {
      await driver.close();
      await managed?.stop();
    },
  };
}

function describeConnectError(error: unknown, uri: string, database: string): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (/Unauthorized|AuthenticationRateLimit/.test(code)) {
    return `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`;
  }
  if (/DatabaseNotFound/.test(code)) return `Neo4j at ${uri} has no database "${database}" (check NEO4J_DATABASE)`;
  if (code === 'ServiceUnavailable') return `Neo4j at ${uri} cannot be reached: ${message}`;
  return `Neo4j at ${uri} failed: ${message}`;
}
