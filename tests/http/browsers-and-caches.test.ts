import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import type { TestServer } from '../helpers/app-server';
import { startStubServer } from '../helpers/stub-server';

interface Answer {
  readonly errors: ReadonlyArray<{ readonly message: string; readonly extensions?: { readonly code?: string } }>;
}

const CURATOR_KEY = 'curator-key-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startStubServer({ env: { API_KEYS: `cura:curator:${CURATOR_KEY}` } });
});
afterAll(() => server.close());

const getUrl = (query: string, variables?: Record<string, unknown>) =>
  `${server.url}/graphql?query=${encodeURIComponent(query)}${
    variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''
  }`;

/** What urql and graphql-request send for a GET: an Accept header and nothing else. */
const CLIENT_ACCEPT = { accept: 'application/graphql-response+json, application/json' };

/** Node's fetch always decompresses; this reads the bytes as they came over the wire. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      httpRequest(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('reads over GET', () => {
  test('a GET without any preflight header, as urql and graphql-request send it, is answered', async () => {
    const response = await fetch(getUrl('query Kinds { works { id } }'), { headers: CLIENT_ACCEPT });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { works: [] } });
  });

  test('a mutation over GET is still a 405, and nothing is written', async () => {
    server.queries.length = 0;
    const response = await fetch(getUrl('mutation { addSource(input: { title: "x" }) { id } }'), {
      headers: CLIENT_ACCEPT,
    });
    expect(response.status).toBe(405);
    expect(server.queries).toEqual([]);
  });

  test.each([
    ['text/plain', JSON.stringify({ query: 'mutation { addSource(input: { title: "x" }) { id } }' })],
    ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20addSource%20%7D'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation{a}\r\n--x--',
    ],
  ])('a cross-site form post (%s) cannot write: 415 before any statement', async (type, body) => {
    server.queries.length = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': type, origin: 'https://elsewhere.example', authorization: `Bearer ${CURATOR_KEY}` },
      body,
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as Answer).errors[0]?.message).toMatch(/must be JSON/);
    expect(server.queries).toEqual([]);
  });
});

describe('HTTP caching', () => {
  test('a public GET answer carries Cache-Control public with the default max-age and an ETag', async () => {
    const response = await fetch(getUrl('{ works { id } }'), { headers: CLIENT_ACCEPT });
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
  });

  test('If-None-Match with that ETag is a 304 without a body; another ETag gets the answer', async () => {
    const first = await fetch(getUrl('{ works { id title } }'), { headers: CLIENT_ACCEPT });
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(getUrl('{ works { id title } }'), {
      headers: { ...CLIENT_ACCEPT, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await fetch(getUrl('{ works { id title } }'), {
      headers: { ...CLIENT_ACCEPT, 'if-none-match': 'W/"something-else"' },
    });
    expect(other.status).toBe(200);
  });

  test('the ETag follows the answer: the same answer, the same ETag; another answer, another', async () => {
    const query = 'query ($kind: WorkKind) { works(kind: $kind) { id } }';
    const film = await fetch(getUrl(query, { kind: 'FILM' }), { headers: CLIENT_ACCEPT });
    const series = await fetch(getUrl(query, { kind: 'SERIES' }), { headers: CLIENT_ACCEPT });
    // Over the empty stub graph both answers are {"data":{"works":[]}}.
    expect(await film.text()).toBe(await series.text());
    expect(film.headers.get('etag')).toBe(series.headers.get('etag'));
    const typename = await fetch(getUrl('{ __typename }'), { headers: CLIENT_ACCEPT });
    expect(typename.headers.get('etag')).not.toBe(film.headers.get('etag'));
  });

  test('POST answers, errors and authenticated answers are not for shared caches', async () => {
    const posted = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ works { id } }' }),
    });
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
    const failed = await fetch(getUrl('{ work(id: "x", title: "y") { id } }'), { headers: CLIENT_ACCEPT });
    expect(((await failed.json()) as Answer).errors).toBeDefined();
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const invalid = await fetch(getUrl('{ nope }'), { headers: CLIENT_ACCEPT });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    const mine = await fetch(getUrl('{ works { id } }'), {
      headers: { ...CLIENT_ACCEPT, authorization: `Bearer ${CURATOR_KEY}` },
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, max-age=60');
  });

  test('HTTP_CACHE_MAX_AGE_SECONDS=0 keeps every answer out of caches', async () => {
    const uncached = await startStubServer({ env: { HTTP_CACHE_MAX_AGE_SECONDS: '0' } });
    try {
      const response = await fetch(`${uncached.url}/graphql?query=${encodeURIComponent('{ works { id } }')}`, {
        headers: CLIENT_ACCEPT,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
    } finally {
      await uncached.close();
    }
  });
});

describe('compression', () => {
  const INTROSPECTION = '{ __schema { types { name description fields { name description } } } }';

  test.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ])('an answer above 1 kB is sent %s-encoded to a client that accepts it', async (encoding, decompress) => {
    const plain = await rawGet(getUrl(INTROSPECTION), CLIENT_ACCEPT);
    const packed = await rawGet(getUrl(INTROSPECTION), { ...CLIENT_ACCEPT, 'accept-encoding': encoding });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers.vary).toMatch(/accept-encoding/i);
    expect(packed.body.length).toBeLessThan(plain.body.length / 3);
    expect(decompress(packed.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  });

  test('a small answer is sent as it is', async () => {
    const small = await rawGet(getUrl('{ works { id } }'), { ...CLIENT_ACCEPT, 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { works: [] } });
  });
});

describe('browsers (CORS)', () => {
  const preflight = (url: string, origin: string, headers: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  test("the default allowed headers cover Apollo Client's, OpenTelemetry's and Sentry's", async () => {
    const response = await preflight(
      server.url,
      'https://app.example',
      'content-type,apollographql-client-name,apollographql-client-version,traceparent,tracestate,baggage,sentry-trace',
    );
    expect(response.status).toBe(204);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    for (const header of ['apollographql-client-name', 'traceparent', 'tracestate', 'baggage', 'sentry-trace'])
      expect(allowed).toContain(header);
  });

  test('a page may read x-request-id', async () => {
    const response = await fetch(getUrl('{ works { id } }'), {
      headers: { ...CLIENT_ACCEPT, origin: 'https://app.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  test('CORS_ALLOWED_HEADERS replaces the list; a bad name is a configuration error', async () => {
    const strict = await startStubServer({
      env: { CORS_ORIGINS: 'https://app.example', CORS_ALLOWED_HEADERS: 'content-type, x-tenant' },
    });
    try {
      const response = await preflight(strict.url, 'https://app.example', 'content-type,x-tenant');
      expect(response.headers.get('access-control-allow-headers')).toBe('content-type, x-tenant');
      expect(response.headers.get('vary')).toMatch(/origin/i);
    } finally {
      await strict.close();
    }
    await expect(startStubServer({ env: { CORS_ALLOWED_HEADERS: 'content type' } })).rejects.toThrow(
      /CORS_ALLOWED_HEADERS entry "content type" is not a header name/,
    );
  });
});

describe('credentials', () => {
  test.each([
    ['an unknown key', 'Bearer not-a-key-of-ours-at-all'],
    ['a forged JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ['a malformed header', 'Basic dXNlcjpwYXNz'],
  ])('%s on a read is UNAUTHENTICATED (401), not read as anonymous', async (_, authorization) => {
    server.queries.length = 0;
    const response = await fetch(getUrl('{ works { id } }'), { headers: { ...CLIENT_ACCEPT, authorization } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Answer;
    expect(body.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(server.queries).toEqual([]);
  });
});
