import { ConfigError, loadConfig } from '../../src/config';
import { FEDERATION_SPEC_URL } from '../../src/graphql/federation/subgraph-schema';
import { ENTITY_LABELS } from '../../src/vocabulary';
import { startTestServer, type TestServer } from '../helpers/test-graph';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Person { id name }
    ... on Work { id title kind }
    ... on Character { id name work { kind } }
  }
}`;

describe('FEDERATION', () => {
  test('is off unless set to true, and refuses anything but true or false', () => {
    expect(loadConfig({}).federation).toBe(false);
    expect(loadConfig({ FEDERATION: 'true' }).federation).toBe(true);
    expect(loadConfig({ FEDERATION: 'false' }).federation).toBe(false);
    expect(() => loadConfig({ FEDERATION: 'yes' })).toThrow(
      new ConfigError('Invalid configuration: FEDERATION must be true or false'),
    );
  });
});

describe('as a federation subgraph', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { FEDERATION: 'true' } });
  });
  afterAll(() => server.close());

  test('_service serves SDL with the federation link, an id key on every Node type and value types shareable', async () => {
    const { body } = await server.post({ query: '{ _service { sdl } }' });
    expect(body.errors).toBeUndefined();
    const sdl = (body.data as { _service: { sdl: string } })._service.sdl;
    expect(sdl).toContain(`extend schema\n  @link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@shareable"])`);
    for (const type of ENTITY_LABELS) {
      expect(sdl).toMatch(new RegExp(`\\ntype ${type} implements Node\\n  @key\\(fields: "id"\\)\\n\\{`));
    }
    expect(sdl.match(/@key\(fields: "id"\)/g)).toHaveLength(ENTITY_LABELS.length);
    for (const type of ['PageInfo', 'Revision', 'CreditConnection', 'Credit']) {
      expect(sdl).toMatch(new RegExp(`\\ntype ${type}\\n  @shareable\\n\\{`));
    }
    // The rest of the contract is unchanged.
    expect(sdl).toContain('portrayals(character: String!): [Portrayal!]');
  });

  test('_entities resolves a Person, a Work and a Character by id, in order, the three lookups in one query', async () => {
    server.queries.length = 0;
    const { status, body } = await server.post({
      query: ENTITIES,
      variables: {
        representations: [
          { __typename: 'Person', id: 'nam-yoon-su' },
          { __typename: 'Work', id: 'love-in-the-big-city-film' },
          { __typename: 'Character', id: 'go-young-series' },
        ],
      },
    });
    expect({ status, body }).toEqual({
      status: 200,
      body: {
        data: {
          _entities: [
            { __typename: 'Person', id: 'nam-yoon-su', name: 'Nam Yoon-su' },
            { __typename: 'Work', id: 'love-in-the-big-city-film', title: 'Love in the Big City', kind: 'FILM' },
            { __typename: 'Character', id: 'go-young-series', name: 'Go Young', work: { kind: 'SERIES' } },
          ],
        },
      },
    });
    // The three lookups are batched by the entity loader; the character's work is the one more.
    expect(server.queries).toHaveLength(2);
  });

  test('an unknown id, or an id of another type, resolves to null', async () => {
    const { body } = await server.post({
      query: ENTITIES,
      variables: {
        representations: [
          { __typename: 'Person', id: 'no-such-person' },
          { __typename: 'Work', id: 'nam-yoon-su' },
        ],
      },
    });
    expect(body).toEqual({ data: { _entities: [null, null] } });
  });

  test('answers a router that asks for a trace with one, as Apollo subgraphs do', async () => {
    const { status, body } = await server.post(
      { query: '{ person(id: "nam-yoon-su") { name } }' },
      { 'apollo-federation-include-trace': 'ftv1' },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ person: { name: 'Nam Yoon-su' } });
    expect((body as { extensions?: { ftv1?: unknown } }).extensions?.ftv1).toEqual(expect.any(String));
  });

  test('keeps the query limits: too many aliases is refused before any database query, with 200 for a router', async () => {
    server.queries.length = 0;
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: _service { sdl }`).join(' ');
    const { status, body } = await server.post({ query: `{ ${aliases} }` });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
    expect(server.queries).toHaveLength(0);
    const strict = await server.post({ query: `{ ${aliases} }` }, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
  });
});

describe('as a subgraph in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { FEDERATION: 'true', NODE_ENV: 'production' } });
  });
  afterAll(() => server.close());

  test('refuses introspection but still serves _service to a router', async () => {
    const introspection = await server.post({ query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(200);
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { status, body } = await server.post({ query: '{ _service { sdl } }' });
    expect(status).toBe(200);
    expect((body.data as { _service: { sdl: string } })._service.sdl).toContain('@key(fields: "id")');
  });
});

describe('without federation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('the schema has no _service and no _entities', async () => {
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: []) { __typename } }']) {
      const { status, body } = await server.post({ query });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/^Cannot query field "_(service|entities)" on type "Query"/);
    }
  });
});
