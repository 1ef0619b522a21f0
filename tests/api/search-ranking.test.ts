import { startTestServer, type TestServer } from '../helpers/test-graph';

type Match = 'EXACT' | 'PREFIX' | 'FUZZY';
interface Edge {
  cursor: string;
  match: Match;
  score: number;
  node: { __typename: string; id: string; name?: string };
}
interface Found {
  search: { totalCount?: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const RANK: Record<Match, number> = { EXACT: 3, PREFIX: 2, FUZZY: 1 };
const EDGES = `edges { cursor match score node { __typename ... on Person { id name } ... on Character { id name } ... on Work { id } ... on Organization { id } ... on Place { id } ... on Song { id } ... on Episode { id } } }`;
const PAGE = `query ($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) { ${EDGES} pageInfo { hasNextPage endCursor } } }`;
const COUNTED = `query ($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) { totalCount ${EDGES} pageInfo { hasNextPage endCursor } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function search(query: string, variables: Record<string, unknown>): Promise<Found['search']> {
  const body = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return (body.data as unknown as Found).search;
}

/** Every hit of the text, page by page, as an operation that does (or does not) count them sees it. */
async function allHits(q: string, counted: boolean, first = 7): Promise<{ edges: Edge[]; totals: number[] }> {
  const edges: Edge[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const found = await search(counted ? COUNTED : PAGE, { q, first, after });
    edges.push(...found.edges);
    if (found.totalCount !== undefined) totals.push(found.totalCount);
    if (!found.pageInfo.hasNextPage) break;
    after = found.pageInfo.endCursor;
  }
  return { edges, totals };
}

function expectRanked(edges: Edge[]): void {
  edges.forEach((edge, i) => {
    const next = edges[i + 1];
    if (!next) return;
    expect(RANK[edge.match]).toBeGreaterThanOrEqual(RANK[next.match]);
    if (edge.match === next.match) expect(edge.score).toBeGreaterThanOrEqual(next.score);
  });
}

test.each(['sim gyuho', 'Gyu Ho', 'Shim Gyu-ho', 'young', 'go', 'sim gyuhp', 'Jin Ho-eun'])(
  'search("%s"): exact hits, then prefix hits, then fuzzy ones, each by score; the count is every hit',
  async (q) => {
    const paged = await allHits(q, false);
    const counted = await allHits(q, true);
    expect(paged.edges.length).toBeGreaterThan(0);
    expectRanked(paged.edges);
    // Asking for the count changes neither the hits nor their order, and the count is exact.
    expect(counted.edges.map((e) => [e.node.id, e.match])).toEqual(paged.edges.map((e) => [e.node.id, e.match]));
    for (const total of counted.totals) expect(total).toBe(counted.edges.length);
    expect(new Set(paged.edges.map((e) => e.node.id)).size).toBe(paged.edges.length);
  },
);

test('the whole name, however written, is the first exact hit', async () => {
  for (const q of ['sim gyuho', 'SimGyuho', 'Sim Gyu-ho']) {
    const [top] = (await search(PAGE, { q, first: 3 })).edges;
    expect(top).toMatchObject({ match: 'EXACT', score: 1000, node: { __typename: 'Character', name: 'Sim Gyu-ho' } });
  }
});

test('a word that only begins a name is a prefix hit, below every exact hit', async () => {
  const { edges } = await allHits('gyu', false, 50);
  const gyuho = edges.find((edge) => edge.node.name === 'Sim Gyu-ho');
  // "Gyu-ho" is indexed as the terms "gyu" and "ho".
  expect(gyuho?.match).toBe('EXACT');
  const prefixOnly = await search(PAGE, { q: 'gyuh', first: 10 });
  const hit = prefixOnly.edges.find((edge) => edge.node.name === 'Sim Gyu-ho');
  // "gyuh" is none of the name's terms, only the beginning of one.
  expect(hit?.match).toBe('PREFIX');
});

test('a typo finds the name only as a fuzzy hit', async () => {
  const { edges } = await allHits('simgyuhp', false);
  const hit = edges.find((edge) => edge.node.name === 'Sim Gyu-ho');
  expect(hit?.match).toBe('FUZZY');
  expect(edges.every((edge) => edge.match === 'FUZZY')).toBe(true);
});
