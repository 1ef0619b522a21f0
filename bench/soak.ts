import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { NEO4J_VERSION } from '../src/neo4j-local/layout';
import { PROJECT_ROOT } from '../src/project-root';
import { seedFromDirectory } from '../src/seed/seed-graph';
import { BENCH_NEO4J_MEMORY, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { startCpuWatch } from './cpu-share';
import { meanRss, rssSlopePerMinute, startMemorySampler, type MemorySample } from './memory-sampler';
import { startServerProcess, vmRssKiB, type StartedServerProcess } from './server-process';
import { failures, loadWindow, type SoakRequest, type WindowResult } from './soak-load';
import { memoryPlot } from './soak-plot';
import { QUESTIONS } from './suite';

/** Its own instance and port: never the server's 7687, the tests' 7688/7689/7691 nor the bench's 7690. */
const SOAK_INSTANCE = 'soak';
const SOAK_BOLT_PORT = 7693;
const RESULTS_DIR = join(PROJECT_ROOT, 'bench', 'results');
const SAMPLE_EVERY_MS = 10_000;
/** RSS "levels off" when the last 3 minutes' mean is within this share of minutes 3–6's. */
const LEVEL_TOLERANCE = 0.05;

interface Options {
  minutes: number;
  loadSeconds: number;
}

function parseOptions(argv: readonly string[]): Options {
  const flag = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  // Both flags exist only for a smoke run of the harness; the real run is 10 minutes and 40 s.
  return { minutes: Number(flag('minutes') ?? 10), loadSeconds: Number(flag('load-seconds') ?? 40) };
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
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
    log(`Starting the soak Neo4j (instance "${SOAK_INSTANCE}", port ${SOAK_BOLT_PORT}), wiped…`);
    const started = await startBenchNeo4j({ fresh: true, name: SOAK_INSTANCE, boltPort: SOAK_BOLT_PORT, log });
    if (started.managed.attached) {
      // Someone else's instance: close our driver but never stop their Neo4j.
      await started.driver.close();
      throw new Error('the soak Neo4j is already running for another process: stop it first');
    }
    neo4j = started;
    log('Loading the real graph from seed/…');
    await seedFromDirectory(neo4j.executor, join(PROJECT_ROOT, 'seed'), { reset: true });
    server = await startServerProcess('ours', neo4j.managed);
    const ownPids = [process.pid, neo4j.managed.pid, server.pid];
    const rssNow = (): number => Math.round((vmRssKiB(server!.pid) / 1024) * 10) / 10;
    const rssAtStart = rssNow();

    // The suite's headline question (who played Go Young and his counterparts, with sources), so
    // the figures compare with the tables above in BENCHMARKS.md.
    const headline = await soakRequest(server, 'portrayals', QUESTIONS.find((q) => q.name === 'portrayals')!.ours);
    const mix = await Promise.all(QUESTIONS.map((q) => soakRequest(server!, q.name, q.ours)));

    log('Warming up: 10 s of the mix at 10 connections, 5 s of the headline at 100 × 10…');
    await loadWindow({ url: server.url, requests: mix, connections: 10, pipelining: 1, seconds: 10, ownPids });
    await loadWindow({ url: server.url, requests: [headline], connections: 100, pipelining: 10, seconds: 5, ownPids });
    const rssAfterWarmup = rssNow();

    log(`Load: the headline query, 100 connections, pipelining 10, ${options.loadSeconds} s…`);
    const load = await loadWindow({
      url: server.url,
      requests: [headline],
      connections: 100,
      pipelining: 10,
      seconds: options.loadSeconds,
      ownPids,
    });
    log(`  ${describe(load)}`);
    const rssAfterLoad = rssNow();
    // The burst leaves requests the server had already accepted still running for a few seconds:
    // let them drain so the soak's first minute is not charged for them.
    await new Promise((resolve) => setTimeout(resolve, 10_000));

    log(`Soak: the suite's ${mix.length} questions in turn, 10 connections, ${options.minutes} × 1 min…`);
    const soakCpu = startCpuWatch(ownPids);
    const sampler = startMemorySampler(server, SAMPLE_EVERY_MS);
    const minutes: Array<WindowResult & { minute: number; rssMiB: number }> = [];
    for (let minute = 1; minute <= options.minutes; minute++) {
      // One window per minute: per-minute p99 and failures come straight from each window.
      const window = await loadWindow({
        url: server.url,
        requests: mix,
        connections: 10,
        pipelining: 1,
        seconds: 60,
        ownPids,
      });
      minutes.push({ minute, ...window, rssMiB: rssNow() });
      log(`  minute ${String(minute).padStart(2)}: ${describe(window)}  RSS ${rssNow()} MiB`);
    }
    const samples = await sampler.stop();
    const soakForeignCpu = Number(soakCpu().toFixed(3));

    const verdict = judge(samples, options.minutes);
    const results = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:soak ${process.argv.slice(2).join(' ')}`.trim(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
        node: process.version,
        neo4j: `${NEO4J_VERSION} Community (managed, heap ${BENCH_NEO4J_MEMORY.heap}, page cache ${BENCH_NEO4J_MEMORY.pageCache})`,
        loadAverage: { before: loadBefore.map(round2), after: loadavg().map(round2) },
      },
      settings: {
        load: {
          query: 'portrayals (bench/suite.ts)',
          connections: 100,
          pipelining: 10,
          seconds: options.loadSeconds,
        },
        soak: {
          questions: mix.map((r) => r.name),
          connections: 10,
          pipelining: 1,
          minutes: options.minutes,
          sampleEverySeconds: SAMPLE_EVERY_MS / 1000,
        },
      },
      rss: { atStart: rssAtStart, afterWarmup: rssAfterWarmup, afterLoad: rssAfterLoad },
      load: { ...load, failures: failures(load) },
      soak: {
        foreignCpu: soakForeignCpu,
        requests: minutes.reduce((sum, m) => sum + m.requests, 0),
        failures: minutes.reduce((sum, m) => sum + failures(m), 0),
        minutes,
        samples,
        verdict,
      },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'soak-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, 'soak-rss.svg'), memoryPlot(samples, verdict.windows));
    log(`Results in ${RESULTS_DIR}: soak-latest.json, soak-rss.svg`);
    process.stdout.write(
      `${JSON.stringify({ load: results.load, rss: results.rss, verdict, soakFailures: results.soak.failures, soakForeignCpu }, null, 2)}\n`,
    );
    if (results.load.failures > 0 || results.soak.failures > 0) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

/** Asks once, outside the load, and keeps the answer: every later answer must be byte-identical. */
async function soakRequest(server: StartedServerProcess, name: string, request: object): Promise<SoakRequest> {
  const body = JSON.stringify(request);
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const expected = await response.text();
  if (response.status !== 200 || (JSON.parse(expected) as { errors?: unknown }).errors) {
    throw new Error(`${name}: status ${response.status}, answer ${expected.slice(0, 500)}`);
  }
  return { name, body, expected };
}

/**
 * "Levelling off": the mean RSS of the last 3 minutes against minutes 3–6 (the first 3 minutes
 * are left out: that is where the heap grows to its working size). Scaled for shorter smoke runs.
 */
function judge(samples: readonly MemorySample[], minutes: number) {
  const s = (fraction: number): number => Math.round(fraction * minutes * 60);
  const middle = { from: s(0.3), to: s(0.6), label: `minutes ${s(0.3) / 60}–${s(0.6) / 60}` };
  const last = { from: s(0.7), to: s(1) + 1, label: `minutes ${s(0.7) / 60}–${minutes}` };
  const middleMean = meanRss(samples, middle.from, middle.to);
  const lastMean = meanRss(samples, last.from, last.to);
  const growthMiB = lastMean - middleMean;
  return {
    middleMeanMiB: round2(middleMean),
    lastMeanMiB: round2(lastMean),
    growthMiB: round2(growthMiB),
    growthPercent: round2((growthMiB / middleMean) * 100),
    lastSlopeMiBPerMinute: round2(rssSlopePerMinute(samples, last.from, last.to)),
    levelsOff: growthMiB / middleMean <= LEVEL_TOLERANCE,
    tolerancePercent: LEVEL_TOLERANCE * 100,
    rssFirstMiB: samples[0]?.rssMiB ?? NaN,
    rssMaxMiB: Math.max(...samples.map((x) => x.rssMiB)),
    rssLastMiB: samples.at(-1)?.rssMiB ?? NaN,
    windows: [
      { ...middle, mean: middleMean },
      { ...last, mean: lastMean },
    ],
  };
}

function describe(w: WindowResult): string {
  return `${w.requests} requests, ${w.requestsPerSecond.toFixed(0)} req/s, p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms, max ${w.max.toFixed(0)} ms, non-2xx ${w.non2xx}, errors ${w.errors}, timeouts ${w.timeouts}, mismatches ${w.mismatches}, other CPU ${(w.foreignCpu * 100).toFixed(0)}%`;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  log(String((error as Error)?.stack ?? error));
  process.exitCode = 1;
});
