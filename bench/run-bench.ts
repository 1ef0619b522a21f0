import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { statement } from '../src/db/statement';
import { NEO4J_VERSION } from '../src/neo4j-local/layout';
import { PROJECT_ROOT } from '../src/project-root';
import { seedFromDirectory } from '../src/seed/seed-graph';
import { checkEquivalence, requestFor } from './ask-all';
import { BENCH_BOLT_PORT, BENCH_INSTANCE, BENCH_NEO4J_MEMORY, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { measure, medianOf, type LoadResult } from './load-test';
import { explainCatalog, profileSuite } from './plan-check';
import { markdownReport, sizeTable } from './report';
import type { BenchResults, Machine, Run, SizeResults } from './results-model';
import { rssMiB, startServerProcess, type StartedServerProcess } from './server-process';
import { SERVER_KINDS, type ServerKind } from './servers/serve';
import { QUESTIONS } from './suite';
import { latencyPlot } from './svg-plot';
import { loadFranchises } from './synthetic/load-synthetic';

/** The generator's seed: change it and the synthetic graph changes, keep it and it never does. */
const SEED = 20_240_930;
/** A franchise adds about 60 to 80 nodes (fewer as name keys start to be shared). */
const NODES_PER_FRANCHISE_AT_MOST = 80;
const RESULTS_DIR = join(PROJECT_ROOT, 'bench', 'results');

interface Options {
  sizes: number[];
  concurrencies: number[];
  warmupSeconds: number;
  seconds: number;
  /** Measured windows per server, question and concurrency; the figures are their medians. */
  rounds: number;
  quick: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const flag = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const numbers = (text: string): number[] => text.split(',').map(Number);
  const quick = argv.includes('--quick');
  return {
    quick,
    sizes: numbers(flag('sizes') ?? (quick ? '1e4' : '1e4,1e5,1e6')),
    concurrencies: numbers(flag('concurrency') ?? (quick ? '1,10' : '1,10,50')),
    warmupSeconds: Number(flag('warmup') ?? 1),
    seconds: Number(flag('seconds') ?? 2),
    rounds: Number(flag('rounds') ?? (quick ? 1 : 3)),
  };
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  let neo4j: BenchNeo4j | undefined;
  const servers: Partial<Record<ServerKind, StartedServerProcess>> = {};
  const cleanup = async (): Promise<void> => {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await neo4j?.close();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    log(`Starting the bench Neo4j (instance "${BENCH_INSTANCE}", port ${BENCH_BOLT_PORT}, with APOC), wiped…`);
    neo4j = await startBenchNeo4j({ fresh: true, log });
    if (neo4j.managed.attached)
      throw new Error('the bench Neo4j is already running for another process: stop it first');
    log('Loading the real graph from seed/…');
    await seedFromDirectory(neo4j.executor, join(PROJECT_ROOT, 'seed'), { reset: true });
    for (const kind of SERVER_KINDS) servers[kind] = await startServerProcess(kind, neo4j.managed);
    const all = servers as Record<ServerKind, StartedServerProcess>;

    // A fresh server's first seconds are JIT compilation and plan caching: warm every server on
    // every question before anything is measured, or the first size would look slower than it is.
    log(`Warming up every server on every question (${options.warmupSeconds * 3} s each)…`);
    for (const question of QUESTIONS) {
      for (const kind of SERVER_KINDS) {
        const { path, body } = requestFor(question, kind);
        await measure({
          url: `${all[kind].url}${path}`,
          body,
          connections: 10,
          warmupSeconds: options.warmupSeconds,
          seconds: options.warmupSeconds * 2,
          ownPids: [],
        });
      }
    }

    const sizes: SizeResults[] = [];
    let franchises = 0;
    for (const target of options.sizes) {
      let count = await countGraph(neo4j);
      let load: SizeResults['load'] = null;
      if (count.nodes < target) {
        log(`Growing the graph from ${count.nodes} to about ${target} nodes…`);
        let written = 0;
        let seconds = 0;
        while (count.nodes < target) {
          const more = Math.max(1, Math.ceil((target - count.nodes) / NODES_PER_FRANCHISE_AT_MOST));
          const report = await loadFranchises(neo4j.executor, {
            seed: SEED,
            from: franchises,
            to: franchises + more,
            log,
          });
          franchises += more;
          written += report.nodesWritten;
          seconds += report.seconds;
          count = await countGraph(neo4j);
        }
        await neo4j.executor.write(statement('bench:awaitIndexes', 'CALL db.awaitIndexes(600)'));
        load = { nodesWritten: written, seconds, nodesPerSecond: written / seconds };
        log(`  ${written} nodes in ${seconds.toFixed(0)} s: ${load.nodesPerSecond.toFixed(0)} nodes/s`);
      }
      log(`Size ${target}: ${count.nodes} nodes, ${count.relationships} relationships. Checking answers and plans…`);
      const equivalence = [];
      for (const question of QUESTIONS) equivalence.push(await checkEquivalence(question, all));
      const plans = await profileSuite(neo4j.driver, QUESTIONS);
      const before = loadavg().map((n) => Number(n.toFixed(2)));
      const runs: Run[] = [];
      const memoryMiB = { ours: 0, 'ours-cached': 0, 'neo4j-graphql': 0, raw: 0, neo4j: 0 };
      for (const [ci, concurrency] of options.concurrencies.entries()) {
        for (const [qi, question] of QUESTIONS.entries()) {
          // Interleaved: every server answers the same question at the same concurrency in turn,
          // round after round, and who goes first rotates, so drift on a shared machine spreads
          // over all three; each figure is the median of a server's rounds.
          const windows = new Map<ServerKind, LoadResult[]>(SERVER_KINDS.map((kind) => [kind, []]));
          // The cached server's hits and misses over its measured windows (warm-ups included, so
          // the first window's one miss counts too).
          const cacheBefore = await all['ours-cached'].cacheStats();
          for (let round = 0; round < options.rounds; round++) {
            const order = SERVER_KINDS.map((_, i) => SERVER_KINDS[(i + qi + ci + round) % SERVER_KINDS.length]!);
            for (const kind of order) {
              const { path, body } = requestFor(question, kind);
              const result = await measure({
                url: `${all[kind].url}${path}`,
                body,
                connections: concurrency,
                warmupSeconds: round === 0 ? options.warmupSeconds : 0,
                seconds: options.seconds,
                ownPids: [process.pid, neo4j.managed.pid, ...SERVER_KINDS.map((k) => all[k].pid)],
                cpuOf: { server: all[kind].pid, neo4j: neo4j.managed.pid },
              });
              windows.get(kind)!.push(result);
              log(
                `  ${question.name.padEnd(10)} c=${String(concurrency).padEnd(3)} ${kind.padEnd(14)} ${result.throughput.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  CPU/request ${result.cpuMsPerRequest?.server.toFixed(2)} + Neo4j ${result.cpuMsPerRequest?.neo4j.toFixed(2)} ms  other CPU ${(result.foreignCpu * 100).toFixed(0)}%${result.failures ? `  FAILURES ${result.failures}` : ''}`,
              );
            }
          }
          const cacheAfter = await all['ours-cached'].cacheStats();
          const hitRatio =
            cacheBefore && cacheAfter
              ? (cacheAfter.hits - cacheBefore.hits) /
                Math.max(1, cacheAfter.hits - cacheBefore.hits + cacheAfter.misses - cacheBefore.misses)
              : undefined;
          for (const kind of SERVER_KINDS) {
            runs.push({
              question: question.name,
              concurrency,
              server: kind,
              ...medianOf(windows.get(kind)!),
              ...(kind === 'ours-cached' && hitRatio !== undefined ? { hitRatio } : {}),
            });
          }
        }
        for (const kind of SERVER_KINDS) memoryMiB[kind] = Math.max(memoryMiB[kind], all[kind].rssMiB());
        memoryMiB.neo4j = Math.max(memoryMiB.neo4j, rssMiB(neo4j.managed.pid));
      }
      const size: SizeResults = {
        target,
        ...count,
        load,
        equivalence,
        plans,
        memoryMiB,
        loadAverage: { before, after: loadavg().map((n) => Number(n.toFixed(2))) },
        runs,
      };
      sizes.push(size);
      process.stdout.write(`\n## ${target} nodes\n\n${sizeTable(size)}\n`);
    }
    const catalogPlans = await explainCatalog(neo4j.driver);
    const results: BenchResults = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run ${options.quick ? 'bench:quick' : 'bench'} -- ${process.argv.slice(2).join(' ')}`.trim(),
      quick: options.quick,
      machine: machine(),
      settings: {
        seed: SEED,
        concurrencies: options.concurrencies,
        warmupSeconds: options.warmupSeconds,
        seconds: options.seconds,
        rounds: options.rounds,
        neo4j: { ...BENCH_NEO4J_MEMORY },
      },
      sizes,
      catalogPlans,
    };
    writeResults(results);
  } finally {
    await cleanup();
  }
}

async function countGraph(neo4j: BenchNeo4j): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await neo4j.executor.read(statement('bench:nodes', 'MATCH (n) RETURN count(n) AS count'));
  const [relationships] = await neo4j.executor.read(
    statement('bench:relationships', 'MATCH ()-[r]->() RETURN count(r) AS count'),
  );
  return { nodes: Number(nodes?.count ?? 0), relationships: Number(relationships?.count ?? 0) };
}

function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    neo4j: `${NEO4J_VERSION} Community (managed, heap ${BENCH_NEO4J_MEMORY.heap}, page cache ${BENCH_NEO4J_MEMORY.pageCache})`,
  };
}

function writeResults(results: BenchResults): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const prefix = results.quick ? 'quick-' : '';
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(RESULTS_DIR, `${prefix}${stamp}.json`), json);
  writeFileSync(join(RESULTS_DIR, `${prefix}latest.json`), json);
  const report = markdownReport(results);
  writeFileSync(join(RESULTS_DIR, `${prefix}latest.md`), report);
  for (const c of results.settings.concurrencies) {
    writeFileSync(join(RESULTS_DIR, `${prefix}latency-vs-size-c${c}.svg`), latencyPlot(results, c));
  }
  process.stdout.write(`\n${report}`);
  log(`Results in ${RESULTS_DIR}: ${prefix}latest.json, ${prefix}latest.md, ${prefix}latency-vs-size-c*.svg`);
}

main().catch((error: unknown) => {
  log(String((error as Error)?.stack ?? error));
  process.exitCode = 1;
});
