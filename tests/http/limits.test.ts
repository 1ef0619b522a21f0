import { startStubServer } from '../helpers/stub-server';
import type { TestServer } from '../helpers/app-server';

let server: TestServer;
beforeAll(async () => {
  server = await startStubServer();
});
afterAll(() => server.close());

const nested = (depth: number): string =>
  `{ works { ${'adaptations { '.repeat(depth - 2)}id ${'} '.repeat(depth - 2)}} }`;

test('a query 20 deep is refused as GRAPHQL_VALIDATION_FAILED naming the limit, and the next query is served', async () => {
  server.queries.length = 0;
  const { status, body } = await server.post({ query: nested(20) });
  expect(status).toBe(400);
  expect(body.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  expect(body.errors?.map((error) => error.message)).toContainEqual(
    expect.stringMatching(/depth limit of 10 exceeded, found 20/i),
  );
  expect(server.queries).toEqual([]);
  expect(await server.post({ query: nested(5) })).toMatchObject({ status: 200 });
});

test('30 aliases are refused', async () => {
  const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: work(id: "x") { id }`).join(' ')} }`;
  const { status, body } = await server.post({ query });
  expect(status).toBe(400);
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(body.errors?.[0]?.message).toMatch(/aliases limit of 15/i);
});

test('100 aliased node() lookups are refused before any Cypher runs', async () => {
  server.queries.length = 0;
  const query = `{ ${Array.from({ length: 100 }, (_, i) => `n${i}: node(id: "nam-yoon-su") { id }`).join(' ')} }`;
  const { status } = await server.post({ query });
  expect(status).toBe(400);
  expect(server.queries).toEqual([]);
});

test('an expensive query is refused by cost', async () => {
  // Each page of 100 credits multiplies the cost of what is asked of every credit.
  const query = `{ works { credits(first: 100) { nodes { person { credits { work { title characters { name counterparts { name } } } } } } } } }`;
  server.queries.length = 0;
  const { status, body } = await server.post({ query });
  expect(status).toBe(400);
  expect(body.errors?.[0]?.message).toMatch(/Cost limit of 25000 exceeded/i);
  expect(server.queries).toEqual([]);
});

test('a 5,000-token document is a 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
  const query = `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`;
  const { status, body } = await server.post({ query });
  expect(status).toBe(400);
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(body.errors?.[0]?.message).toMatch(/2000 tokens/);
});

test('a JSON array (a batch) is a 400: batching is off', async () => {
  const { status } = await server.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
  expect(status).toBe(400);
});

test('a mutation over GET is a 405', async () => {
  const query = encodeURIComponent('mutation { addSource(input: { title: "x" }) { id } }');
  const response = await fetch(`${server.url}/graphql?query=${query}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  expect(response.status).toBe(405);
});

test('a text/plain POST is refused by CSRF prevention', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/CSRF/i);
});

test('CORS: a listed origin is allowed, others get no allow header', async () => {
  const strict = await startStubServer({ env: { CORS_ORIGINS: 'https://allowed.example' } });
  try {
    const preflight = (origin: string) =>
      fetch(`${strict.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://allowed.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const other = await preflight('https://elsewhere.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  } finally {
    await strict.close();
  }
});

describe('production mode', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startStubServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => production.close());

  test('has no introspection, no Sandbox and no field suggestions', async () => {
    const introspection = await production.post({ query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(JSON.stringify(introspection.body)).toMatch(/introspection/i);
    const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
    const typo = await production.post({ query: '{ workz { id } }' });
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  test('keeps introspection when INTROSPECTION=true', async () => {
    const open = await startStubServer({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
    try {
      expect((await open.post({ query: '{ __schema { queryType { name } } }' })).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
    } finally {
      await open.close();
    }
  });
});
