import { startTestServer, type TestServer } from '../helpers/test-graph';

/**
 * A work or person asked for by `work(id:)` or `person(id:)` with its credits, characters or
 * portrayals is answered from one bundled statement; the same entity reached through `node(id:)`
 * is answered field by field through the batched loaders. Both must give the same answer, order
 * included, for every work and every person of the seed.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { MAX_PAGE_SIZE: '100', MAX_COST: '100000' } });
});
afterAll(() => server.close());

const PROVENANCE = 'confidence note sources { id title } revision { createdBy updatedAt }';
const PORTRAYAL =
  'actor { id name } character { id name } work { id kind } episodes confidence sources { id title } revision { createdBy updatedAt }';
const CHARACTER = `id name nativeName work { id title }
  portrayals { ${PORTRAYAL} }
  counterparts { id name work { id kind year } portrayals { ${PORTRAYAL} } }`;
const CREDIT = `person { id name } work { id title } role episodes creditedAs character { id name } ${PROVENANCE}`;

const WORK_FIELDS = `id title
  credits(first: 100) { totalCount pageInfo { hasNextPage } nodes { ${CREDIT} } }
  characters { ${CHARACTER} }`;
const PERSON_FIELDS = `id name credits { ${CREDIT} } portrayals { ${PORTRAYAL} }`;

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const body = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function workIds(): Promise<string[]> {
  const kinds = ['NOVEL', 'FILM', 'SERIES', 'STORY'];
  const lists = await Promise.all(
    kinds.map((kind) =>
      data<{ works: Array<{ id: string }> }>(`query ($kind: WorkKind) { works(kind: $kind) { id } }`, { kind }),
    ),
  );
  return lists.flatMap((list) => list.works.map((work) => work.id));
}

async function personIds(works: readonly string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const id of works) {
    const { node } = await data<{ node: { credits: { nodes: Array<{ person: { id: string } }> } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Work { credits(first: 100) { nodes { person { id } } } } } }`,
      { id },
    );
    for (const credit of node.credits.nodes) ids.add(credit.person.id);
  }
  return [...ids].sort();
}

test('every work answers the same through its bundle and through the loaders', async () => {
  const ids = await workIds();
  expect(ids.length).toBeGreaterThan(4);
  for (const id of ids) {
    const bundled = await data<{ work: unknown }>(`query ($id: ID!) { work(id: $id) { ${WORK_FIELDS} } }`, { id });
    const loaded = await data<{ node: unknown }>(
      `query ($id: ID!) { node(id: $id) { ... on Work { ${WORK_FIELDS} } } }`,
      {
        id,
      },
    );
    expect({ id, answer: bundled.work }).toEqual({ id, answer: loaded.node });
  }
});

test('every credited person answers the same through the bundle and through the loaders', async () => {
  const ids = await personIds(await workIds());
  expect(ids.length).toBeGreaterThan(20);
  for (const id of ids) {
    const bundled = await data<{ person: unknown }>(`query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, {
      id,
    });
    const loaded = await data<{ node: unknown }>(
      `query ($id: ID!) { node(id: $id) { ... on Person { ${PERSON_FIELDS} } } }`,
      { id },
    );
    expect({ id, answer: bundled.person }).toEqual({ id, answer: loaded.node });
  }
});
