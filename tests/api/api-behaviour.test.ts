import { startTestServer, type TestServer } from '../helpers/test-graph';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { MAX_PAGE_SIZE: '10' } });
});
afterAll(() => server.close());

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await server.post({ query, variables });
  expect(body.errors).toHaveLength(1);
  return { status, error: body.errors?.[0], data: body.data };
}

const portrayalSet = async (name: string) => {
  const result = await data<{ portrayals: Array<{ actor: { name: string }; character: { name: string } }> }>(
    `query ($name: String!) { portrayals(character: $name) { actor { name } character { name } } }`,
    { name },
  );
  return result.portrayals.map((p) => `${p.actor.name} as ${p.character.name}`).sort();
};

describe('portrayals', () => {
  test.each(['Young', 'Go Yeong', 'Heung-soo', 'go young', 'GoYoung', '고영'])(
    '"%s" gives the same answer as "Go Young"',
    async (name) => {
      expect(await portrayalSet(name)).toEqual(await portrayalSet('Go Young'));
    },
  );

  test.each(['Mi-ae', 'Jaehee', 'Goo Jae-hee'])('"%s" gives the same answer as "Jae-hee"', async (name) => {
    expect(await portrayalSet(name)).toEqual(await portrayalSet('Jae-hee'));
  });

  test('an unknown name gives an empty list, not an error', async () => {
    expect(await portrayalSet('Nobody In Particular')).toEqual([]);
  });
});

describe('lookups by name ignore case, spaces and hyphens and accept every romanization', () => {
  test.each([
    ['Steve Noh', 'noh-sang-hyun'],
    ['E.oni', 'lee-eon-hee'],
    ['nam yun-su', 'nam-yoon-su'],
    ['sang young park', 'park-sang-young'],
    ['남윤수', 'nam-yoon-su'],
  ])('person(name: "%s") is %s', async (name, id) => {
    const result = await data<{ person: { id: string } | null }>(`query ($n: String) { person(name: $n) { id } }`, {
      n: name,
    });
    expect(result.person?.id).toBe(id);
  });

  test('work(title:) prefers the original when several works share a title', async () => {
    const result = await data<{ a: { id: string }; b: { id: string }; c: { kind: string } | null }>(
      `{ a: work(title: "love in the big-city") { id } b: work(title: "대도시의 사랑법") { id } c: work(title: "Jaehee") { kind } }`,
    );
    expect(result.a.id).toBe('love-in-the-big-city-novel');
    expect(result.b.id).toBe('love-in-the-big-city-novel');
    expect(result.c?.kind).toBe('STORY');
  });

  test('character(name:, work:) picks the character of that work', async () => {
    const result = await data<{ character: { id: string } | null }>(
      `{ character(name: "Jae-hee", work: "love-in-the-big-city-film") { id } }`,
    );
    expect(result.character?.id).toBe('goo-jae-hee-film');
  });

  test('search finds people by their Hangul name', async () => {
    const result = await data<{ search: { nodes: Array<{ id?: string }> } }>(
      `{ search(query: "김고은") { nodes { ... on Person { id } } } }`,
    );
    expect(result.search.nodes[0]?.id).toBe('kim-go-eun');
  });
});

describe('path', () => {
  test('is null when no connection fits within maxLength', async () => {
    expect(await data(`{ path(from: "kim-go-eun", to: "nam-yoon-su", maxLength: 1) { length } }`)).toEqual({
      path: null,
    });
  });

  test('above the hard cap is BAD_USER_INPUT naming maxLength', async () => {
    const { status, error } = await errorOf(
      `{ path(from: "kim-go-eun", to: "nam-yoon-su", maxLength: 11) { length } }`,
    );
    expect(status).toBe(200);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/maxLength/);
  });

  test('between unknown ids is null', async () => {
    expect(await data(`{ path(from: "kim-go-eun", to: "no-such-entity") { length } }`)).toEqual({ path: null });
  });
});

describe('unknown ids and bad arguments', () => {
  test('unknown ids give null', async () => {
    expect(
      await data(`{ node(id: "no-such-entity") { id } work(id: "no-such-work") { id } person(id: "x") { id } }`),
    ).toEqual({ node: null, work: null, person: null });
  });

  test('node() resolves any entity to its type', async () => {
    const result = await data<{ a: { __typename: string }; b: { __typename: string } }>(
      `{ a: node(id: "nam-yoon-su") { __typename } b: node(id: "seed-001") { __typename } }`,
    );
    expect(result).toEqual({ a: { __typename: 'Person' }, b: { __typename: 'Source' } });
  });

  test.each([
    ['{ person { id } }', 'id'],
    ['{ person(id: "nam-yoon-su", name: "Nam Yoon-su") { id } }', 'id'],
    ['{ search(query: "   ") { totalCount } }', 'query'],
    ['{ search(query: "Go", first: -1) { totalCount } }', 'first'],
    ['{ search(query: "Go", after: "not-a-cursor") { totalCount } }', 'after'],
  ])('%s is BAD_USER_INPUT naming "%s"', async (query, argument) => {
    const { error } = await errorOf(query);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argument).toBe(argument);
    expect(error?.message).toContain(`"${argument}"`);
  });
});

describe('pagination', () => {
  const CREDITS = `query ($after: String, $first: Int) {
    works(kind: SERIES) { credits(first: $first, after: $after) { totalCount nodes { person { id } role } pageInfo { hasNextPage endCursor } } }
  }`;
  type Page = {
    works: Array<{
      credits: {
        totalCount: number;
        nodes: Array<{ person: { id: string }; role: string }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>;
  };

  test('walks every credit exactly once, a capped page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const result: Page = await data<Page>(CREDITS, { after, first: 5 });
      const credits = result.works[0]!.credits;
      total = credits.totalCount;
      expect(credits.nodes.length).toBeLessThanOrEqual(5);
      seen.push(...credits.nodes.map((c) => `${c.person.id}/${c.role}`));
      if (!credits.pageInfo.hasNextPage) break;
      after = credits.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test('a page larger than the cap is rejected, never served', async () => {
    const { error, data: partial } = await errorOf(CREDITS, { first: 1_000_000 });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/"first".*at most 10/);
    expect(JSON.stringify(partial ?? {})).not.toContain('person');
  });
});

describe('round trips to Neo4j', () => {
  async function roundTrips(query: string): Promise<number> {
    server.queries.length = 0;
    await data(query);
    return server.queries.length;
  }

  test('the headline portrayals question takes one', async () => {
    expect(
      await roundTrips(
        `{ portrayals(character: "Go Young") { actor { name nativeName } character { name } work { title kind } episodes sources { title url } } }`,
      ),
    ).toBe(1);
  });

  test('a work with credits, characters, counterparts and portrayals takes one', async () => {
    expect(
      await roundTrips(`{ work(title: "Love in the Big City") {
        title
        credits { nodes { role person { name } character { name } sources { id } } }
        characters { name portrayals { actor { name } } counterparts { name work { title kind } portrayals { actor { name } } } }
      } }`),
    ).toBe(1);
  });

  test('a person with all credits across works takes one', async () => {
    expect(
      await roundTrips(
        `{ person(name: "Park Sang-young") { name credits { role work { title kind } character { name } sources { id } } portrayals { character { name } } } }`,
      ),
    ).toBe(1);
  });

  test('other queries take one per nesting level, however many results', async () => {
    const nested = `{ works { characters { counterparts { name } portrayals { actor { honors { nodes { prize } } } } } } }`;
    const trips = await roundTrips(nested);
    // works, characters, counterparts, portrayals, honors: five levels, for every work and character at once.
    expect(trips).toBeLessThanOrEqual(5);
    const wider = await roundTrips(
      `{ works(kind: STORY) { characters { counterparts { name } portrayals { actor { honors { nodes { prize } } } } } } }`,
    );
    expect(wider).toBeLessThanOrEqual(5);
  });
});
