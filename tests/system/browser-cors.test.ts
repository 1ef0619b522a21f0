import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium, type BrowserSession } from '../helpers/chromium';
import { startTestServer, type TestServer } from '../helpers/test-graph';

/** An app on another origin (another port of 127.0.0.1), as a page embedding the graph would be. */
let app: Server;
let appOrigin: string;
let api: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  app = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>an app</title><p>an app on its own origin</p>');
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appOrigin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  api = await startTestServer({ env: { CORS_ORIGINS: appOrigin } });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise<void>((resolve) => app.close(() => resolve()));
});

interface PageResult {
  readonly ok: boolean;
  readonly requestId: string | null;
  readonly names: readonly string[];
  readonly error?: string;
}

/** Runs fetch inside the page: Chromium applies CORS, preflights and header exposure itself. */
async function fetchFromPage(apiUrl: string, method: 'GET' | 'POST'): Promise<PageResult> {
  const page = await browser.context.newPage();
  try {
    await page.goto(appOrigin);
    return await page.evaluate(
      async ({ url, method }) => {
        const query = '{ portrayals(character: "Go Young") { actor { name } } }';
        const headers: Record<string, string> = {
          // What Apollo Client, OpenTelemetry's browser SDK and Sentry add to a request.
          'apollographql-client-name': 'an-app',
          'apollographql-client-version': '1.0.0',
          traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
          tracestate: 'vendor=value',
          baggage: 'userId=alice',
          'sentry-trace': '0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1',
        };
        try {
          const response =
            method === 'GET'
              ? await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, { headers })
              : await fetch(`${url}/graphql`, {
                  method: 'POST',
                  headers: { ...headers, 'content-type': 'application/json' },
                  body: JSON.stringify({ query }),
                });
          const body = (await response.json()) as { data: { portrayals: Array<{ actor: { name: string } }> } };
          return {
            ok: response.ok,
            requestId: response.headers.get('x-request-id'),
            names: body.data.portrayals.map((portrayal) => portrayal.actor.name).sort(),
          };
        } catch (error) {
          return { ok: false, requestId: null, names: [], error: String(error) };
        }
      },
      { url: apiUrl, method },
    );
  } finally {
    await page.close();
  }
}

test.each(['GET', 'POST'] as const)(
  'a page on another origin asks over %s with tracing and client headers, and reads x-request-id',
  async (method) => {
    const result = await fetchFromPage(api.url, method);
    expect(result).toEqual({
      ok: true,
      requestId: expect.stringMatching(/^[\w.-]{8,128}$/),
      names: ['Nam Yoon-su', 'Noh Sang-hyun'],
    });
  },
  60_000,
);

test('a page on an origin that is not listed is refused by the browser', async () => {
  const strict = await startTestServer({ env: { CORS_ORIGINS: 'https://elsewhere.example' } });
  try {
    const result = await fetchFromPage(strict.url, 'POST');
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/Failed to fetch/);
  } finally {
    await strict.close();
  }
}, 60_000);
