import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../src/config';
import { Neo4jConnectError } from '../../src/connect-neo4j';
import { createGraphServer, type GraphServer } from '../../src/index';
import { silentLogger } from '../../src/logger';
import { testNeo4jEnv } from '../helpers/test-graph';

/** The suite's Neo4j as a user would name it in the environment. */
function neo4jEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    ...testNeo4jEnv(),
  };
}

async function listen(graph: GraphServer): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) =>
    graph.handler(request, response, () => {
      response.statusCode = 418;
      response.end('host route');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function post(url: string, query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('createGraphServer', () => {
  let graph: GraphServer;
  let host: { url: string; server: Server };
  const lines: string[] = [];
  beforeAll(async () => {
    graph = await createGraphServer({
      env: neo4jEnv(),
      logger: silentLogger,
      log: (line) => lines.push(line),
      basePath: '/kg',
      federation: true,
    });
    host = await listen(graph);
  }, 180_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => host.server.close(() => resolve()));
    await graph.close();
  });

  test('connects to NEO4J_URI, starts nothing, finds the graph already seeded and warms up', () => {
    expect(graph.neo4j).toEqual({ uri: neo4jEnv().NEO4J_URI, managed: false });
    expect(lines).toEqual([
      `Neo4j: ${neo4jEnv().NEO4J_URI}`,
      expect.stringMatching(/^Warm-up: 11 operations in \d+\.\d s$/),
    ]);
  });

  test('serves GraphQL and the health check under the base path, and the host keeps the rest', async () => {
    expect(await post(`${host.url}/kg/graphql`, '{ person(id: "nam-yoon-su") { name } }')).toEqual({
      status: 200,
      body: { data: { person: { name: 'Nam Yoon-su' } } },
    });
    expect(await (await fetch(`${host.url}/kg/health`)).json()).toEqual({ status: 'ok', neo4j: 'up' });
    const outside = await fetch(`${host.url}/graphql`);
    expect([outside.status, await outside.text()]).toEqual([418, 'host route']);
  });

  test('the federation option makes it a subgraph', async () => {
    expect(graph.config.federation).toBe(true);
    const { body } = await post(`${host.url}/kg/graphql`, '{ _service { sdl } }');
    expect(JSON.stringify(body)).toContain('@key(fields: \\"id\\")');
  });

  test('ready() is true while Neo4j answers', async () => {
    expect(await graph.ready()).toBe(true);
  });
});

test('options beat the environment, and close() closes the driver once however often it is called', async () => {
  const graph = await createGraphServer({
    env: { ...neo4jEnv(), FEDERATION: 'true', MAX_PAGE_SIZE: '50', WARM_UP: 'false' },
    config: { maxPageSize: 20 },
    federation: false,
    ensureSeed: false,
    logger: silentLogger,
    log: () => undefined,
  });
  const host = await listen(graph);
  try {
    expect([graph.config.federation, graph.config.maxPageSize]).toEqual([false, 20]);
    expect(Object.isFrozen(graph.config)).toBe(true);
    const { status, body } = await post(
      `${host.url}/graphql`,
      '{ search(query: "go young", first: 21) { totalCount } }',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  } finally {
    await new Promise<void>((resolve) => host.server.close(() => resolve()));
    await Promise.all([graph.close(), graph.close()]);
  }
  expect(await graph.ready()).toBe(false);
});

test('a bad base path is refused before any Neo4j is contacted', async () => {
  await expect(
    createGraphServer({
      env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant-here' },
      basePath: '/k g',
      logger: silentLogger,
    }),
  ).rejects.toThrow(ConfigError);
});

test('an unreachable Neo4j is reported as the standalone server reports it', async () => {
  await expect(
    createGraphServer({
      env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant-here' },
      logger: silentLogger,
      log: () => undefined,
    }),
  ).rejects.toThrow(Neo4jConnectError);
});
