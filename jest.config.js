/**
 * The suite in four tiers, each a Jest project (`npm run test:<tier>` runs one):
 * - unit: pure code, no Neo4j and no Java;
 * - http: the HTTP layer, the limits, CSRF/CORS and spec audits, over an executor with no database;
 * - api: the API and the loader against a seeded Neo4j;
 * - system: processes, outages, Chromium, the examples and the bench harness.
 * The api and system tiers have a seeded Neo4j per worker (tests/helpers/seeded-instances-setup.ts).
 * `npm test` runs them in one worker: on two cores a second instance, warming up beside the first,
 * cost more than the parallel files saved. TEST_WORKERS=n gives them n workers (and n instances).
 * @type {import('jest').Config}
 */
const seeded = {
  globalSetup: '<rootDir>/tests/helpers/seeded-instances-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/seeded-instances-teardown.ts',
};

const tier = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  // Type-checking is `npm run typecheck`'s job: Jest only transpiles, file by file.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  roots: [`<rootDir>/tests/${name}`],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: [
    '<rootDir>/tests/helpers/fail-on-console.ts',
    ...(extra.slow ? ['<rootDir>/tests/helpers/slow-tier.ts'] : []),
  ],
  ...(extra.seeded ? seeded : {}),
});

module.exports = {
  testTimeout: 10_000,
  // A Neo4j of your own (NEO4J_TEST_URI) is one database, so one worker.
  maxWorkers: process.env.NEO4J_TEST_URI ? 1 : Number(process.env.TEST_WORKERS ?? 2),
  projects: [
    tier('unit'),
    tier('http'),
    tier('api', { seeded: true, slow: true }),
    tier('system', { seeded: true, slow: true }),
  ],
};
