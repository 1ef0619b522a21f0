import { auditGraph } from '../../src/db/graph-audit';
import { graphCounts, reseedTestGraph, startTestServer, type TestServer } from '../helpers/test-graph';

/**
 * What a curator trying the write path would run into, each through POST /graphql: a write that
 * must be refused changes no count (nodes, relationships, revisions), and a write that is taken
 * changes only what it says.
 */

const CURATOR_KEY = 'curator-key-0123456789';
const CURATOR = 'defects-curator';
const FILM = 'love-in-the-big-city-film';

let server: TestServer;
beforeAll(async () => {
  await reseedTestGraph();
  server = await startTestServer({ env: { API_KEYS: `${CURATOR}:curator:${CURATOR_KEY}` } });
}, 120_000);
afterAll(async () => {
  await server.close();
  await reseedTestGraph();
}, 120_000);

const mutate = (query: string, variables: Record<string, unknown>) => server.query(query, variables, CURATOR_KEY);
const counts = () => graphCounts(server.executor);
async function offendersOf(fragment: string): Promise<string[] | undefined> {
  return (await auditGraph(server.executor)).find((f) => f.rule.includes(fragment))?.offenders;
}

const ADD_CLAIM = `mutation ($input: ClaimInput!) { addClaim(input: $input) { id value rank reason preferred } }`;
const claim = (property: string, value: string, extra: Record<string, unknown> = {}) =>
  mutate(ADD_CLAIM, { input: { subject: FILM, property, value, sources: ['seed-001'], ...extra } });
const preferred = { rank: 'PREFERRED', reason: 'test' };

describe('a claim must suit its property’s declared type', () => {
  test.each([
    ['year', '3000000000', /between 1800 and 2100/],
    ['year', 'abc', /a year/],
    ['year', '2024.9', /a year/],
    ['year', '99999999999999999999', /between 1800 and 2100/],
    ['releaseDate', 'not a date at all', /a date like 2024/],
    ['releaseDate', '2024-02-30', /not a calendar date/],
    ['runtimeMinutes', '-5', /between 1 and 10000/],
    ['kind', 'OPERA', /must be one of/],
  ])('%s = "%s" is refused, and nothing is written', async (property, value, message) => {
    const before = await counts();
    const body = await claim(property, value, preferred);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.value' });
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  test('an undeclared property is refused naming the field', async () => {
    const before = await counts();
    const body = await claim('yera', '2024');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.property' });
    expect(body.errors?.[0]?.message).toMatch(/a Work has no property "yera"/);
    expect(await counts()).toEqual(before);
  });

  test('after every refusal the film and the headline question still read', async () => {
    const body = await server.query(
      `{ work(id: "${FILM}") { year releaseDate runtimeMinutes } portrayals(character: "Go Young") { actor { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.work).toEqual({ year: 2024, releaseDate: '2024-10-01', runtimeMinutes: expect.any(Number) });
    expect((body.data?.portrayals as unknown[]).length).toBeGreaterThan(0);
  });

  test('a well-formed PREFERRED year is stored canonically and becomes the field', async () => {
    const body = await claim('year', ' +2025 ', preferred);
    expect(body.errors).toBeUndefined();
    expect(body.data?.addClaim).toMatchObject({ value: '2025', rank: 'PREFERRED', preferred: true });
    const read = await server.query(`{ work(id: "${FILM}") { year revision { createdBy updatedBy } } }`);
    expect(read.data?.work).toEqual({ year: 2025, revision: { createdBy: 'seed', updatedBy: `key:${CURATOR}` } });
    expect(await offendersOf('equals it')).toEqual([]);
  });
});

describe('one PREFERRED claim per property, and the field follows it', () => {
  test('a new PREFERRED release date demotes the old one and sets the field', async () => {
    const before = await server.query(`{ work(id: "${FILM}") { revision { updatedAt } } }`);
    const body = await claim('releaseDate', '2024-10-02', preferred);
    expect(body.data?.addClaim).toMatchObject({ value: '2024-10-02', rank: 'PREFERRED' });
    const read = await server.query(
      `{ work(id: "${FILM}") { releaseDate revision { updatedAt } claims(property: "releaseDate", first: 100) { nodes { value rank } } } }`,
    );
    const work = read.data?.work as {
      releaseDate: string;
      revision: { updatedAt: string };
      claims: { nodes: Array<{ value: string; rank: string }> };
    };
    expect(work.releaseDate).toBe('2024-10-02');
    expect(work.claims.nodes.filter((c) => c.rank === 'PREFERRED')).toEqual([
      { value: '2024-10-02', rank: 'PREFERRED' },
    ]);
    expect(work.claims.nodes).toContainEqual({ value: '2024-10-01', rank: 'NORMAL' });
    const stamp = (before.data?.work as { revision: { updatedAt: string } }).revision.updatedAt;
    expect(work.revision.updatedAt > stamp).toBe(true);
  });

  test('re-adding the PREFERRED value without a rank keeps its rank and reason', async () => {
    const body = await claim('releaseDate', '2024-10-02');
    expect(body.data?.addClaim).toMatchObject({ rank: 'PREFERRED', reason: 'test' });
  });

  test('demoting the PREFERRED claim of a field without naming another is refused', async () => {
    const before = await counts();
    const body = await claim('releaseDate', '2024-10-02', { rank: 'NORMAL' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.rank' });
    expect(await counts()).toEqual(before);
    const read = await server.query(`{ work(id: "${FILM}") { releaseDate } }`);
    expect(read.data?.work).toEqual({ releaseDate: '2024-10-02' });
  });

  test('re-adding a seed claim keeps its rank and its reason', async () => {
    const body = await claim('releaseDate', '2024-10-08', { sources: ['seed-002'] });
    expect(body.data?.addClaim).toMatchObject({ rank: 'DEPRECATED', reason: expect.stringMatching(/Seed 000/) });
  });

  test('concurrent PREFERRED claims of one property leave exactly one, which the field equals', async () => {
    const values = ['2024-09-28', '2024-09-29', '2024-09-30', '2024-10-04', '2024-10-05', '2024-10-06'];
    const bodies = await Promise.all(values.map((value) => claim('releaseDate', value, preferred)));
    for (const body of bodies) expect(body.errors).toBeUndefined();
    const read = await server.query(
      `{ work(id: "${FILM}") { releaseDate claims(property: "releaseDate", first: 100) { nodes { value rank } } } }`,
    );
    const work = read.data?.work as { releaseDate: string; claims: { nodes: Array<{ value: string; rank: string }> } };
    const top = work.claims.nodes.filter((c) => c.rank === 'PREFERRED');
    expect(top).toHaveLength(1);
    expect(work.releaseDate).toBe(top[0]?.value);
    expect(await offendersOf('one PREFERRED claim')).toEqual([]);
    expect(await offendersOf('equals it')).toEqual([]);
    expect(await offendersOf('updated before')).toEqual([]);
  });
});

const UPSERT_PERSON = `mutation ($input: PersonInput!) {
  upsertPerson(input: $input) { id name nativeName aliases description confidence revision { createdBy updatedBy } }
}`;

describe('a correction changes only what it says', () => {
  test('upserting a seed person with a name and a source keeps the rest, and the seed stays its creator', async () => {
    const before = await server.query(`{ person(id: "nam-yoon-su") { nativeName aliases description confidence } }`);
    const body = await mutate(UPSERT_PERSON, {
      input: { id: 'nam-yoon-su', name: 'Nam Yoon-su', sources: ['seed-001'] },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.upsertPerson).toMatchObject({
      ...(before.data?.person as object),
      revision: { createdBy: 'seed', updatedBy: expect.any(String) },
    });
    const found = await server.query(`{ person(name: "남윤수") { id } }`);
    expect(found.data).toEqual({ person: { id: 'nam-yoon-su' } });
  });

  test('a rename keeps the old name findable as an alias; an explicit null clears one field', async () => {
    const body = await mutate(UPSERT_PERSON, {
      input: { id: 'nam-yoon-su', name: 'Nam Yoonsu Renamed', description: null, sources: ['seed-001'] },
    });
    expect(body.data?.upsertPerson).toMatchObject({
      name: 'Nam Yoonsu Renamed',
      nativeName: '남윤수',
      description: null,
      aliases: expect.arrayContaining(['Nam Yoon-su']),
    });
    const found = await server.query(`{ a: person(name: "Nam Yoon-su") { id } b: person(name: "남윤수") { id } }`);
    expect(found.data).toEqual({ a: { id: 'nam-yoon-su' }, b: { id: 'nam-yoon-su' } });
  });

  test('re-adding an existing credit keeps its note and confidence', async () => {
    const CREDIT = `mutation ($input: CreditInput!) { addCredit(input: $input) { note confidence sources { id } } }`;
    const input = {
      person: 'jung-hwi',
      work: FILM,
      role: 'ACTOR',
      character: 'su-ho-film',
      sources: ['seed-001'],
    };
    const body = await mutate(CREDIT, { input });
    expect(body.errors).toBeUndefined();
    expect(body.data?.addCredit).toMatchObject({
      note: expect.stringMatching(/unsigned OTT-guide page/),
      confidence: 'UNCERTAIN',
      sources: expect.arrayContaining([{ id: 'seed-001' }]),
    });
  });

  test('a hundred upserts of one person, renamed among seven names, leave the counts of one and no name key that names nothing', async () => {
    const input = { id: 'test-many-names', name: 'Many Names 0', aliases: [], sources: ['seed-001'] };
    await mutate(UPSERT_PERSON, { input });
    const after1 = await counts();
    for (let i = 1; i < 99; i++) {
      const body = await mutate(UPSERT_PERSON, { input: { ...input, name: `Many Names ${i % 7}` } });
      expect(body.errors).toBeUndefined();
    }
    // Back to the first name, so the person's own name keys are those of the first upsert.
    await mutate(UPSERT_PERSON, { input: { ...input, name: 'Many Names 0' } });
    const after100 = await counts();
    expect(after100.nodes).toEqual(after1.nodes);
    expect(after100.relationships).toEqual(after1.relationships);
    expect(await offendersOf('names nothing')).toEqual([]);
  }, 300_000);

  test('upserting the same person again writes no revision', async () => {
    const input = { id: 'test-many-names', name: 'Many Names 0', aliases: [], sources: ['seed-001'] };
    await mutate(UPSERT_PERSON, { input });
    const before = await counts();
    for (let i = 0; i < 5; i++) await mutate(UPSERT_PERSON, { input });
    expect(await counts()).toEqual(before);
  });
});

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { id kind url fileName title } }`;

describe('sources keep their identity', () => {
  test('a seed source cannot be changed through the API', async () => {
    const before = await counts();
    const body = await mutate(ADD_SOURCE, { input: { id: 'seed-000', title: 'Hijack', url: 'https://example.org/x' } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'input.id' });
    expect(await counts()).toEqual(before);
    const read = await server.query(`{ source(id: "seed-000") { kind url fileName } }`);
    expect(read.data?.source).toEqual({ kind: 'SEED', url: null, fileName: '000_fdb0f5d0802cec3d.txt' });
  });

  test('another address under an existing id is a CONFLICT; other corrections are taken', async () => {
    const first = await mutate(ADD_SOURCE, {
      input: { id: 'test-web-source', title: 'A page', url: 'https://example.org/a' },
    });
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const moved = await mutate(ADD_SOURCE, {
      input: { id: 'test-web-source', title: 'A page', url: 'https://example.org/b' },
    });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.url' });
    expect(await counts()).toEqual(before);
    const retitled = await mutate(ADD_SOURCE, { input: { id: 'test-web-source', title: 'A page, retitled' } });
    expect(retitled.data?.addSource).toEqual({
      id: 'test-web-source',
      kind: 'WEB',
      url: 'https://example.org/a',
      fileName: null,
      title: 'A page, retitled',
    });
  });
});
