/**
 * What the tracing seams cost a request while tracing is off (the API's no-op tracer), and, for
 * comparison, with a provider recording into memory. One "request" here is what the server does
 * around a real one: extract a traceparent, open the HTTP span and the operation span, and five
 * statement spans (a headline-sized request), around work that does nothing. Bounded: 20,000
 * requests a run, five runs, the median kept. `nice npx tsx bench/tracing-overhead.ts`
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { observeStatement } from '../src/db/observe-statement';
import { inOperationSpan, inRequestSpan } from '../src/tracing/spans';
import { startTracing } from '../src/tracing/start-tracing';

const REQUESTS = Number(process.argv[2] ?? 20_000);
const RUNS = 5;
const STATEMENTS = 5;

const request = {
  method: 'POST',
  headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
} as unknown as IncomingMessage;
const response = { statusCode: 200 } as ServerResponse;
const statement = { mode: 'READ' as const, name: 'Work.credits', database: 'neo4j' };
const rows = [{ id: 'a' }];
const ignore = (): void => undefined;

async function bare(): Promise<void> {
  for (let i = 0; i < STATEMENTS; i++) await Promise.resolve(rows);
}

async function traced(): Promise<void> {
  await inRequestSpan(request, response, '/graphql', () =>
    inOperationSpan(async () => {
      for (let i = 0; i < STATEMENTS; i++)
        await observeStatement(
          statement,
          () => Promise.resolve(rows),
          (found) => found.length,
          ignore,
        );
    }),
  );
}

async function nsPerRequest(work: () => Promise<void>): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < REQUESTS; i++) await work();
    runs.push(Number(process.hrtime.bigint() - started) / REQUESTS);
  }
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

async function main(): Promise<void> {
  await nsPerRequest(traced); // warm the JIT
  const baseline = await nsPerRequest(bare);
  const off = await nsPerRequest(traced);
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing({ exporter });
  const on = await nsPerRequest(async () => {
    await traced();
    exporter.reset();
  });
  await tracing.shutdown();
  const us = (ns: number) => (ns / 1000).toFixed(2);
  process.stdout.write(
    [
      `requests: ${REQUESTS} x ${RUNS} runs (median), ${STATEMENTS} statement spans each`,
      `baseline (no seams):        ${us(baseline)} µs/request`,
      `tracing off (no-op tracer): ${us(off)} µs/request, +${us(off - baseline)} µs`,
      `tracing on (in memory):     ${us(on)} µs/request, +${us(on - baseline)} µs`,
      '',
    ].join('\n'),
  );
}

void main();
