import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import { createDriver } from '../../src/db/driver';
import { DriverExecutor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { neo4jLayout } from '../../src/neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from '../../src/neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from '../../src/project-root';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { testConfig } from '../helpers/test-graph';
import { TEST_PORTS } from '../helpers/test-neo4j-env';

/** Neo4j goes away under load and comes back: the server degrades to clear errors and recovers. */
/** The deadlines under test are the server's own defaults, not the test suite's longer ones. */
const PRODUCTION_TIMEOUT = { QUERY_TIMEOUT_MS: '10000' };
const layout = neo4jLayout(PROJECT_ROOT);
const boltPort = TEST_PORTS.outage;
const start = (fresh: boolean) =>
  startManagedNeo4j({
    layout,
    name: 'outage-test',
    boltPort,
    fresh,
    log: () => undefined,
    initialPassword: 'outage-test-password',
  });

let neo4j: ManagedNeo4j;
let app: App;
let http: Server;
let url: string;
let driver: ReturnType<typeof createDriver>;
const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => void rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  neo4j = await start(true);
  driver = createDriver(neo4j);
  const executor = new DriverExecutor(driver, {
    database: 'neo4j',
    timeoutMs: testConfig(PRODUCTION_TIMEOUT).queryTimeoutMs,
  });
  await seedFromDirectory(executor, join(PROJECT_ROOT, 'seed'));
  app = await createApp({
    config: testConfig({ NODE_ENV: 'production', ...PRODUCTION_TIMEOUT }),
    executor,
    logger: createLogger('silent'),
  });
  http = createServer(app.handler);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await app.stop();
  await driver.close();
  await neo4j.stop();
});

const ask = async (): Promise<{ status: number; code?: string; ok: boolean; text: string }> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ portrayals(character: "Go Young") { actor { name } } }' }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as {
    data?: { portrayals?: unknown[] };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    ok: (body.data?.portrayals?.length ?? 0) > 0,
    text,
  };
};
const status = async (path: string): Promise<number> => (await fetch(`${url}${path}`)).status;

async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

test('Neo4j stopped under load: 503 ready within 5 s, live stays 200, masked SERVICE_UNAVAILABLE, then ready once warm and serving within 10 s', async () => {
  expect((await ask()).ok).toBe(true);
  // Steady background load, bounded in count and time, for the whole outage.
  let loading = true;
  const outcomes: Array<{ status: number; code?: string; ok: boolean }> = [];
  const load = (async () => {
    for (let i = 0; loading && i < 2_000; i++) {
      outcomes.push(await ask().catch(() => ({ status: 0, ok: false })));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();

  const stopped = Date.now();
  await neo4j.stop();
  const readyDown = await within(5_000, async () => (await status('/health/ready')) === 503);
  expect(readyDown).toBeLessThan(5_000);
  expect(await status('/health/live')).toBe(200);
  expect(await status('/health')).toBe(503);
  const failing = await ask();
  expect(failing).toMatchObject({ status: 200, code: 'SERVICE_UNAVAILABLE', ok: false });
  expect(failing.text).not.toMatch(/Neo\.|ECONNREFUSED|bolt:/);
  expect(Date.now() - stopped).toBeLessThan(30_000);

  neo4j = await start(false);
  // A restarted Neo4j has lost its plans: the server stays unready (and refuses requests at once)
  // until it has warmed up again, so no request pays for a cold statement and times out.
  await within(120_000, async () => (await status('/health/ready')) === 200);
  let last = '';
  const recovered = await within(10_000, async () => {
    const answer = await ask();
    last = answer.text;
    return answer.ok;
  }).catch((error: Error) => {
    throw new Error(`${error.message}; last answer: ${last}`);
  });
  expect(recovered).toBeLessThan(10_000);
  expect(await status('/health/ready')).toBe(200);
  loading = false;
  await load;

  expect(outcomes.every((o) => o.status === 200)).toBe(true);
  expect([...new Set(outcomes.filter((o) => !o.ok).map((o) => o.code))]).toEqual(['SERVICE_UNAVAILABLE']);
  expect(rejections).toEqual([]);
}, 180_000);
