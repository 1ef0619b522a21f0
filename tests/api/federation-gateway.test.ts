import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import gql from 'graphql-tag';
import { ENTITY_LABELS } from '../../src/vocabulary';
import { startTestServer, type TestServer } from '../helpers/test-graph';

/**
 * Big City Graph beside a second subgraph that extends every one of its entities and defines its
 * own PageInfo and connection: the two compose, and a gateway answers across both.
 */
const FANS_SDL = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
  ${ENTITY_LABELS.map((type) => `type ${type} @key(fields: "id") { id: ID! fanNotes(first: Int): FanNoteConnection! }`).join('\n')}
  type FanNote {
    text: String!
  }
  type FanNoteConnection {
    nodes: [FanNote!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PageInfo @shareable {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
  type Query {
    fanFavourite: Work
  }
`;

const notesOf = (reference: { id: string }) => ({
  nodes: [{ text: `a fan's note on ${reference.id}` }],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 1,
});
const fansResolvers = {
  Query: { fanFavourite: () => ({ id: 'love-in-the-big-city-series' }) },
  ...Object.fromEntries(
    ENTITY_LABELS.map((type) => [
      type,
      { __resolveReference: (reference: { id: string }) => reference, fanNotes: notesOf },
    ]),
  ),
};

let graph: TestServer;
let fans: ApolloServer;
let fansUrl: string;
let gateway: ApolloServer;
let gatewayUrl: string;

beforeAll(async () => {
  graph = await startTestServer({ env: { FEDERATION: 'true', MAX_DEPTH: '6' } });
  fans = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: FANS_SDL, resolvers: fansResolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  ({ url: fansUrl } = await startStandaloneServer(fans, { listen: { port: 0, host: '127.0.0.1' } }));
  const sdl = ((await graph.query('{ _service { sdl } }')).data as { _service: { sdl: string } })._service.sdl;
  const composed = composeServices([
    { name: 'graph', typeDefs: parse(sdl), url: `${graph.url}/graphql` },
    { name: 'fans', typeDefs: FANS_SDL, url: fansUrl },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('; '));
  gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
  ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } }));
});

afterAll(async () => {
  await gateway?.stop();
  await fans?.stop();
  await graph?.close();
});

interface Answer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask(query: string): Promise<Answer> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
}

test('our schema and a subgraph that extends every entity and has its own PageInfo compose', () => {
  expect(gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
});

test('a query across both subgraphs is answered through the gateway', async () => {
  expect(
    await ask(`{ fanFavourite { title kind fanNotes { nodes { text } } }
                 work(id: "love-in-the-big-city-film") { title episodes { id } fanNotes { totalCount } } }`),
  ).toEqual({
    data: {
      fanFavourite: {
        title: 'Love in the Big City',
        kind: 'SERIES',
        fanNotes: { nodes: [{ text: "a fan's note on love-in-the-big-city-series" }] },
      },
      work: { title: 'Love in the Big City', episodes: [], fanNotes: { totalCount: 1 } },
    },
  });
});

test('a refusal of our subgraph reaches the client with its own code, not as an internal error', async () => {
  const deep = `{ work(id: "love-in-the-big-city-film") { adaptationOf { adaptations { adaptationOf { adaptations { adaptationOf { adaptations { id } } } } } } } }`;
  const body = await ask(deep);
  expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
});
