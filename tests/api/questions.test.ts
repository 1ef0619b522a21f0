import { startTestServer, type TestServer } from '../helpers/test-graph';

/** shared/questions.md, asked over POST /graphql against the seeded graph. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface PortrayalRow {
  actor: { name: string };
  character: { name: string };
  work: { kind: string; year: number };
  sources: Array<{ id: string }>;
}

/** A connection as the questions select it: its page of nodes. */
type Page<T> = { nodes: T[] };
const nodesOf = <T>(page: Page<T> | null | undefined): T[] => page?.nodes ?? [];

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const PORTRAYALS = `query ($name: String!) {
  portrayals(character: $name) { actor { name } character { name } work { kind year } sources { id } }
  character(name: $name) { name work { kind } counterparts { name work { kind } portrayals { actor { name } } } }
}`;

test('1. which actors played Go Young across adaptations', async () => {
  const data = await ask<{
    portrayals: PortrayalRow[];
    character: { counterparts: Array<{ name: string; work: { kind: string }; portrayals: unknown[] }> };
  }>(PORTRAYALS, { name: 'Go Young' });
  const answer = data.portrayals.map((p) => [p.actor.name, p.character.name, p.work.kind, p.work.year]);
  expect(answer).toEqual(
    expect.arrayContaining([
      ['Nam Yoon-su', 'Go Young', 'SERIES', 2024],
      ['Noh Sang-hyun', 'Jang Heung-soo', 'FILM', 2024],
    ]),
  );
  expect(answer).toHaveLength(2);
  for (const portrayal of data.portrayals) expect(portrayal.sources.length).toBeGreaterThan(0);
  const novel = data.character.counterparts.find((c) => c.work.kind === 'NOVEL');
  expect(novel).toMatchObject({ name: 'Young', portrayals: [] });
});

test('2. who played Jae-hee across adaptations', async () => {
  const data = await ask<{ portrayals: PortrayalRow[] }>(PORTRAYALS, { name: 'Jae-hee' });
  const answer = data.portrayals.map((p) => [p.actor.name, p.character.name, p.work.kind]);
  expect(answer).toHaveLength(2);
  expect(answer).toEqual(
    expect.arrayContaining([
      ['Kim Go-eun', 'Goo Jae-hee', 'FILM'],
      ['Lee Soo-kyung', expect.stringContaining('Mi-ae'), 'SERIES'],
    ]),
  );
});

test('3. who directed each pair of episodes of the series', async () => {
  const data = await ask<{ works: Array<{ episodes: Array<{ number: number; directors: Array<{ name: string }> }> }> }>(
    `{ works(kind: SERIES) { episodes { number directors { name } } } }`,
  );
  const directors = Object.fromEntries(
    (data.works[0]?.episodes ?? []).map((e) => [e.number, e.directors.map((d) => d.name)]),
  );
  expect(directors).toEqual({
    1: ['Son Tae-gyum'],
    2: ['Son Tae-gyum'],
    3: ['Hur Jin-ho'],
    4: ['Hur Jin-ho'],
    5: ['Hong Ji-young'],
    6: ['Hong Ji-young'],
    7: ['Kim Se-in'],
    8: ['Kim Se-in'],
  });
});

test('4. on which works Park Sang-young is credited, and as what', async () => {
  const data = await ask<{ person: { credits: Array<{ role: string; work: { kind: string } }> } }>(
    `{ person(name: "Park Sang-young") { credits { role work { kind } } } }`,
  );
  expect(data.person.credits.map((c) => [c.work.kind, c.role])).toEqual([
    ['NOVEL', 'AUTHOR'],
    ['SERIES', 'SCREENWRITER'],
  ]);
});

test('5. who translated the novel into English', async () => {
  const data = await ask<{ works: Array<{ credits: { nodes: Array<{ person: { name: string } }> } }> }>(
    `{ works(kind: NOVEL) { credits(role: TRANSLATOR) { nodes { person { name } } } } }`,
  );
  expect(data.works.flatMap((w) => w.credits.nodes.map((c) => c.person.name))).toEqual(['Anton Hur']);
});

test('6. who directed the film, and under which name', async () => {
  const data = await ask<{
    works: Array<{ credits: { nodes: Array<{ person: { name: string; aliases: string[] }; creditedAs: string }> } }>;
  }>(`{ works(kind: FILM) { credits(role: DIRECTOR) { nodes { person { name aliases } creditedAs } } } }`);
  const [credit] = data.works[0]?.credits.nodes ?? [];
  expect(credit?.person.name).toBe('Lee Eon-hee');
  expect(credit?.creditedAs).toBe('E.oni');
  expect(credit?.person.aliases).toContain('E.oni');
});

test('7. the series’ original song, its singer and where it is used', async () => {
  const data = await ask<{
    works: Array<{
      songs: Array<{
        title: string;
        album: string;
        releaseDate: string;
        performers: Array<{ name: string }>;
        lyricists: Array<{ name: string }>;
        episodes: Array<{ number: number }>;
        sources: unknown[];
      }>;
    }>;
  }>(
    `{ works(kind: SERIES) { songs { title album releaseDate performers { name } lyricists { name } episodes { number } sources { id } } } }`,
  );
  const [song] = data.works[0]?.songs ?? [];
  expect(song).toMatchObject({
    title: 'Erotic Joke',
    album: expect.stringContaining('Pastel'),
    releaseDate: '2024-10-24',
    performers: [{ name: 'Suran' }],
    episodes: [{ number: 5 }],
  });
  expect(song?.lyricists.map((l) => l.name)).toContain('Hong Ji-young');
  expect(song?.sources.length).toBeGreaterThan(0);
});

test('8. when the film was released in South Korea: every claim with its sources', async () => {
  const data = await ask<{
    works: Array<{
      releaseDate: string;
      releaseClaims: Page<{
        value: string;
        preferred: boolean;
        rank: string;
        reason: string | null;
        sources: unknown[];
      }>;
      premiere: Page<{ value: string; sources: unknown[] }>;
    }>;
  }>(`{ works(kind: FILM) {
    releaseDate
    releaseClaims: claims(property: "releaseDate") { nodes { value preferred rank reason sources { id } } }
    premiere: claims(property: "premiereDate") { nodes { value sources { id } } }
  } }`);
  const [film] = data.works.map((work) => ({
    ...work,
    releaseClaims: nodesOf(work.releaseClaims),
    premiere: nodesOf(work.premiere),
  }));
  expect(film?.releaseDate).toBe('2024-10-01');
  const values = film?.releaseClaims.map((c) => c.value) ?? [];
  expect(values).toEqual(expect.arrayContaining(['2024-10-01', '2024-10-02', '2024-10-08']));
  expect(film?.releaseClaims.filter((c) => c.preferred).map((c) => c.value)).toEqual(['2024-10-01']);
  expect(film?.releaseClaims.find((c) => c.preferred)?.reason).toBeTruthy();
  for (const claim of film?.releaseClaims ?? []) expect(claim.sources.length).toBeGreaterThan(0);
  expect(film?.premiere.map((c) => c.value)).toContain('2024-09-13');
});

test.each(['Shim Gyu-ho', 'Gyu Ho', 'sim gyuho'])(
  '9. search("%s") finds Sim Gyu-ho, played by Jin Ho-eun',
  async (query) => {
    const data = await ask<{
      search: {
        nodes: Array<{
          __typename: string;
          id: string;
          name?: string;
          portrayals?: Array<{ actor: { name: string } }>;
        }>;
      };
    }>(
      `query ($q: String!) { search(query: $q, first: 5) { nodes { __typename ... on Character { id name portrayals { actor { name } } } } } }`,
      {
        q: query,
      },
    );
    const hit = data.search.nodes.find((n) => n.name === 'Sim Gyu-ho');
    expect(hit).toMatchObject({ __typename: 'Character', portrayals: [{ actor: { name: 'Jin Ho-eun' } }] });
    if (query === 'Shim Gyu-ho') expect(data.search.nodes[0]?.name).toBe('Sim Gyu-ho');
  },
);

test('10. how Kim Go-eun is connected to Nam Yoon-su', async () => {
  const data = await ask<{
    path: { length: number; nodes: Array<{ id: string }>; edges: Array<{ from: string; to: string; type: string }> };
  }>(`{ path(from: "kim-go-eun", to: "nam-yoon-su") { length nodes { id } edges { from to type } } }`);
  const { nodes, edges, length } = data.path;
  expect(nodes[0]?.id).toBe('kim-go-eun');
  expect(nodes.at(-1)?.id).toBe('nam-yoon-su');
  expect(edges).toHaveLength(length);
  expect(length).toBeGreaterThanOrEqual(2);
  edges.forEach((edge, i) => {
    expect(edge.type).toMatch(/^[A-Z_]+$/);
    expect([edge.from, edge.to].sort()).toEqual([nodes[i]?.id, nodes[i + 1]?.id].sort());
  });
});

test('11. which year-end lists named the series', async () => {
  const data = await ask<{
    works: Array<{ rankings: Array<{ list: string; year: number; publisher: { name: string } }> }>;
  }>(`{ works(kind: SERIES) { rankings(kind: YEAR_END_LIST) { list year publisher { name } } } }`);
  const lists = (data.works[0]?.rankings ?? []).map((r) => `${r.publisher.name}: ${r.list}`).sort();
  expect(lists).toHaveLength(4);
  expect(lists).toEqual([
    expect.stringMatching(/^Cine21: Top 10 Series of 2024$/),
    expect.stringMatching(/^Teen Vogue: 13 Best BL Dramas of 2024$/),
    expect.stringMatching(/^Teen Vogue: 13 Best K-Dramas of 2024$/),
    expect.stringMatching(/^Time.*: (The )?10 Best K-Dramas of 2024$/),
  ]);
});

test('12. what happened around the series’ release', async () => {
  const data = await ask<{
    works: Array<{
      events: Page<{
        kind: string;
        date: string;
        title: string;
        participants: Array<{ id: string }>;
        sources: unknown[];
      }>;
      pattern: Page<{ value: string; preferred: boolean }>;
    }>;
  }>(`{ works(kind: SERIES) {
    events(first: 100) { nodes { kind date title participants { id } sources { id } } }
    pattern: claims(property: "releasePattern") { nodes { value preferred } }
  } }`);
  const [series] = data.works.map((work) => ({ events: nodesOf(work.events), pattern: nodesOf(work.pattern) }));
  const events = series?.events ?? [];
  const protests = events.filter((e) => e.kind === 'PROTEST').map((e) => e.date);
  expect(protests).toEqual(expect.arrayContaining(['2024-10-14', '2024-10-21']));
  const officeProtest = events.find((e) => e.kind === 'PROTEST' && e.date === '2024-10-21');
  expect(officeProtest?.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['tving', 'cj-group']));
  const trailers = events.filter((e) => /trailer/i.test(e.title) && e.kind === 'CONTROVERSY');
  expect(trailers.length).toBeGreaterThanOrEqual(2);
  expect(events.find((e) => e.kind === 'RELEASE' && e.date === '2024-10-21')).toBeDefined();
  for (const event of events) expect(event.sources.length).toBeGreaterThan(0);
  const preferred = series?.pattern.find((c) => c.preferred);
  expect(preferred?.value).toMatch(/all eight/i);
  expect(series?.pattern.some((c) => !c.preferred && /two episodes/i.test(c.value))).toBe(true);
});
