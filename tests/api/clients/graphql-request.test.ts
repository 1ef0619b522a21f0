import { createGraphQLRequestClient, HEADLINE } from '../../../examples/clients/graphql-request';
import { startTestServer, type TestServer } from '../../helpers/test-graph';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

interface Headline {
  portrayals: Array<{ actor: { name: string }; character: { name: string; work: { kind: string } } }>;
}

test.each(['GET', 'POST'] as const)('graphql-request over %s answers the headline question', async (method) => {
  const client = createGraphQLRequestClient(`${server.url}/graphql`, method);
  const data = await client.request<Headline>(HEADLINE);
  expect(data.portrayals.map((p) => [p.actor.name, p.character.name, p.character.work.kind]).sort()).toEqual([
    ['Nam Yoon-su', 'Go Young', 'SERIES'],
    ['Noh Sang-hyun', 'Jang Heung-soo', 'FILM'],
  ]);
});

test('over GET the answer may be kept by a browser or a CDN', async () => {
  const client = createGraphQLRequestClient(`${server.url}/graphql`, 'GET');
  const { headers } = await client.rawRequest(HEADLINE);
  expect(headers.get('cache-control')).toBe('public, max-age=60');
  expect(headers.get('etag')).toMatch(/^W\//);
});
