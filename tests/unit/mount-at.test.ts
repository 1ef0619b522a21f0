import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../src/config';
import { mountAt, normaliseBasePath, type MountableHandler } from '../../src/http/mount-at';

/** A stand-in for the graph's handler that tells what URL it was given. */
const echo: MountableHandler = (request: IncomingMessage, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ url: request.url }));
};

async function serve(listener: MountableHandler): Promise<{ url: string; server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

describe('normaliseBasePath', () => {
  test.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['/kg', '/kg'],
    ['kg/', '/kg'],
    ['/api/kg/', '/api/kg'],
  ])('%p is %p', (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });

  test.each(['/kg?x=1', '/k g', '/kg//graph', '/../kg'])('refuses %p', (input) => {
    expect(() => normaliseBasePath(input)).toThrow(ConfigError);
  });
});

describe('mountAt', () => {
  test('without a base path the handler is used as it is', () => {
    expect(mountAt(undefined, echo)).toBe(echo);
  });

  describe('under /kg', () => {
    let host: { url: string; server: Server };
    beforeAll(async () => {
      const graph = mountAt('/kg', echo);
      host = await serve((request, response) =>
        graph(request, response, () => {
          response.statusCode = 404;
          response.end('host');
        }),
      );
    });
    afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())));

    test('hands on its own paths without the prefix, query string kept', async () => {
      expect(await get(`${host.url}/kg/graphql?query=%7B__typename%7D`)).toEqual({
        status: 200,
        body: JSON.stringify({ url: '/graphql?query=%7B__typename%7D' }),
      });
      expect(await get(`${host.url}/kg`)).toEqual({ status: 200, body: JSON.stringify({ url: '/' }) });
    });

    test('passes other paths, including look-alike prefixes, to next', async () => {
      for (const path of ['/graphql', '/kgraph/graphql', '/']) {
        expect(await get(`${host.url}${path}`)).toEqual({ status: 404, body: 'host' });
      }
    });
  });

  test('without next, a path outside the base is a 404 that names the endpoint', async () => {
    const host = await serve(mountAt('/kg', echo));
    try {
      expect(await get(`${host.url}/elsewhere`)).toEqual({
        status: 404,
        body: JSON.stringify({ error: 'Not found. The GraphQL endpoint is /kg/graphql.' }),
      });
    } finally {
      await new Promise<void>((resolve) => host.server.close(() => resolve()));
    }
  });
});
