import { startTestServer, type TestServer } from '../helpers/test-graph';

/**
 * Reads fetch only what the query selects (src/graphql/selection-projection.ts). These tests
 * check that narrowing never changes an answer, and that it does narrow what Neo4j is asked for.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const SERIES = 'love-in-the-big-city-series';

describe('selection-aware reads', () => {
  it('asks Neo4j only for the properties selected on each type', async () => {
    server.queries.length = 0;
    await data(`{ person(id: "nam-yoon-su") { name credits { role work { title } } } }`);
    const properties = server.queries.map((event) => event.params.properties as Record<string, string[]>);
    expect(properties.length).toBeGreaterThan(0);
    for (const byType of properties) {
      expect(byType.Person).toEqual(['name']);
      expect(byType.Work).toEqual(['title']);
      expect(byType.Character).toEqual([]);
    }
    expect(server.queries.every((event) => event.params.withSources === false)).toBe(true);
    expect(server.queries.every((event) => event.params.withRevision === false)).toBe(true);
  });

  it('gives the same values whether a field is asked for alone or with everything else', async () => {
    const narrow = await data<{ work: { year: number } }>(`{ work(id: "${SERIES}") { year } }`);
    const wide = await data<{ work: Record<string, unknown> }>(
      `{ work(id: "${SERIES}") { title nativeTitle kind year releaseDate genres episodeCount description } }`,
    );
    expect(narrow.work.year).toBe(wide.work.year);
    expect(wide.work).toMatchObject({ kind: 'SERIES', year: 2024, episodeCount: 8 });
    expect(wide.work.genres).toEqual(expect.any(Array));
  });

  it('filters by kind without the query selecting kind', async () => {
    const query = (fields: string) =>
      data<{ work: { rankings: Array<{ list: string; kind?: string }> } }>(
        `{ work(id: "${SERIES}") { rankings(kind: YEAR_END_LIST) { ${fields} } } }`,
      );
    const without = (await query('list')).work.rankings.map((r) => r.list);
    const withKind = await query('list kind');
    expect(without.length).toBeGreaterThan(0);
    expect(without).toEqual(withKind.work.rankings.map((r) => r.list));
    expect(withKind.work.rankings.every((r) => r.kind === 'YEAR_END_LIST')).toBe(true);
  });

  it('returns relationship sources and curation stamps when they are selected', async () => {
    const result = await data<{
      portrayals: Array<{ sources: Array<{ id: string; title: string }>; revision: unknown }>;
    }>(`{ portrayals(character: "Go Young") { sources { id title } revision { createdBy } } }`);
    expect(result.portrayals.length).toBeGreaterThan(1);
    for (const portrayal of result.portrayals) {
      expect(portrayal.sources.length).toBeGreaterThan(0);
      for (const source of portrayal.sources) expect(source.title).toEqual(expect.any(String));
      // Seed links are made by the seed load.
      expect(portrayal.revision).toEqual({ createdBy: 'seed' });
    }
  });

  it('answers abstract selections with each concrete type’s fields', async () => {
    const result = await data<{ search: { nodes: Array<{ __typename: string; name?: string; title?: string }> } }>(
      `{ search(query: "love in the big city", first: 20) { nodes { __typename ... on Work { title } ... on Person { name } } } }`,
    );
    const works = result.search.nodes.filter((node) => node.__typename === 'Work');
    expect(works.length).toBeGreaterThan(0);
    for (const work of works) expect(work.title).toEqual(expect.any(String));
  });

  it('fetches only the parts of a bundle the query asks for, and each part still answers alone', async () => {
    server.queries.length = 0;
    const credits = await data<{ person: { credits: Array<{ role: string }>; portrayals?: unknown } }>(
      `{ person(id: "nam-yoon-su") { credits { role } } }`,
    );
    expect(server.queries).toHaveLength(1);
    expect(server.queries[0]?.params).toMatchObject({ parts: { credits: true, portrayals: false } });
    expect(credits.person.credits.map((credit) => credit.role)).toContain('ACTOR');

    const portrayals = await data<{ person: { portrayals: Array<{ character: { name: string } }> } }>(
      `{ person(id: "nam-yoon-su") { portrayals { character { name } } } }`,
    );
    expect(portrayals.person.portrayals.map((p) => p.character.name)).toContain('Go Young');

    server.queries.length = 0;
    const work = await data<{ work: { characters: Array<{ name: string }>; credits?: unknown } }>(
      `{ work(id: "${SERIES}") { characters { name } } }`,
    );
    expect(server.queries).toHaveLength(1);
    expect(server.queries[0]?.params).toMatchObject({
      parts: { credits: false, characters: true, characters_counterparts: false, characters_portrayals: false },
    });
    expect(work.work.characters.map((c) => c.name)).toContain('Go Young');
  });

  it('leaves relationship provenance out of a statement unless the query selects it, with the same answer otherwise', async () => {
    type Credits = {
      work: { credits: { nodes: Array<{ role: string; person: { id: string }; confidence?: string; note?: string }> } };
    };
    const query = (fields: string) =>
      `{ work(id: "${SERIES}") { credits(first: 100) { nodes { role person { id } ${fields} } } } }`;
    server.queries.length = 0;
    const lean = await data<Credits>(query(''));
    expect(server.queries.map((event) => event.query)).not.toEqual(
      expect.arrayContaining([expect.stringContaining('confidence')]),
    );
    server.queries.length = 0;
    const full = await data<Credits>(query('confidence note'));
    expect(server.queries.some((event) => event.query.includes('confidence'))).toBe(true);
    expect(lean.work.credits.nodes).toEqual(full.work.credits.nodes.map(({ role, person }) => ({ role, person })));
    expect(
      full.work.credits.nodes.every((credit) => ['STATED', 'UNCERTAIN', 'INFERRED'].includes(credit.confidence!)),
    ).toBe(true);
    expect(full.work.credits.nodes.some((credit) => typeof credit.note === 'string')).toBe(true);
  });

  it('ranks only the page of a search that does not ask how many match, with the same hits and pages', async () => {
    type Page = {
      search: {
        totalCount?: number;
        nodes: Array<{ id: string }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const page = (after: string | null, total: boolean) =>
      data<Page>(
        `query ($after: String) { search(query: "love", first: 3, after: $after) { ${total ? 'totalCount' : ''} nodes { ... on Node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const [counted, uncounted]: [Page, Page] = await Promise.all([page(after, true), page(after, false)]);
      expect(uncounted.search.nodes).toEqual(counted.search.nodes);
      expect(uncounted.search.pageInfo).toEqual(counted.search.pageInfo);
      expect(counted.search.totalCount).toBeGreaterThan(3);
      pages += 1;
      if (!counted.search.pageInfo.hasNextPage) break;
      after = counted.search.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
  });
});
