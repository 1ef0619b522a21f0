import { reseedTestGraph, startTestServer, type TestServer } from '../helpers/test-graph';

const CURATOR_KEY = 'cache-curator-key-0123456789';
const READER_KEY = 'cache-reader-key-0123456789';
const API_KEYS = `cache-curator:curator:${CURATOR_KEY},cache-reader:reader:${READER_KEY}`;
const CACHE_ON = { RESPONSE_CACHE_MAX_BYTES: '2000000', GRAPH_VERSION_POLL_MS: '200', API_KEYS };
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

const PERSON = `query ($id: ID!) { person(id: $id) { name aliases } }`;
const UPSERT = `mutation ($input: PersonInput!) { upsertPerson(input: $input) { id name } }`;
const upsert = (server: TestServer, id: string, name: string) =>
  server.post({ query: UPSERT, variables: { input: { id, name, sources: ['seed-001'] } } }, bearer(CURATOR_KEY));

/** Statements that answered requests, leaving out the version polls. */
const answering = (server: TestServer) => server.queries.filter((event) => !event.name.startsWith('graphVersion'));
const stats = (server: TestServer) => {
  const value = server.app.responseCacheStats();
  if (!value) throw new Error('the response cache is off');
  return value;
};

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer({ env: CACHE_ON });
  b = await startTestServer({ env: CACHE_ON });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await reseedTestGraph();
});

describe('hits and misses', () => {
  const query = `query Headline($name: String!) { person(name: $name) { id name } }`;

  test('the same anonymous query is answered from memory the second time, without Neo4j', async () => {
    const before = stats(a);
    const first = await a.post({ query, variables: { name: 'Park Sang-young' } });
    const statementsAfterFirst = answering(a).length;
    const second = await a.post({ query, variables: { name: 'Park Sang-young' } });
    expect(first.body.errors).toBeUndefined();
    expect(second.body).toEqual(first.body);
    expect(stats(a).misses).toBe(before.misses + 1);
    expect(stats(a).hits).toBe(before.hits + 1);
    expect(answering(a).length).toBe(statementsAfterFirst);
    expect(stats(a).entries).toBeGreaterThan(before.entries);
  });

  test('spacing and comments do not make another key; other variables do', async () => {
    const before = stats(a);
    const spaced = `# the same operation\nquery   Headline( $name : String! ) {\n  person(name: $name) { id   name }\n}`;
    await a.post({ query: spaced, variables: { name: 'Park Sang-young' } });
    expect(stats(a).hits).toBe(before.hits + 1);
    const other = await a.post({ query, variables: { name: 'Kim Go-eun' } });
    expect(other.body.errors).toBeUndefined();
    expect(stats(a).misses).toBe(before.misses + 1);
  });
});

describe('never stale', () => {
  const id = 'test-cache-person';

  test('the writing instance answers its own write at once; another sees it once it next polls', async () => {
    // Both instances cache the answer of before the write: there is no such person yet.
    for (const server of [a, b]) {
      expect((await server.query(PERSON, { id })).data).toEqual({ person: null });
      expect((await server.query(PERSON, { id })).data).toEqual({ person: null });
    }
    const hitsBefore = stats(a).hits;
    const written = await upsert(a, id, 'Cache Person One');
    expect(written.body.errors).toBeUndefined();
    // No sleep, no poll in between: the writer's version moved when its write committed.
    expect((await a.query(PERSON, { id })).data).toEqual({ person: { name: 'Cache Person One', aliases: [] } });
    expect(stats(a).hits).toBe(hitsBefore);

    // The other instance learns of it by asking Neo4j, at most every 200 ms here.
    const pollsBefore = stats(b).versionPolls;
    let seen: unknown;
    let asked = 0;
    for (; asked < 200; asked++) {
      seen = (await b.query(PERSON, { id })).data;
      if ((seen as { person: unknown }).person !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen).toEqual({ person: { name: 'Cache Person One', aliases: [] } });
    const polls = stats(b).versionPolls - pollsBefore;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(polls).toBeLessThanOrEqual(asked + 1);
  });

  test('an instance asks Neo4j for the version at most once per interval, however many requests', async () => {
    const before = stats(b).versionPolls;
    const started = performance.now();
    for (let i = 0; i < 30; i++) expect((await b.query(PERSON, { id })).errors).toBeUndefined();
    const elapsed = performance.now() - started;
    expect(stats(b).versionPolls - before).toBeLessThanOrEqual(Math.floor(elapsed / 200) + 1);
  });

  test('a second write through the other instance is answered at once by that one too', async () => {
    await b.query(PERSON, { id });
    expect((await upsert(b, id, 'Cache Person Two')).body.errors).toBeUndefined();
    // A rename keeps the old name as an alias.
    expect((await b.query(PERSON, { id })).data).toEqual({
      person: { name: 'Cache Person Two', aliases: ['Cache Person One'] },
    });
  });
});

describe('what bypasses the cache', () => {
  const query = `{ person(name: "Park Sang-young") { id aliases } }`;

  test('a caller with credentials is answered by Neo4j every time', async () => {
    await a.post({ query }); // cached for anonymous callers
    const before = stats(a);
    const statements = answering(a).length;
    const first = await a.post({ query }, bearer(READER_KEY));
    const second = await a.post({ query }, bearer(READER_KEY));
    expect(first.body.errors).toBeUndefined();
    expect(second.body).toEqual(first.body);
    expect(stats(a).hits).toBe(before.hits);
    expect(stats(a).misses).toBe(before.misses);
    expect(stats(a).bypasses).toBe(before.bypasses + 2);
    expect(answering(a).length).toBeGreaterThan(statements + 1);
  });

  test('a mutation runs every time and is never stored', async () => {
    const before = stats(a);
    const writes = () => answering(a).filter((event) => event.mode === 'WRITE').length;
    const writesBefore = writes();
    expect((await upsert(a, 'test-cache-mutated', 'Mutated Once')).body.errors).toBeUndefined();
    expect((await upsert(a, 'test-cache-mutated', 'Mutated Once')).body.errors).toBeUndefined();
    expect(writes()).toBeGreaterThanOrEqual(writesBefore + 2);
    expect(stats(a).hits).toBe(before.hits);
    expect(stats(a).misses).toBe(before.misses);
    expect(stats(a).entries).toBeLessThanOrEqual(before.entries);
  });

  test('an answer with errors is not stored', async () => {
    const bad = `{ path(from: "no-such-entity", to: "neither", maxLength: 99) { length } }`;
    const first = await a.post({ query: bad });
    expect(first.body.errors?.length).toBeGreaterThan(0);
    const entries = stats(a).entries;
    await a.post({ query: bad });
    expect(stats(a).entries).toBe(entries);
  });
});

describe('bounded memory', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ env: { RESPONSE_CACHE_MAX_BYTES: '20000', GRAPH_VERSION_POLL_MS: '1000' } });
  });
  afterAll(() => small.close());

  test('distinct queries beyond the bound evict the least recently used answers', async () => {
    const query = `query ($q: String!) { search(query: $q, first: 5) { nodes { __typename ... on Person { name } } } }`;
    const words = ['park', 'kim', 'go', 'young', 'sang', 'love', 'city', 'seoul', 'jae', 'hee', 'noh', 'choi'];
    for (const word of words) {
      for (const suffix of ['', 'a', 'e', 'o']) {
        expect((await small.query(query, { q: `${word}${suffix}` })).errors).toBeUndefined();
      }
    }
    const after = stats(small);
    expect(after.misses).toBe(words.length * 4);
    expect(after.evictions).toBeGreaterThan(0);
    expect(after.bytes).toBeLessThanOrEqual(20_000);
    expect(after.entries).toBeLessThan(words.length * 4);
    // The oldest answer is gone: asking again is a miss, and the answer is still right.
    const again = await small.query(query, { q: 'park' });
    expect(again.errors).toBeUndefined();
    expect(stats(small).misses).toBe(after.misses + 1);
  });
});
