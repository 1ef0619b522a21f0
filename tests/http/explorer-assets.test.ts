import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStubServer } from '../helpers/stub-server';
import type { TestServer } from '../helpers/app-server';

/** A stand-in for Vite's output, with a secret next to it that must never be served. */
const PAGE = '<!doctype html><title>explorer test page</title>';
const SCRIPT = 'console.log("explorer");';
const SECRET = 'secret outside the explorer folder';

let work: string;
let server: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bcg-explorer-assets-'));
  const root = join(work, 'explorer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'index-Ef56Gh78.css'), 'body { color: black; }');
  writeFileSync(join(root, '.env'), SECRET);
  writeFileSync(join(work, 'secret.txt'), SECRET);
  mkdirSync(join(work, 'empty'));
  server = await startStubServer({ env: { NODE_ENV: 'development' }, explorerDir: root });
  unbuilt = await startStubServer({ explorerDir: join(work, 'empty') });
});

afterAll(async () => {
  await server?.close();
  await unbuilt?.close();
  rmSync(work, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path exactly as written: fetch would normalize "..", "%2e" and backslashes first. */
function send(base: string, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

test.each([
  '/explore',
  '/explore/',
  '/explore/index.html',
  '/explore?id=person:nam-yoon-su',
  '/explore/?preset=go-young',
])('GET %s serves the page, never cached, under a content security policy', async (path) => {
  const response = await send(server.url, path);
  expect(response.status).toBe(200);
  expect(response.body).toBe(PAGE);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers['cache-control']).toBe('no-cache');
  expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers['content-security-policy']).toContain("connect-src 'self'");
});

test.each([
  ['/explore/assets/index-Ab12Cd34.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
  ['/explore/assets/index-Ef56Gh78.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
  ['/explore/favicon.svg', 'image/svg+xml', 'no-cache'],
])('GET %s is served as %s with cache-control %s', async (path, type, cache) => {
  const response = await send(server.url, path);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe(type);
  expect(response.headers['cache-control']).toBe(cache);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
});

test('HEAD answers the headers of GET without a body', async () => {
  const response = await send(server.url, '/explore/assets/index-Ab12Cd34.js', 'HEAD');
  expect(response).toEqual({
    status: 200,
    headers: expect.objectContaining({
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': String(Buffer.byteLength(SCRIPT)),
    }),
    body: '',
  });
});

test('other methods are 405 and name the allowed ones', async () => {
  const response = await send(server.url, '/explore', 'POST');
  expect(response.status).toBe(405);
  expect(response.headers.allow).toBe('GET, HEAD');
});

test.each([
  '/explore/..%2fsecret.txt',
  '/explore/..%2F..%2Fexplorer%2F..%2Fsecret.txt',
  '/explore/assets/..%2f..%2fsecret.txt',
  '/explore/%2e%2e%2fsecret.txt',
  '/explore/..%5csecret.txt',
  '/explore/.env',
  '/explore/assets/%2e%2e/.env',
  '/explore/%00index.html',
  '/explore/%E0%A4%A',
])('%s is refused without revealing anything outside the built files', async (path) => {
  const response = await send(server.url, path);
  expect(response.status).toBe(404);
  expect(response.body).not.toContain(SECRET);
});

test('a path that climbs out of /explore is not an explorer path at all', async () => {
  const response = await send(server.url, '/explore/../secret.txt');
  expect(response.status).toBe(404);
  expect(response.body).not.toContain(SECRET);
});

test.each(['/explore/assets/missing-0000.js', '/explore/assets', '/explore/nowhere.html'])(
  'a missing file (%s) is a plain 404',
  async (path) => {
    const response = await send(server.url, path);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
  },
);

test('paths that only start like /explore are not the explorer', async () => {
  const response = await send(server.url, '/explorer');
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
});

test('an unbuilt explorer is a 503 that says how to build it', async () => {
  const response = await send(unbuilt.url, '/explore?id=nam-yoon-su');
  expect(response.status).toBe(503);
  expect(response.body).toContain('npm run build');
});

test('the GraphQL endpoint and its Sandbox landing page are untouched', async () => {
  const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('embeddable-sandbox');
  expect(page.headers.get('content-security-policy')).toBeNull();
  expect(await server.query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
});
