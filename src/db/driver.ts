import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * One driver per process. Integers come back as JS numbers (every count and year in this graph
 * fits), and retries are short so an outage surfaces as an error in seconds, not after 30 s.
 */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
    userAgent: 'big-city-graph/0.1',
  });
}
