import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { currentStatementOrigin, type StatementOrigin } from '../../src/db/statement-origin';
import { startStubServer } from '../helpers/stub-server';
import type { TestServer } from '../helpers/app-server';

const TOKEN = 'metrics-token-0123456789';

async function withServer<T>(env: Record<string, string>, use: (server: TestServer) => Promise<T>): Promise<T> {
  const server = await startStubServer({ env });
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

test('in development GET /metrics is open and its text parses as Prometheus exposition format', async () => {
  await withServer({ NODE_ENV: 'development' }, async (server) => {
    await server.query('query Probe { __typename }');
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusTextFormat(await response.text());
    const names = families.map((family) => family.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'bcg_graphql_operation_duration_seconds',
        'bcg_response_cache_requests_total',
        'bcg_neo4j_statements_waiting',
        'bcg_ready',
        'nodejs_eventloop_lag_seconds',
        'process_cpu_seconds_total',
      ]),
    );
  });
});

test('in production /metrics is not served on the API port unless a token is set', async () => {
  await withServer({ NODE_ENV: 'production' }, async (server) => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });
});

test('with METRICS_TOKEN a scrape needs that bearer token', async () => {
  await withServer({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN }, async (server) => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE bcg_graphql_errors_total counter');
  });
});

test('with METRICS_PORT /metrics leaves the API port for the metrics listener', async () => {
  await withServer({ NODE_ENV: 'development', METRICS_PORT: '9464' }, async (server) => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const metricsServer = createServer(server.app.metricsHandler);
    await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}`;
      expect((await fetch(`${base}/graphql`)).status).toBe(404);
      const scrape = await fetch(`${base}/metrics`);
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).toContain('bcg_limit_refusals_total');
    } finally {
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
    }
  });
});

test('the statements of a GraphQL request know its request id and operation name', async () => {
  await withServer({ NODE_ENV: 'test' }, async (server) => {
    const seen: StatementOrigin[] = [];
    const stop = server.executor.observe(() => {
      const origin = currentStatementOrigin();
      if (origin) seen.push({ ...origin });
    });
    try {
      const { status } = await server.post(
        { query: 'query WhoIsIt { person(id: "nam-yoon-su") { name } }' },
        { 'x-request-id': 'origin-check-1' },
      );
      expect(status).toBe(200);
    } finally {
      stop();
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((origin) => JSON.stringify(origin)))).toEqual(
      new Set([JSON.stringify({ requestId: 'origin-check-1', operation: 'WhoIsIt' })]),
    );
  });
});
