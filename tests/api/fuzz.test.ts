import { startTestServer, type TestServer } from '../helpers/test-graph';

/**
 * Ten thousand generated and mutated requests: whatever arrives, the server answers with a
 * client error or data, never a 5xx, and keeps serving. Deterministic: a seeded generator.
 */
const COUNT = 10_000;
const CONCURRENCY = 8;

const CORPUS = [
  '{ portrayals(character: "Go Young") { actor { name } character { name work { kind } } sources { id } } }',
  'query ($n: String!) { person(name: $n) { id credits { role work { title } character { name } } } }',
  '{ works(kind: SERIES) { episodes { number directors { name } songs { title } } rankings(kind: YEAR_END_LIST) { list } } }',
  '{ search(query: "sim gyuho", first: 5, after: null) { totalCount nodes { __typename ... on Character { id } } pageInfo { endCursor } } }',
  '{ path(from: "kim-go-eun", to: "nam-yoon-su", maxLength: 6) { length edges { type from to } nodes { id } } }',
  '{ work(title: "Love in the Big City") { id claims(property: "releaseDate") { nodes { value preferred sources { url } } } credits(first: 3) { edges { cursor } } } }',
  '{ node(id: "erotic-joke") { ... on Song { title performers { name } episodes { number } } } }',
  'mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }',
  'query Q($id: ID!) { character(id: $id) { counterparts { name } counterpartLinks { sources { id } } } }',
  '{ __schema { types { name } } }',
];
const FRAGMENTS = [
  '{',
  '}',
  '(',
  ')',
  '...',
  '@include(if: true)',
  '$x',
  '"',
  '\\u0000',
  '#',
  ',',
  'query',
  'mutation',
  'fragment F on Work { id }',
  ':',
  '!',
  '[',
  ']',
  '__typename',
  'first: -1',
  'first: 99999999999',
  'maxLength: 11',
  '"\\ud800"',
  '🙂',
  'id: 1.5',
];
const VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x'.repeat(5_000),
  'Go Young',
  '고영',
  [],
  {},
  { a: { b: { c: [] } } },
  true,
  "' OR 1=1 //",
  'nam-yoon-su',
];

function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRequest(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const roll = random();
  if (roll < 0.05)
    return pick([
      '',
      'null',
      '[]',
      '[{"query":"{__typename}"}]',
      '{"query": 5}',
      '{"query":',
      '"{ works { id } }"',
      '{"query":"{ __typename }","variables":"x"}',
    ]);
  let query = pick(CORPUS);
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (query.length + 1));
    const kind = random();
    if (kind < 0.35) query = query.slice(0, at) + query.slice(at + 1 + Math.floor(random() * 8));
    else if (kind < 0.75) query = query.slice(0, at) + pick(FRAGMENTS) + query.slice(at);
    else if (kind < 0.9) query = query.slice(0, at) + query.slice(at, at + 12).repeat(2) + query.slice(at + 12);
    // else: leave this one valid
  }
  const variables: Record<string, unknown> = {};
  for (const name of ['n', 'id', 'input', 'x']) if (random() < 0.5) variables[name] = pick(VALUES);
  const body: Record<string, unknown> = { query, variables };
  if (random() < 0.1) body.operationName = pick(['Q', '', null, 7]);
  return JSON.stringify(body);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { API_KEYS: 'fuzz:reader:fuzz-reader-key-0123' } });
});
afterAll(() => server.close());

test(`${COUNT} generated and mutated requests never get a 5xx`, async () => {
  const random = generator(20241021);
  const bodies = Array.from({ length: COUNT }, () => makeRequest(random));
  const statuses = new Map<number, number>();
  const fiveHundreds: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++] as string;
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer fuzz-reader-key-0123' },
          body,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 && fiveHundreds.length < 5) fiveHundreds.push(body);
      }
    }),
  );
  expect(fiveHundreds).toEqual([]);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(COUNT);
  expect(statuses.get(200)).toBeGreaterThan(100);
  expect(statuses.get(400)).toBeGreaterThan(100);
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
}, 600_000);
