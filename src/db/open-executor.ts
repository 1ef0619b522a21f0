import { createDriver, type Neo4jConnection } from './driver';
import { DriverExecutor, type Executor } from './executor';

export class Neo4jConnectError extends Error {
  override readonly name = 'Neo4jConnectError';
}

/**
 * An executor on a Neo4j whose driver has proven it can log in and reach the database; a Neo4j
 * that cannot is reported in one line that says what to check. close() closes the driver.
 */
export async function openExecutor(
  connection: Neo4jConnection,
  options: { readonly database: string; readonly timeoutMs: number; readonly maxConcurrency: number },
): Promise<{ executor: Executor; close(): Promise<void> }> {
  const driver = createDriver(connection, { queryTimeoutMs: options.timeoutMs });
  try {
    await driver.verifyAuthentication();
    await driver.executeQuery('RETURN 1', {}, { database: options.database });
  } catch (error) {
    await driver.close();
    throw new Neo4jConnectError(describeConnectError(error, connection.uri, options.database));
  }
  return { executor: new DriverExecutor(driver, options), close: () => driver.close() };
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
