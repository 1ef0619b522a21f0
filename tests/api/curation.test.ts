import { countNodesByLabel, countRelationshipsByType } from '../../src/db/graph-audit';
import { signJwt } from '../../src/auth/authenticate';
import { reseedTestGraph, startTestServer, type TestServer } from '../helpers/test-graph';

const CURATOR_KEY = 'curator-key-0123456789';
const READER_KEY = 'reader-key-0123456789';
const JWT_SECRET = 'a-test-secret-that-is-at-least-32-chars';
const CURATOR = 'curation-test-curator';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: { API_KEYS: `${CURATOR}:curator:${CURATOR_KEY},reader-bot:reader:${READER_KEY}`, JWT_SECRET },
  });
});
afterAll(async () => {
  await server.close();
  await reseedTestGraph();
});

const mutate = (query: string, variables: Record<string, unknown>, token?: string) =>
  server.query(query, variables, token);
async function counts() {
  return {
    nodes: await countNodesByLabel(server.executor),
    relationships: await countRelationshipsByType(server.executor),
  };
}

const UPSERT_PERSON = `mutation ($input: PersonInput!) {
  upsertPerson(input: $input) { id name aliases sources { id } revision { createdBy createdAt updatedBy } }
}`;
const PERSON = {
  id: 'test-curated-actor',
  name: 'Test Curated Actor',
  aliases: ['T. C. Actor'],
  sources: ['seed-001'],
};

describe('who may write', () => {
  // Without a token or with a reader's, the mutation field is null with its error; a token that
  // does not check out is refused before any operation runs, so there is no data at all.
  test.each([
    ['no token', 'UNAUTHENTICATED', undefined, { upsertPerson: null }],
    ['an unknown token', 'UNAUTHENTICATED', 'not-a-key-at-all-0000', undefined],
    ['a reader token', 'FORBIDDEN', READER_KEY, { upsertPerson: null }],
    [
      'a JWT with a bad signature',
      'UNAUTHENTICATED',
      signJwt({ sub: 'x', role: 'curator' }, 'another-secret-of-32-characters-xx'),
      undefined,
    ],
    [
      'an expired JWT',
      'UNAUTHENTICATED',
      signJwt({ sub: 'x', role: 'curator', exp: 1_000_000 }, JWT_SECRET),
      undefined,
    ],
  ])('%s gets %s and nothing is written', async (_, code, token, data) => {
    const before = await counts();
    const body = await mutate(UPSERT_PERSON, { input: PERSON }, token);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.data).toEqual(data);
    expect(await counts()).toEqual(before);
  });
});

describe('a curator', () => {
  test('writes a person with a source, readable at once, with who and when', async () => {
    const body = await mutate(UPSERT_PERSON, { input: PERSON }, CURATOR_KEY);
    expect(body.errors).toBeUndefined();
    expect(body.data?.upsertPerson).toMatchObject({
      id: 'test-curated-actor',
      name: 'Test Curated Actor',
      aliases: ['T. C. Actor'],
      sources: [{ id: 'seed-001' }],
      revision: {
        createdBy: `key:${CURATOR}`,
        updatedBy: `key:${CURATOR}`,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    });
    const read = await server.query(
      `{ person(name: "tc actor") { id } search(query: "Curated Actor") { nodes { ... on Person { id } } } }`,
    );
    expect(read.data).toEqual({
      person: { id: 'test-curated-actor' },
      search: { nodes: expect.arrayContaining([{ id: 'test-curated-actor' }]) },
    });
  });

  test('stores Cypher metacharacters in a name as plain text', async () => {
    const name = "Robert'); MATCH (n) DETACH DELETE n // `x` {$y}";
    const before = await counts();
    const body = await mutate(
      UPSERT_PERSON,
      { input: { id: 'test-metacharacters', name, sources: ['seed-001'] } },
      CURATOR_KEY,
    );
    expect(body.data?.upsertPerson).toMatchObject({ id: 'test-metacharacters', name });
    const after = await counts();
    expect(after.nodes.Person).toBe((before.nodes.Person ?? 0) + 1);
    expect(after.nodes.Work).toBe(before.nodes.Work);
  });

  test('writing the same thing twice changes nothing the second time', async () => {
    await mutate(UPSERT_PERSON, { input: PERSON }, CURATOR_KEY);
    const before = await counts();
    const body = await mutate(UPSERT_PERSON, { input: PERSON }, CURATOR_KEY);
    expect(body.errors).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  test('with a JWT curator token may write too', async () => {
    const token = signJwt(
      { sub: 'jwt-curator', role: 'curator', exp: Math.floor(Date.now() / 1000) + 600 },
      JWT_SECRET,
    );
    const body = await mutate(
      UPSERT_PERSON,
      { input: { ...PERSON, id: 'test-jwt-person', name: 'Test Jwt Person' } },
      token,
    );
    expect(body.data?.upsertPerson).toMatchObject({
      id: 'test-jwt-person',
      revision: { createdBy: 'jwt:jwt-curator' },
    });
  });

  test('an API key and a JWT subject of the same name are recorded as different authors', async () => {
    const token = signJwt({ sub: CURATOR, role: 'curator', exp: Math.floor(Date.now() / 1000) + 600 }, JWT_SECRET);
    const input = { ...PERSON, id: 'test-two-authors', name: 'Test Two Authors' };
    await mutate(UPSERT_PERSON, { input }, CURATOR_KEY);
    const body = await mutate(UPSERT_PERSON, { input: { ...input, aliases: ['T. T. Authors'] } }, token);
    expect(body).toEqual({
      data: {
        upsertPerson: {
          id: 'test-two-authors',
          name: 'Test Two Authors',
          aliases: ['T. T. Authors'],
          sources: [{ id: 'seed-001' }],
          revision: {
            createdBy: `key:${CURATOR}`,
            createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
            updatedBy: `jwt:${CURATOR}`,
          },
        },
      },
    });
  });

  test('a JWT without exp, or with markup as its subject, writes nothing', async () => {
    const before = await counts();
    for (const claims of [
      { sub: 'forever', role: 'curator' },
      { sub: '<b>x</b>', role: 'curator', exp: Math.floor(Date.now() / 1000) + 600 },
    ]) {
      const body = await mutate(UPSERT_PERSON, { input: PERSON }, signJwt(claims, JWT_SECRET));
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await counts()).toEqual(before);
  });

  test('adds a character, links it to the novel’s Young and credits an actor: portrayals follow at once', async () => {
    await mutate(UPSERT_PERSON, { input: PERSON }, CURATOR_KEY);
    const character = await mutate(
      `mutation ($input: CharacterInput!) { upsertCharacter(input: $input) { id work { id } } }`,
      {
        input: {
          id: 'test-young-stage',
          name: 'Test Stage Young',
          work: 'love-in-the-big-city-film',
          sources: ['seed-004'],
        },
      },
      CURATOR_KEY,
    );
    expect(character.data?.upsertCharacter).toEqual({
      id: 'test-young-stage',
      work: { id: 'love-in-the-big-city-film' },
    });
    const link = await mutate(
      `mutation ($input: CounterpartInput!) { linkCounterparts(input: $input) { counterpartLinks { character { id } sources { id } } } }`,
      { input: { a: 'test-young-stage', b: 'young-novel', confidence: 'INFERRED', sources: ['seed-004'] } },
      CURATOR_KEY,
    );
    expect(link.errors).toBeUndefined();
    const credit = await mutate(
      `mutation ($input: CreditInput!) { addCredit(input: $input) { role person { id } character { id } revision { createdBy } } }`,
      {
        input: {
          person: 'test-curated-actor',
          work: 'love-in-the-big-city-film',
          role: 'ACTOR',
          character: 'test-young-stage',
          sources: ['seed-004'],
        },
      },
      CURATOR_KEY,
    );
    expect(credit.data?.addCredit).toEqual({
      role: 'ACTOR',
      person: { id: 'test-curated-actor' },
      character: { id: 'test-young-stage' },
      revision: { createdBy: `key:${CURATOR}` },
    });
    const answer = await server.query(`{ portrayals(character: "Go Young") { actor { id } character { id } } }`);
    expect(answer.data?.portrayals).toContainEqual({
      actor: { id: 'test-curated-actor' },
      character: { id: 'test-young-stage' },
    });
  });

  test('adds a review, a ranking, an honor and competing claims', async () => {
    const review = await mutate(
      `mutation ($input: ReviewInput!) { addReview(input: $input) { id stance work { id } outlet { id } } }`,
      {
        input: {
          work: 'love-in-the-big-city-series',
          outlet: 'cine21',
          stance: 'POSITIVE',
          summary: 'Praises the four directors’ handling of one life in four moods.',
          date: '2024-11',
          sources: ['seed-001'],
        },
      },
      CURATOR_KEY,
    );
    expect(review.errors).toBeUndefined();
    expect(review.data?.addReview).toMatchObject({
      stance: 'POSITIVE',
      work: { id: 'love-in-the-big-city-series' },
      outlet: { id: 'cine21' },
    });
    const ranking = await mutate(
      `mutation ($input: RankingInput!) { addRanking(input: $input) { kind list year rank } }`,
      {
        input: {
          work: 'love-in-the-big-city-series',
          publisher: 'cine21',
          kind: 'CHART',
          list: 'Test chart',
          year: 2024,
          rank: 3,
          sources: ['seed-001'],
        },
      },
      CURATOR_KEY,
    );
    expect(ranking.data?.addRanking).toEqual({ kind: 'CHART', list: 'Test chart', year: 2024, rank: 3 });
    const honor = await mutate(
      `mutation ($input: HonorInput!) { addHonor(input: $input) { prize result recipients { id } } }`,
      {
        input: {
          prize: 'Test Prize',
          year: 2025,
          result: 'NOMINATED',
          recipients: ['test-curated-actor'],
          sources: ['seed-001'],
        },
      },
      CURATOR_KEY,
    );
    expect(honor.data?.addHonor).toEqual({
      prize: 'Test Prize',
      result: 'NOMINATED',
      recipients: [{ id: 'test-curated-actor' }],
    });
    const claim = (value: string, rank: string) =>
      mutate(
        `mutation ($input: ClaimInput!) { addClaim(input: $input) { value rank preferred } }`,
        {
          input: {
            subject: 'test-curated-actor',
            property: 'birthYear',
            value,
            rank,
            reason: 'test ranking',
            sources: ['seed-001'],
          },
        },
        CURATOR_KEY,
      );
    expect((await claim('1990', 'PREFERRED')).data?.addClaim).toEqual({
      value: '1990',
      rank: 'PREFERRED',
      preferred: true,
    });
    expect((await claim('1991', 'PREFERRED')).data?.addClaim).toEqual({
      value: '1991',
      rank: 'PREFERRED',
      preferred: true,
    });
    const claims = await server.query(
      `{ person(id: "test-curated-actor") { claims(property: "birthYear") { nodes { value rank } } } }`,
    );
    expect(claims.data).toEqual({
      person: {
        claims: {
          nodes: [
            { value: '1991', rank: 'PREFERRED' },
            { value: '1990', rank: 'NORMAL' },
          ],
        },
      },
    });
  });
});

describe('bad input gets BAD_USER_INPUT naming the field, and writes nothing', () => {
  test.each([
    ['no source', UPSERT_PERSON, { input: { ...PERSON, sources: [] } }, 'input.sources', /at least one source/],
    [
      'an unknown source',
      UPSERT_PERSON,
      { input: { ...PERSON, sources: ['no-such-source'] } },
      'input.sources.0',
      /no Source has the id "no-such-source"/,
    ],
    [
      'a source that is not a Source',
      UPSERT_PERSON,
      { input: { ...PERSON, sources: ['nam-yoon-su'] } },
      'input.sources.0',
      /"nam-yoon-su" is a Person, not a Source/,
    ],
    ['a bad id', UPSERT_PERSON, { input: { ...PERSON, id: 'Not A Slug' } }, 'input.id', /lowercase slug/],
    ['a name too long', UPSERT_PERSON, { input: { ...PERSON, name: 'x'.repeat(201) } }, 'input.name', /at most 200/],
    [
      'a malformed date',
      `mutation ($input: ReviewInput!) { addReview(input: $input) { id } }`,
      {
        input: {
          work: 'love-in-the-big-city-film',
          stance: 'MIXED',
          summary: 'x',
          date: '2024-02-30',
          sources: ['seed-004'],
        },
      },
      'input.date',
      /not a calendar date/,
    ],
    [
      'a character of another work',
      `mutation ($input: CreditInput!) { addCredit(input: $input) { role } }`,
      {
        input: {
          person: 'nam-yoon-su',
          work: 'love-in-the-big-city-film',
          role: 'ACTOR',
          character: 'go-young-series',
          sources: ['seed-001'],
        },
      },
      'input.character',
      /character of "love-in-the-big-city-series"/,
    ],
    [
      'an episode that does not exist',
      `mutation ($input: CreditInput!) { addCredit(input: $input) { role } }`,
      {
        input: {
          person: 'nam-yoon-su',
          work: 'love-in-the-big-city-series',
          role: 'DIRECTOR',
          episodes: [9],
          sources: ['seed-001'],
        },
      },
      'input.episodes',
      /has no episode 9/,
    ],
    [
      'counterparts within one work',
      `mutation ($input: CounterpartInput!) { linkCounterparts(input: $input) { id } }`,
      { input: { a: 'go-young-series', b: 'mi-ae-series', sources: ['seed-001'] } },
      'input.b',
      /different works/,
    ],
  ])('%s', async (_, query, variables, field, message) => {
    const before = await counts();
    const body = await mutate(query, variables, CURATOR_KEY);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: field });
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.message).toContain(`"${field}"`);
    expect(await counts()).toEqual(before);
  });

  test('an id already used by another kind of entity is a CONFLICT', async () => {
    const before = await counts();
    const body = await mutate(UPSERT_PERSON, { input: { ...PERSON, id: 'love-in-the-big-city-film' } }, CURATOR_KEY);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', argument: 'input.id' });
    expect(body.errors?.[0]?.message).toMatch(/already belongs to a Work/);
    expect(await counts()).toEqual(before);
  });

  test('a wrong enum is refused by validation before any resolver runs', async () => {
    const { status, body } = await server.post(
      { query: UPSERT_PERSON, variables: { input: { ...PERSON, confidence: 'MAYBE' } } },
      { authorization: `Bearer ${CURATOR_KEY}` },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
