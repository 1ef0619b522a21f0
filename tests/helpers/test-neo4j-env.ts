/** How global setup hands the test Neo4j to the test files (environment variables survive into workers). */
export const TEST_ENV = {
  uri: 'BCG_TEST_NEO4J_URI',
  user: 'BCG_TEST_NEO4J_USER',
  password: 'BCG_TEST_NEO4J_PASSWORD',
  database: 'BCG_TEST_NEO4J_DATABASE',
} as const;

/** Where the suite's own Neo4j listens: never the server's 7687, so a running server's data is never touched. */
export const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
/** The managed instance's folder name: a second checkout or a parallel run can take its own. */
export const TEST_INSTANCE = process.env.NEO4J_TEST_INSTANCE ?? 'test';
