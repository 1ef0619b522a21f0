/**
 * How global setup hands the seeded test Neo4j instances to the test files: environment
 * variables, which survive into Jest's workers, one set per worker.
 */
export const TEST_ENV = {
  uri: 'BCG_TEST_NEO4J_URI',
  user: 'BCG_TEST_NEO4J_USER',
  password: 'BCG_TEST_NEO4J_PASSWORD',
  database: 'BCG_TEST_NEO4J_DATABASE',
} as const;

export type TestEnvName = (typeof TEST_ENV)[keyof typeof TEST_ENV];

/** The variable that holds one worker's value: each Jest worker has a seeded instance of its own. */
export function testEnvName(name: TestEnvName, worker: number): string {
  return `${name}_${worker}`;
}

/** The Jest worker this file runs in (1 when it runs in band). */
export function currentWorker(): number {
  return Number(process.env.JEST_WORKER_ID ?? '1');
}

/** The first port of the suite's own Neo4j instances: never the server's 7687, so a running server's data is never touched. */
export const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
/** The managed instances' folder names start with this: a second checkout or a parallel run can take its own. */
export const TEST_INSTANCE = process.env.NEO4J_TEST_INSTANCE ?? 'test';

/**
 * Ports of the instances the suite starts, all counted from TEST_BOLT_PORT: the seeded ones (one
 * per worker) first, then those single tests start for themselves.
 */
export const TEST_PORTS = {
  seeded: (worker: number): number => TEST_BOLT_PORT + worker - 1,
  lifecycle: TEST_BOLT_PORT + 10,
  outage: TEST_BOLT_PORT + 11,
  bench: TEST_BOLT_PORT + 12,
  faults: TEST_BOLT_PORT + 13,
} as const;
