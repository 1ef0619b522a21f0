import { scrapeMetrics, samplesOf, valueOf } from '../helpers/scrape-metrics';
import { startTestServer, type TestServer } from '../helpers/test-graph';

const HEADLINE = 'query Headline { portrayals(character: "Go Young") { actor { name } character { name } } }';
/** Twelve fields deep, past MAX_DEPTH (10). */
const TOO_DEEP =
  'query TooDeep { person(id: "nam-yoon-su") { credits { work { credits { person { credits { work { credits { person { credits { work { title } } } } } } } } } } } }';
/** Nine deep, but a list of lists of lists: millions by the cost model. */
const TOO_COSTLY =
  'query TooCostly { works { events { nodes { participants { ... on Person { credits { work { events { nodes { participants { id } } } } } } } } } } }';
/** A page larger than MAX_PAGE_SIZE (100). */
const TOO_LARGE_PAGE = 'query TooLargePage { search(query: "kim", first: 5000) { nodes { __typename } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('/metrics after a few requests counts operations, errors, refusals and statements with their labels', async () => {
  server.queries.length = 0;
  expect((await server.query(HEADLINE)).errors).toBeUndefined();
  expect((await server.query(HEADLINE)).errors).toBeUndefined();
  expect((await server.query('{ works { title } }')).errors).toBeUndefined();
  const deep = await server.post({ query: TOO_DEEP });
  expect([deep.status, deep.body.errors?.[0]?.message]).toEqual([400, expect.stringMatching(/depth/i)]);
  const costly = await server.post({ query: TOO_COSTLY });
  expect([costly.status, costly.body.errors?.[0]?.message]).toEqual([400, expect.stringMatching(/cost limit/)]);
  const page = await server.query(TOO_LARGE_PAGE);
  expect(page.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  const statementsRun = [...server.queries];
  const codesSent = new Map<string, number>();
  for (const error of [...(deep.body.errors ?? []), ...(costly.body.errors ?? []), ...(page.errors ?? [])]) {
    const code = String(error.extensions?.code);
    codesSent.set(code, (codesSent.get(code) ?? 0) + 1);
  }

  const families = await scrapeMetrics(server.url);

  const operations = 'bcg_graphql_operation_duration_seconds';
  expect(samplesOf(families, operations)).toEqual(
    expect.arrayContaining([
      { labels: { operation: 'Headline', type: 'query', outcome: 'ok' }, value: 2 },
      { labels: { operation: 'anonymous', type: 'query', outcome: 'ok' }, value: 1 },
      { labels: { operation: 'unresolved', type: 'unknown', outcome: 'error' }, value: 1 },
      { labels: { operation: 'TooCostly', type: 'query', outcome: 'error' }, value: 1 },
      { labels: { operation: 'TooLargePage', type: 'query', outcome: 'partial' }, value: 1 }, // search is nullable: null beside its error
    ]),
  );
  expect(valueOf(families, operations)).toBe(6);
  // As many as the clients were sent, by code.
  expect(new Set(codesSent.keys())).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']));
  const errorsCounted = samplesOf(families, 'bcg_graphql_errors_total');
  expect(new Map(errorsCounted.map((sample) => [sample.labels.code, sample.value]))).toEqual(codesSent);
  expect(samplesOf(families, 'bcg_limit_refusals_total')).toEqual([
    { labels: { limit: 'depth' }, value: 1 },
    { labels: { limit: 'cost' }, value: 1 },
  ]);
  expect(samplesOf(families, 'bcg_response_cache_requests_total')).toEqual([
    { labels: { result: 'hit' }, value: 0 },
    { labels: { result: 'miss' }, value: 0 },
  ]);

  // Every statement the requests ran, once per run, under its own name.
  const expected = new Map<string, number>();
  for (const { name } of statementsRun) expected.set(name, (expected.get(name) ?? 0) + 1);
  expect(expected.size).toBeGreaterThan(1);
  const timed = samplesOf(families, 'bcg_neo4j_statement_duration_seconds');
  expect(new Map(timed.map((sample) => [sample.labels.statement, sample.value]))).toEqual(expected);
  expect(new Set(timed.map((sample) => `${sample.labels.mode} ${sample.labels.outcome}`))).toEqual(
    new Set(['READ ok']),
  );

  for (const idle of ['bcg_neo4j_statements_running', 'bcg_neo4j_statements_waiting', 'bcg_neo4j_sessions_in_use'])
    expect(valueOf(families, idle)).toBe(0);
  for (const family of [
    'nodejs_eventloop_lag_seconds',
    'nodejs_eventloop_lag_p99_seconds',
    'process_cpu_seconds_total',
  ])
    expect(samplesOf(families, family)).toHaveLength(1);
}, 60_000);

test('a response cache reports through metrics.cacheHit() and cacheMiss()', async () => {
  server.app.metrics.cacheHit();
  server.app.metrics.cacheMiss();
  server.app.metrics.cacheMiss();
  const families = await scrapeMetrics(server.url);
  expect(valueOf(families, 'bcg_response_cache_requests_total', { result: 'hit' })).toBe(1);
  expect(valueOf(families, 'bcg_response_cache_requests_total', { result: 'miss' })).toBe(2);
});
