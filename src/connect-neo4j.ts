import type { Config } from './config';
import type { Executor } from './db/executor';
import { openExecutor } from './db/open-executor';
import { neo4jLayout } from './neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from './neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from './project-root';

export { Neo4jConnectError } from './db/open-executor';

export interface Neo4jHandle {
  readonly executor: Executor;
  readonly managed: ManagedNeo4j | undefined;
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * The configured Neo4j, or the managed local one started for this process, behind an executor
 * whose driver has proven it can log in. Whatever was started is stopped again by close().
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
  let opened: Awaited<ReturnType<typeof openExecutor>>;
  try {
    opened = await openExecutor(connection, {
      database: config.neo4jDatabase,
      timeoutMs: config.queryTimeoutMs,
      maxConcurrency: config.neo4jMaxConcurrency,
    });
  } catch (error) {
    await managed?.stop();
    throw error;
  }
  return {
    executor: opened.executor,
    managed,
    uri: connection.uri,
    close: async () => {
      await opened.close();
      await managed?.stop();
    },
  };
}
