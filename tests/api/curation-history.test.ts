import { auditGraph } from '../../src/db/graph-audit';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { SEED_DIR } from '../helpers/seed-files';
import { graphCounts, reseedTestGraph, startTestServer, type TestServer } from '../helpers/test-graph';

/** The revision log through the API (history, revert) and the seed loaded over curated values. */

const CURATOR_KEY = 'curator-key-0123456789';
const READER_KEY = 'reader-key-0123456789';
const CURATOR = 'history-curator';
const FILM = 'love-in-the-big-city-film';

let server: TestServer;
beforeAll(async () => {
  await reseedTestGraph();
  server = await startTestServer({
    env: { API_KEYS: `${CURATOR}:curator:${CURATOR_KEY},reader-bot:reader:${READER_KEY}` },
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await reseedTestGraph();
}, 120_000);

const mutate = (query: string, variables: Record<string, unknown>, key = CURATOR_KEY) =>
  server.query(query, variables, key);
const counts = () => graphCounts(server.executor);

interface Entry {
  id: string;
  author: string;
  at: string;
  operation: string;
  file: string | null;
  sources: string[];
  reverts: string | null;
  changes: Array<{
    kind: string;
    subject: string;
    target: string | null;
    property: string | null;
    before: string | null;
    after: string | null;
  }>;
}
const ENTRY = `id author at operation file sources reverts changes { kind subject target property before after }`;
async function history(id: string, first = 5, after?: string) {
  const body = await server.query(
    `query ($id: ID!, $first: Int, $after: String) {
      history(id: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } }
    }`,
    { id, first, after },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.history as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Entry[];
  };
}
const REVERT = `mutation ($revision: ID!) { revert(revision: $revision) { ${ENTRY} } }`;
const ADD_CLAIM = `mutation ($input: ClaimInput!) { addClaim(input: $input) { id value rank } }`;
const filmYear = async () => {
  const body = await server.query(`{ work(id: "${FILM}") { year claims(property: "year") { nodes { value rank } } } }`);
  const work = body.data?.work as { year: number; claims: { nodes: unknown[] } } | undefined;
  return work && { year: work.year, claims: work.claims.nodes };
};

describe('history', () => {
  test('the seed load is the first revision of a seed entity, by seed, with its file', async () => {
    const page = await history(FILM, 50);
    const seed = page.nodes.at(-1);
    expect(seed).toMatchObject({
      author: 'seed',
      operation: 'SEED',
      file: expect.stringMatching(/works\/film\.yaml$/),
    });
    expect(seed?.changes).toContainEqual(
      expect.objectContaining({ kind: 'FIELD', subject: FILM, property: 'year', before: null, after: '2024' }),
    );
  });

  test('every write is in history newest first, with author, sources and each value before and after', async () => {
    const body = await mutate(ADD_CLAIM, {
      input: {
        subject: FILM,
        property: 'year',
        value: '2025',
        rank: 'PREFERRED',
        reason: 'test',
        sources: ['seed-004'],
      },
    });
    expect(body.errors).toBeUndefined();
    const claimId = (body.data?.addClaim as { id: string }).id;
    const [latest] = (await history(FILM, 1)).nodes;
    expect(latest).toMatchObject({
      author: `key:${CURATOR}`,
      operation: 'ADD_CLAIM',
      sources: ['seed-004'],
      reverts: null,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(latest?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'FIELD', subject: FILM, property: 'year', before: '2024', after: '2025' }),
        expect.objectContaining({ kind: 'CLAIM', subject: FILM, target: claimId, before: null }),
      ]),
    );
    const [ofClaim] = (await history(claimId, 1)).nodes;
    expect(ofClaim?.id).toBe(latest?.id);
  });

  test('pages follow one another by cursor, newest first', async () => {
    const all = await history(FILM, 50);
    const first = await history(FILM, 1);
    const second = await history(FILM, 1, first.pageInfo.endCursor ?? undefined);
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([first.nodes[0]?.id, second.nodes[0]?.id]).toEqual([all.nodes[0]?.id, all.nodes[1]?.id]);
    expect(all.nodes.map((n) => n.at)).toEqual([...all.nodes.map((n) => n.at)].sort().reverse());
  });
});

describe('revert', () => {
  test('puts a claim’s change back as a new revision, which can itself be reverted', async () => {
    const [claimed] = (await history(FILM, 1)).nodes;
    expect(claimed?.operation).toBe('ADD_CLAIM');
    const undo = await mutate(REVERT, { revision: claimed?.id });
    expect(undo.errors).toBeUndefined();
    const undone = undo.data?.revert as Entry;
    expect(undone).toMatchObject({ operation: 'REVERT', reverts: claimed?.id, author: `key:${CURATOR}` });
    expect(await filmYear()).toEqual({ year: 2024, claims: [] });

    const redo = await mutate(REVERT, { revision: undone.id });
    expect(redo.errors).toBeUndefined();
    expect(await filmYear()).toEqual({ year: 2025, claims: [{ value: '2025', rank: 'PREFERRED' }] });
    expect((await history(FILM, 3)).nodes.map((n) => n.operation)).toEqual(['REVERT', 'REVERT', 'ADD_CLAIM']);
  });

  test('reverting a revision whose values changed since is a CONFLICT and writes nothing', async () => {
    const [redo] = (await history(FILM, 1)).nodes;
    const later = await mutate(ADD_CLAIM, {
      input: {
        subject: FILM,
        property: 'year',
        value: '2026',
        rank: 'PREFERRED',
        reason: 'test',
        sources: ['seed-004'],
      },
    });
    expect(later.errors).toBeUndefined();
    const before = await counts();
    const body = await mutate(REVERT, { revision: redo?.id });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'revision' });
    expect(await counts()).toEqual(before);
  });

  test('a created person goes when its revision is reverted, and comes back with the revert’s revert', async () => {
    const made = await mutate(`mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }`, {
      input: { id: 'test-reverted-person', name: 'Test Reverted Person', sources: ['seed-001'] },
    });
    expect(made.errors).toBeUndefined();
    const [revision] = (await history('test-reverted-person', 1)).nodes;
    const undo = await mutate(REVERT, { revision: revision?.id });
    expect(undo.errors).toBeUndefined();
    expect((await server.query(`{ person(id: "test-reverted-person") { id } }`)).data).toEqual({ person: null });
    expect((await history('test-reverted-person')).totalCount).toBe(2);
    await mutate(REVERT, { revision: (undo.data?.revert as Entry).id });
    expect((await server.query(`{ person(name: "Test Reverted Person") { id } }`)).data).toEqual({
      person: { id: 'test-reverted-person' },
    });
  });

  test('is for curators only, and an unknown revision is bad input; neither writes', async () => {
    const [latest] = (await history(FILM, 1)).nodes;
    const before = await counts();
    const reader = await mutate(REVERT, { revision: latest?.id }, READER_KEY);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await mutate(REVERT, { revision: 'rev-0-000000' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'revision' });
    expect(await counts()).toEqual(before);
  });
});

describe('the seed loaded over curation', () => {
  test('keeps every curated value, says how many it kept, and a second load is a no-op', async () => {
    const corrected = await mutate(`mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }`, {
      input: { id: 'nam-yoon-su', name: 'Nam Yoon-su', description: 'A curated description.', sources: ['seed-001'] },
    });
    expect(corrected.errors).toBeUndefined();
    const before = await server.query(`{ work(id: "${FILM}") { year } person(id: "nam-yoon-su") { description } }`);

    const first = await seedFromDirectory(server.executor, SEED_DIR);
    expect(first.kept).toBeGreaterThanOrEqual(2);
    const after = await server.query(`{ work(id: "${FILM}") { year } person(id: "nam-yoon-su") { description } }`);
    expect(after.data).toEqual(before.data);
    for (const finding of await auditGraph(server.executor))
      expect([finding.rule, finding.offenders]).toEqual([finding.rule, []]);

    const settled = await counts();
    const second = await seedFromDirectory(server.executor, SEED_DIR);
    expect(second.revisions).toBe(0);
    expect(second.kept).toBe(first.kept);
    expect(await counts()).toEqual(settled);
  });
});
