import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * One driver per process. Integers come back as JS numbers (every count and year in this graph
 * fits), and retries are short so an outage surfaces as an error in seconds, not after 30 s.
 * Waiting for a pooled connection and opening a new one both give up well inside the query
 * timeout, so a Neo4j that does not answer is reported as unavailable before the deadline.
 */
export function createDriver(connection: Neo4jConnection, options: { queryTimeoutMs?: number } = {}): Driver {
  const timeoutMs = options.queryTimeoutMs ?? 10_000;
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: Math.min(5_000, Math.round(timeoutMs / 2)),
    connectionTimeout: Math.min(3_000, Math.round(timeoutMs / 3)),
    maxTransactionRetryTime: Math.min(2_000, Math.round(timeoutMs / 4)),
    userAgent: 'big-city-graph/0.1',
  });
}
