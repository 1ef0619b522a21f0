import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { startTracing, type Tracing } from '../../src/tracing/start-tracing';
import { startTestServer, testNeo4j, type TestServer } from '../helpers/test-graph';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let server: TestServer;
beforeAll(async () => {
  tracing = startTracing({ exporter });
  server = await startTestServer({ logLevel: 'debug' });
});
afterAll(async () => {
  await server.close();
  await tracing.shutdown();
});

/** The request's server span ends just after its answer is sent: wait for it, briefly. */
async function spansOf(traceId?: string): Promise<ReadableSpan[]> {
  for (let tries = 0; tries < 50; tries++) {
    const spans = exporter
      .getFinishedSpans()
      .filter((span) => traceId === undefined || span.spanContext().traceId === traceId);
    if (spans.some((span) => span.kind === SpanKind.SERVER)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no server span for trace ${traceId ?? '(any)'}`);
}

test('a request with a traceparent yields its HTTP, operation and statement spans in that trace, and logs its trace id', async () => {
  const traceId = randomBytes(16).toString('hex');
  const callerSpanId = randomBytes(8).toString('hex');
  server.queries.length = 0;
  const { status, body } = await server.post(
    { query: 'query Headline { portrayals(character: "Go Young") { actor { name } character { name } } }' },
    { traceparent: `00-${traceId}-${callerSpanId}-01`, 'x-request-id': 'traced-request-1' },
  );
  expect([status, body.errors]).toEqual([200, undefined]);
  const statementsRun = server.queries.map((query) => query.name);

  const spans = await spansOf(traceId);
  const [http] = spans.filter((span) => span.kind === SpanKind.SERVER);
  expect(http?.name).toBe('POST /graphql');
  expect(http?.parentSpanContext?.spanId).toBe(callerSpanId);
  expect(http?.attributes).toEqual(
    expect.objectContaining({
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
    }),
  );

  const [operation, ...others] = spans.filter((span) => span.kind === SpanKind.INTERNAL);
  expect(others).toEqual([]);
  expect(operation?.name).toBe('query Headline');
  expect(operation?.parentSpanContext?.spanId).toBe(http?.spanContext().spanId);
  expect(operation?.attributes).toEqual({ 'graphql.operation.name': 'Headline', 'graphql.operation.type': 'query' });

  const statements = spans.filter((span) => span.kind === SpanKind.CLIENT);
  expect(statements.map((span) => span.attributes['db.operation.name']).sort()).toEqual([...statementsRun].sort());
  expect(statementsRun.length).toBeGreaterThan(0);
  for (const span of statements) {
    expect(span.name).toBe(`neo4j ${String(span.attributes['db.operation.name'])}`);
    expect(span.parentSpanContext?.spanId).toBe(operation?.spanContext().spanId);
    expect(span.attributes).toEqual(
      expect.objectContaining({
        'db.system': 'neo4j',
        'db.namespace': testNeo4j().database,
        'db.neo4j.mode': 'READ',
        'db.response.returned_rows': expect.any(Number),
      }),
    );
  }
  expect(statements.some((span) => Number(span.attributes['db.response.returned_rows']) > 0)).toBe(true);

  const lines = server.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === 'traced-request-1');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toEqual(expect.objectContaining({ traceId, spanId: expect.any(String) }));
}, 60_000);

test('a request without a traceparent starts a trace of its own', async () => {
  exporter.reset();
  expect((await server.post({ query: 'query Probe { __typename }' })).status).toBe(200);
  const [root] = (await spansOf()).filter((span) => span.kind === SpanKind.SERVER);
  expect(root?.parentSpanContext).toBeUndefined();
  expect(root?.spanContext().traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
});
