import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { ResponseCacheStats } from '../src/graphql/response-cache/response-cache';
import { PROJECT_ROOT } from '../src/project-root';
import type { BenchNeo4j } from './bench-neo4j';
import { measure, type LoadResult } from './load-test';
import { percentile } from './percentile';
import { flag, startSeededBenchNeo4j } from './seeded-bench-neo4j';
import { rssMiB, startServerProcess, type StartedServerProcess } from './server-process';
import { QUESTIONS } from './suite';

/**
 * Cache churn: many distinct queries through a response cache of bounded size. The cache must
 * keep its bound (evicting), the server's RSS must stay flat, and the hit path (one question asked
 * again and again) must answer as fast after the churn as before it.
 */
const RESULTS_DIR = join(PROJECT_ROOT, 'bench', 'results');
const SAMPLE_EVERY_MS = 5_000;
const DISTINCT = `query ($id: ID!) { node(id: $id) { id } }`;

interface Sample {
  readonly seconds: number;
  readonly sent: number;
  readonly rssMiB: number;
  /** The heap still in use after a full collection: what the process keeps, garbage aside. */
  readonly liveHeapMiB: number;
  readonly cache: ResponseCacheStats | null;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const queries = Number(flag(argv, 'queries') ?? 100_000);
  const cacheMiB = Number(flag(argv, 'cache-mib') ?? 8);
  const connections = Number(flag(argv, 'connections') ?? 10);
  const hitSeconds = Number(flag(argv, 'hit-seconds') ?? 5);
  const name = flag(argv, 'instance') ?? 'churn';
  const boltPort = Number(flag(argv, 'port') ?? 7695);
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  let neo4j: BenchNeo4j | undefined;
  let server: StartedServerProcess | undefined;
  const cleanup = async (): Promise<void> => {
    await server?.stop();
    await neo4j?.close();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    neo4j = await startSeededBenchNeo4j({ name, boltPort, log });
    server = await startServerProcess('ours-cached', neo4j.managed, {
      RESPONSE_CACHE_MAX_BYTES: String(cacheMiB * 2 ** 20),
    });
    const ownPids = [process.pid, neo4j.managed.pid, server.pid];
    const hitQuestion = QUESTIONS.find((q) => q.name === 'person')!;
    const hitPath = (): Promise<LoadResult> =>
      measure({
        url: server!.url,
        body: hitQuestion.ours,
        connections,
        warmupSeconds: 1,
        seconds: hitSeconds,
        ownPids,
        cpuOf: { server: server!.pid, neo4j: neo4j!.managed.pid },
      });
    // A fresh Neo4j compiles each plan on first use: the first answers (a hit's miss, a distinct
    // query's) come before anything is measured, however slow the machine.
    for (const body of [hitQuestion.ours, { query: DISTINCT, variables: { id: 'churn-warm-up' } }]) {
      for (let attempt = 0; attempt < 30 && (await server.ask(body)).errors; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    log(`Hit path before the churn (${hitQuestion.name}, c=${connections}, ${hitSeconds} s)…`);
    const before = await hitPath();
    log(`  p50 ${before.p50} ms, ${before.throughput.toFixed(0)} req/s`);

    log(`Churn: ${queries} distinct queries, ${connections} at a time, through a ${cacheMiB} MiB cache…`);
    const samples: Sample[] = [];
    const churnStarted = performance.now();
    let sent = 0;
    let failed = 0;
    const missTimes: number[] = [];
    const sample = async (): Promise<void> => {
      samples.push({
        seconds: Number(((performance.now() - churnStarted) / 1000).toFixed(1)),
        sent,
        rssMiB: rssMiB(server!.pid),
        liveHeapMiB: (await server!.heapMiB({ afterGc: true })).heapUsed,
        cache: await server!.cacheStats(),
      });
      const last = samples.at(-1)!;
      log(
        `  ${last.seconds} s: ${sent} sent, RSS ${last.rssMiB} MiB, live heap ${last.liveHeapMiB} MiB, cache ${last.cache?.entries} entries ${(
          (last.cache?.bytes ?? 0) /
          2 ** 20
        ).toFixed(1)} MiB, ${last.cache?.evictions} evictions`,
      );
    };
    await sample();
    const timer = setInterval(() => void sample(), SAMPLE_EVERY_MS);
    const worker = async (): Promise<void> => {
      while (sent < queries) {
        const id = `churn-${sent++}`;
        const started = performance.now();
        const response = await fetch(server!.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DISTINCT, variables: { id } }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (!response.ok || body.errors) failed++;
        missTimes.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    clearInterval(timer);
    await sample();
    const churnSeconds = (performance.now() - churnStarted) / 1000;

    log('Hit path after the churn…');
    const after = await hitPath();
    log(`  p50 ${after.p50} ms, ${after.throughput.toFixed(0)} req/s`);
    await sample();

    missTimes.sort((a, b) => a - b);
    const rss = samples.map((s) => s.rssMiB);
    const half = Math.floor(rss.length / 2);
    const mean = (values: number[]): number => values.reduce((sum, n) => sum + n, 0) / Math.max(1, values.length);
    const final = samples.at(-1)!.cache;
    const results = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:churn -- ${argv.join(' ')}`.trim(),
      settings: { queries, cacheMiB, connections, hitSeconds },
      loadAverage: { before: loadBefore, after: loadavg() },
      hitPath: { question: hitQuestion.name, before, after, p50Ratio: after.p50 / before.p50 },
      churn: {
        seconds: churnSeconds,
        perSecond: queries / churnSeconds,
        failed,
        missP50: percentile(missTimes, 0.5),
        missP99: percentile(missTimes, 0.99),
      },
      rss: {
        firstHalfMeanMiB: mean(rss.slice(0, half)),
        secondHalfMeanMiB: mean(rss.slice(half)),
        maxMiB: Math.max(...rss),
      },
      liveHeap: {
        firstHalfMeanMiB: mean(samples.slice(0, half).map((s) => s.liveHeapMiB)),
        secondHalfMeanMiB: mean(samples.slice(half).map((s) => s.liveHeapMiB)),
        maxMiB: Math.max(...samples.map((s) => s.liveHeapMiB)),
      },
      cache: final,
      samples,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'churn-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(
      [
        `Cache churn, ${queries} distinct queries through a ${cacheMiB} MiB cache (c=${connections}):`,
        `- hit path (${hitQuestion.name}) p50 ${before.p50} ms before, ${after.p50} ms after (${results.hitPath.p50Ratio.toFixed(2)}×); ${before.throughput.toFixed(0)} and ${after.throughput.toFixed(0)} req/s`,
        `- churn: ${results.churn.perSecond.toFixed(0)} req/s, miss p50 ${results.churn.missP50.toFixed(2)} ms, p99 ${results.churn.missP99.toFixed(2)} ms, ${failed} failed`,
        `- RSS: mean ${results.rss.firstHalfMeanMiB.toFixed(0)} MiB in the first half of the samples, ${results.rss.secondHalfMeanMiB.toFixed(0)} MiB in the second, max ${results.rss.maxMiB} MiB`,
        `- live heap after a full collection: mean ${results.liveHeap.firstHalfMeanMiB.toFixed(0)} MiB in the first half, ${results.liveHeap.secondHalfMeanMiB.toFixed(0)} MiB in the second, max ${results.liveHeap.maxMiB} MiB`,
        `- cache at the end: ${final?.entries} entries, ${((final?.bytes ?? 0) / 2 ** 20).toFixed(2)} of ${((final?.maxBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, ${final?.hits} hits, ${final?.misses} misses, ${final?.evictions} evictions, ${final?.versionPolls} version polls`,
        `Results in bench/results/churn-latest.json`,
        '',
      ].join('\n'),
    );
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  log(String((error as Error)?.stack ?? error));
  process.exitCode = 1;
});
