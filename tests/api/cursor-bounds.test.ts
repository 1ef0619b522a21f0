import { startTestServer, type TestServer } from '../helpers/test-graph';

/** Forged cursors: offsets a 32-bit list index cannot hold are bad input, not a crash in Neo4j. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production' } });
});
afterAll(() => server.close());

const forged = (offset: string): string => Buffer.from(`offset:${offset}`).toString('base64url');

test.each([
  [
    'search',
    `query ($after: String) { search(query: "go young", after: $after) { totalCount nodes { __typename } } }`,
    'search',
  ],
  [
    'a work’s credits',
    `query ($after: String) { work(id: "love-in-the-big-city-film") { credits(after: $after) { nodes { role } } } }`,
    'work.credits',
  ],
])('a forged cursor past 2^31 on %s is BAD_USER_INPUT, and nothing reaches Neo4j', async (_, query, path) => {
  for (const offset of ['2147483646', '9007199254740993', '1000000']) {
    server.queries.length = 0;
    const { status, body } = await server.post({ query, variables: { after: forged(offset) } });
    expect({ status, errors: body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) }).toEqual({
      status: 200,
      errors: [{ message: 'Argument "after": is not a cursor returned by this API', code: 'BAD_USER_INPUT' }],
    });
    if (path === 'search') expect(server.queries.filter((q) => q.query.includes('entity_names'))).toEqual([]);
  }
});

test('the last real page still pages', async () => {
  const { body } = await server.post({
    query: `query ($after: String) { search(query: "go young", first: 1, after: $after) { nodes { __typename } } }`,
    variables: { after: forged('999999') },
  });
  expect(body).toEqual({ data: { search: { nodes: [] } } });
});
