import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { runScript, waitForOutput, type RunningScript } from '../helpers/child-process';
import { openSocket, within } from '../helpers/raw-socket';
import { freePort } from '../helpers/free-port';
import { testNeo4jEnv } from '../helpers/test-graph';

/**
 * Hostile traffic against the server process as `npm start` runs it (its own
 * process, production mode, the seeded test graph), with short limits so each case is quick.
 */
let server: RunningScript;
let port: number;
const LIMITS = {
  HEADERS_TIMEOUT_MS: '2000',
  REQUEST_TIMEOUT_MS: '3000',
  KEEP_ALIVE_TIMEOUT_MS: '1000',
  MAX_CONNECTIONS: '40',
  MAX_RESPONSE_BYTES: '20000',
};

beforeAll(async () => {
  port = await freePort();
  server = runScript(join(PROJECT_ROOT, 'src', 'main.ts'), {
    ...testNeo4jEnv(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...LIMITS,
  });
  await waitForOutput(server, 'is ready in', 90_000);
}, 120_000);

afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exit;
});

const post = async (query: string) => {
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: Date.now() - started };
};

test('fan-out without `first` (15 aliases of works → events → participants → credits → work → events → participants) is refused before any Cypher runs', async () => {
  const alias = (i: number) =>
    `a${i}: works { events { nodes { participants { ... on Person { credits { work { events { nodes { title participants { id } } } } } } } } } }`;
  const query = `{ ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }`;
  expect(query.length).toBeGreaterThan(1_500);
  const { status, text } = await post(query);
  const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string } }> };
  expect({ status, codes: body.errors.map((e) => e.extensions.code), bytes: text.length < 2_000 }).toEqual({
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    bytes: true,
  });
  expect(body.errors[0]?.message).toMatch(/^Query cost limit of 25000 exceeded, found \d+/);
});

test('an answer larger than MAX_RESPONSE_BYTES is replaced by RESPONSE_TOO_LARGE', async () => {
  const query = `{ ${['a', 'b', 'c'].map((a) => `${a}: works { description events { nodes { title description } } }`).join(' ')} }`;
  const { status, text } = await post(query);
  expect([status, JSON.parse(text)]).toEqual([
    200,
    {
      data: null,
      errors: [
        {
          message: expect.stringMatching(/^The answer would be \d+ bytes, more than the 20000 this server sends/),
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ],
    },
  ]);
});

test('a body sent a byte at a time is cut off with 408 at the request timeout', async () => {
  const { socket, received, closed } = await openSocket(port);
  const body = JSON.stringify({ query: '{ __typename }' });
  socket.write(
    `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
  );
  let i = 0;
  const drip = setInterval(() => (i < body.length ? socket.write(body[i++]!) : clearInterval(drip)), 300);
  const after = await within(closed, 9_000);
  clearInterval(drip);
  socket.destroy();
  expect({ status: received().split('\r\n')[0], closedWithinMs: typeof after === 'number' && after < 6_000 }).toEqual({
    status: 'HTTP/1.1 408 Request Timeout',
    closedWithinMs: true,
  });
});

test('connections that never send a byte are closed at the headers timeout', async () => {
  const sockets = await Promise.all(Array.from({ length: 20 }, () => openSocket(port)));
  const closedAfter = await Promise.all(sockets.map((s) => within(s.closed, 6_000)));
  sockets.forEach((s) => s.socket.destroy());
  expect(closedAfter.every((ms) => typeof ms === 'number' && ms < 5_000)).toBe(true);
});

test('past MAX_CONNECTIONS a connection is refused with a 503 it can read, and the server serves again once they go', async () => {
  const sockets = await Promise.all(Array.from({ length: 45 }, () => openSocket(port)));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const refused = sockets.filter((s) => s.received().startsWith('HTTP/1.1 503'));
  expect(refused.length).toBe(5);
  expect(refused[0]?.received()).toMatch(/"code":"SERVICE_UNAVAILABLE"/);
  sockets.forEach((s) => s.socket.destroy());
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await post('{ __typename }')).status).toBe(200);
});
