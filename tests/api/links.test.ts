import { startTestServer, type TestServer } from '../helpers/test-graph';

/** The kinds of link added to the graph are real edges, reachable from both ends through the API. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function data<T>(query: string): Promise<T> {
  const body = await server.query(query);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

test('an episode adapts a story, and the story lists the episodes that draw on it', async () => {
  const { node } = await data<{ node: { adapts: Array<{ id: string; kind: string }> } }>(
    `{ node(id: "series-episode-3") { ... on Episode { adapts { id kind } } } }`,
  );
  expect(node.adapts).toEqual([{ id: 'story-rockfish', kind: 'STORY' }]);
  const { work } = await data<{ work: { adaptedIn: Array<{ number: number }> } }>(
    `{ work(id: "story-rockfish") { adaptedIn { number } } }`,
  );
  expect(work.adaptedIn).toEqual([{ number: 3 }, { number: 4 }]);
});

test('who cast whom is a link from the director to the actor, with the work and the part', async () => {
  const { person } = await data<{
    person: {
      castBy: Array<{
        castBy: { id: string };
        work: { kind: string };
        character: { name: string } | null;
        sources: unknown[];
      }>;
    };
  }>(`{ person(id: "kwon-hyuk") { castBy { castBy { id } work { kind } character { name } sources { id } } } }`);
  expect(person.castBy).toEqual([
    {
      castBy: { id: 'son-tae-gyum' },
      work: { kind: 'SERIES' },
      character: { name: 'Kim Nam-gyu' },
      sources: [{ id: 'seed-001' }],
    },
  ]);
  const director = await data<{ person: { cast: Array<{ actor: { id: string } }> } }>(
    `{ person(id: "son-tae-gyum") { cast { actor { id } } } }`,
  );
  expect(director.person.cast).toEqual([{ actor: { id: 'kwon-hyuk' } }]);
});

test('a nomination for another film says which film, and counts among that film’s honors, not this one’s', async () => {
  const honor = 'honor-film-blue-dragon-2024-best-new-actor-nominee-kang-seung-ho';
  const { node } = await data<{
    node: { edition: number; for: Array<{ id: string; referenced: boolean }>; recipients: Array<{ id: string }> };
  }>(`{ node(id: "${honor}") { ... on Honor { edition for { id referenced } recipients { id } } } }`);
  expect(node).toEqual({
    edition: 45,
    for: [{ id: 'house-of-the-seasons-film', referenced: true }],
    recipients: [{ id: 'kang-seung-ho' }],
  });
  type Honors = { honors: { nodes: Array<{ id: string }> } };
  const works = await data<{ rival: Honors; film: Honors }>(
    `{ rival: work(id: "house-of-the-seasons-film") { honors { nodes { id } } }
       film: work(id: "love-in-the-big-city-film") { honors { nodes { id } } } }`,
  );
  expect(works.rival.honors.nodes.map((h) => h.id)).toEqual([honor]);
  expect(works.film.honors.nodes.map((h) => h.id)).not.toContain(honor);
});

test('works lists the tellings of Love in the Big City; the works it only refers to come when asked for', async () => {
  const { films, referenced, all } = await data<{
    films: Array<{ id: string }>;
    referenced: Array<{ id: string; referenced: boolean }>;
    all: Array<{ id: string }>;
  }>(
    `{ films: works(kind: FILM) { id } referenced: works(referenced: true) { id referenced } all: works(referenced: null) { id } }`,
  );
  expect(films).toEqual([{ id: 'love-in-the-big-city-film' }]);
  expect(referenced.map((w) => w.id)).toEqual(expect.arrayContaining(['exhuma-film', 'park-first-collection']));
  expect(referenced.every((w) => w.referenced)).toBe(true);
  expect(all.length).toBe(referenced.length + 3);
});

test('an edition links its book, publisher and translators, each of which lists it back', async () => {
  const id = 'edition-novel-en-us-2021-hardcover';
  const { node } = await data<{
    node: {
      work: { id: string };
      language: string;
      publisher: { id: string };
      translators: Array<{ id: string }>;
      isbn: string;
    };
  }>(`{ node(id: "${id}") { ... on Edition { work { id } language publisher { id } translators { id } isbn } } }`);
  expect(node).toEqual({
    work: { id: 'love-in-the-big-city-novel' },
    language: 'English',
    publisher: { id: 'grove-atlantic' },
    translators: [{ id: 'anton-hur' }],
    isbn: '9780802158789',
  });
  const back = await data<{
    novel: { editions: Array<{ id: string }> };
    translator: { translations: Array<{ id: string }> };
    publisher: { editions: Array<{ id: string }> };
  }>(`{ novel: work(id: "love-in-the-big-city-novel") { editions { id } }
        translator: person(id: "anton-hur") { translations { id } }
        publisher: node(id: "grove-atlantic") { ... on Organization { editions { id } } } }`);
  expect(back.novel.editions.map((e) => e.id)).toContain(id);
  expect(back.translator.translations.map((e) => e.id)).toContain(id);
  expect(back.publisher.editions.map((e) => e.id)).toContain(id);
});

test('the series was initiated by the KAFA alumni association, not produced by it', async () => {
  const { work } = await data<{
    work: { initiated: Array<{ organization: { id: string } }>; produced: Array<{ organization: { id: string } }> };
  }>(
    `{ work(id: "love-in-the-big-city-series") {
        initiated: organizations(role: INITIATED) { organization { id } }
        produced: organizations(role: PRODUCED) { organization { id } } } }`,
  );
  expect(work.initiated).toEqual([{ organization: { id: 'kafa-alumni-association' } }]);
  expect(work.produced.map((p) => p.organization.id)).not.toContain('kafa-alumni-association');
});
