import { request as httpRequest } from 'node:http';
import { startStubServer } from '../helpers/stub-server';
import { openSocket, within } from '../helpers/raw-socket';
import type { TestServer } from '../helpers/app-server';

/** The small holes an adversary found in the HTTP layer, each answered whole. */
let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  [server, production] = await Promise.all([
    startStubServer({ env: { NODE_ENV: 'development' } }),
    startStubServer({ env: { NODE_ENV: 'production' } }),
  ]);
});
afterAll(() => Promise.all([server.close(), production.close()]));

describe('production hides every kind of suggestion', () => {
  test('an enum literal that does not exist names no value', async () => {
    expect(await production.post({ query: '{ works(kind: FLIM) { id } }' })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Value "FLIM" does not exist in "WorkKind" enum.',
            locations: [{ line: 1, column: 15 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    });
  });

  test('an enum variable that does not exist names no value', async () => {
    const query = 'query ($kind: WorkKind) { works(kind: $kind) { id } }';
    expect(await production.post({ query, variables: { kind: 'FLIM' } })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Variable "$kind" got invalid value "FLIM"; Value "FLIM" does not exist in "WorkKind" enum.',
            locations: [{ line: 1, column: 8 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
  });

  test('development still suggests', async () => {
    const { body } = await server.post({ query: '{ works(kind: FLIM) { id } }' });
    expect(body.errors?.[0]?.message).toMatch(/Did you mean the enum value "FILM"\?/);
  });
});

test('an APQ hash that does not match its query is a 400 with its own code', async () => {
  const body = { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } };
  expect(await production.post(body)).toEqual({
    status: 400,
    body: {
      errors: [{ message: 'provided sha does not match query', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }],
    },
  });
});

test('an APQ of an unknown version is a 400 with its own code', async () => {
  const body = { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } };
  expect(await production.post(body)).toEqual({
    status: 400,
    body: {
      errors: [
        { message: 'Unsupported persisted query version', extensions: { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' } },
      ],
    },
  });
});

test('an invalid 90 kB variable is quoted only in part', async () => {
  const query = 'query ($kind: WorkKind) { works(kind: $kind) { id } }';
  const response = await fetch(`${production.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { kind: 'K'.repeat(90_000) } }),
  });
  const text = await response.text();
  expect(response.status).toBe(400);
  expect(text.length).toBeLessThan(1_000);
  expect(JSON.parse(text)).toEqual({
    errors: [
      {
        message: `Variable "$kind" got invalid value "${'K'.repeat(40)}…" (90000 characters); Value "${'K'.repeat(40)}…" (90000 characters) does not exist in "WorkKind" enum.`,
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
});

test('content types are compared without regard to case', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'APPLICATION/JSON; CHARSET=UTF-8' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect([response.status, await response.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
});

describe('security headers on every response', () => {
  test.each([
    ['a GraphQL answer', '/graphql', { query: '{ __typename }' }, 200],
    ['a GraphQL error', '/graphql', { query: '{ nope }' }, 400],
    ['the health check', '/health', undefined, 200],
    ['the liveness check', '/health/live', undefined, 200],
    ['an unknown path', '/nowhere', undefined, 404],
  ])('%s: nosniff and no-store', async (_, path, body, status) => {
    const response = await fetch(`${server.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    await response.arrayBuffer();
    expect({
      status: response.status,
      nosniff: response.headers.get('x-content-type-options'),
      cache: response.headers.get('cache-control'),
    }).toEqual({ status, nosniff: 'nosniff', cache: 'no-store' });
  });
});

test('a client that aborts its upload is logged at info, not as an error', async () => {
  server.logs.length = 0;
  await new Promise<void>((resolve) => {
    const { port } = new URL(server.url);
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10000' },
    });
    request.on('error', () => resolve());
    request.write('{"query": "{ __type');
    setTimeout(() => request.destroy(), 100);
  });
  const until = Date.now() + 5_000;
  while (!server.logs.some((line) => line.includes('aborted')) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const levels = server.logs.map((line) => (JSON.parse(line) as { level: number; msg: string }).level);
  expect(server.logs.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
    'request aborted by the client',
  ]);
  expect(levels).toEqual([30]);
});

test('after a 413 the connection closes at once and the rest of a chunked upload is not read', async () => {
  const { socket, received, closed } = await openSocket(Number(new URL(server.url).port));
  socket.write(
    'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\n\r\n',
  );
  const chunk = `10000\r\n${'x'.repeat(0x10000)}\r\n`;
  let stopped = false;
  const pump = (): void => {
    while (!stopped && socket.write(chunk));
    if (!stopped) socket.once('drain', pump);
  };
  socket.on('error', () => (stopped = true));
  pump();
  const answeredAt = await within(
    new Promise<number>((resolve) => {
      const started = Date.now();
      const check = (): void =>
        void (received().includes('\r\n\r\n') ? resolve(Date.now() - started) : setTimeout(check, 10));
      check();
    }),
    5_000,
  );
  const closedAt = await within(closed, 5_000);
  stopped = true;
  socket.destroy();
  expect({
    status: received().split('\r\n')[0],
    connectionClose: /\r\nconnection: close\r\n/i.test(received()),
    closedWithin2sOfTheAnswer:
      typeof answeredAt === 'number' && typeof closedAt === 'number' && closedAt - answeredAt < 2_000,
  }).toEqual({ status: 'HTTP/1.1 413 Payload Too Large', connectionClose: true, closedWithin2sOfTheAnswer: true });
});
