import type { BenchResults, Run, SizeResults } from './results-model';
import type { ServerKind } from './servers/serve';
import { QUESTIONS, type QuestionName } from './suite';

export const TARGETS = {
  throughputVsNeo4jGraphql: 1.5,
  p50VsRaw: 1.3,
  p50GrowthTo1e6: 1.5,
  /** With the response cache on, at every question, size and concurrency. */
  cachedThroughputVsNeo4jGraphql: 3,
  cachedP50VsRaw: 1,
} as const;
const TARGET_CONCURRENCIES = [10, 50];

const find = (size: SizeResults, question: QuestionName, concurrency: number, server: ServerKind): Run | undefined =>
  size.runs.find((r) => r.question === question && r.concurrency === concurrency && r.server === server);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};
const fixed = (n: number | undefined, digits = 2): string =>
  n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
const sizeLabel = (n: number): string => `10^${Math.round(Math.log10(n))}`;

/** The per-size table: throughput and latency of each server, and the two ratios. */
export function sizeTable(size: SizeResults): string {
  const header =
    '| question | c | ours req/s | ours p50 | ours p99 | @neo4j/graphql req/s | p50 | p99 | raw req/s | p50 | p99 | ours/@neo4j/graphql req/s | ours/raw p50 |';
  const rule = `|${header
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  const lines = [header, rule];
  for (const question of QUESTIONS) {
    for (const c of [...new Set(size.runs.map((r) => r.concurrency))]) {
      const ours = find(size, question.name, c, 'ours');
      const ng = find(size, question.name, c, 'neo4j-graphql');
      const raw = find(size, question.name, c, 'raw');
      const cell = (r: Run | undefined): string[] => [fixed(r?.throughput, 0), fixed(r?.p50), fixed(r?.p99)];
      lines.push(
        `| ${question.name} | ${c} | ${[...cell(ours), ...cell(ng), ...cell(raw)].join(' | ')} | ${fixed(
          ours && ng ? ours.throughput / ng.throughput : undefined,
        )}× | ${fixed(ours && raw ? ours.p50 / raw.p50 : undefined)}× |`,
      );
    }
  }
  return lines.join('\n');
}

/** The cache-on table of one size: ours-cached beside ours, its hit ratio, and its two ratios. */
export function cachedTable(size: SizeResults): string {
  if (!size.runs.some((r) => r.server === 'ours-cached')) return '';
  const header =
    '| question | c | ours-cached req/s | p50 | p99 | hit ratio | ours req/s | p50 | ours-cached/@neo4j/graphql req/s | ours-cached/raw p50 |';
  const lines = [
    header,
    `|${header
      .split('|')
      .slice(1, -1)
      .map(() => '---')
      .join('|')}|`,
  ];
  for (const question of QUESTIONS) {
    for (const c of [...new Set(size.runs.map((r) => r.concurrency))]) {
      const cached = find(size, question.name, c, 'ours-cached');
      const ours = find(size, question.name, c, 'ours');
      const ng = find(size, question.name, c, 'neo4j-graphql');
      const raw = find(size, question.name, c, 'raw');
      lines.push(
        `| ${question.name} | ${c} | ${fixed(cached?.throughput, 0)} | ${fixed(cached?.p50)} | ${fixed(cached?.p99)} | ${
          cached?.hitRatio === undefined ? '–' : `${(cached.hitRatio * 100).toFixed(2)}%`
        } | ${fixed(ours?.throughput, 0)} | ${fixed(ours?.p50)} | ${fixed(
          cached && ng ? cached.throughput / ng.throughput : undefined,
        )}× | ${fixed(cached && raw ? cached.p50 / raw.p50 : undefined)}× |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * One line per question with the ratios the targets are about: throughput against
 * @neo4j/graphql and p50 against the raw driver on the largest graph, and p50 growth from the
 * smallest graph to the largest.
 */
export function headlineTable(results: BenchResults): string {
  const smallest = results.sizes[0];
  const largest = results.sizes.at(-1);
  if (!smallest || !largest) return '';
  const cs = results.settings.concurrencies;
  const at = sizeLabel(largest.target);
  const header = [
    'question',
    ...cs.map((c) => `req/s ours ÷ @neo4j/graphql, c=${c}`),
    ...cs.map((c) => `p50 ours ÷ raw, c=${c}`),
    ...(largest === smallest ? [] : cs.map((c) => `p50 ${at} ÷ ${sizeLabel(smallest.target)}, c=${c} (raw's)`)),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const question of QUESTIONS) {
    const ours = (size: SizeResults, c: number) => find(size, question.name, c, 'ours');
    const cells = [
      ...cs.map((c) =>
        ratio(ours(largest, c)?.throughput, find(largest, question.name, c, 'neo4j-graphql')?.throughput),
      ),
      ...cs.map((c) => ratio(ours(largest, c)?.p50, find(largest, question.name, c, 'raw')?.p50)),
      // The raw driver's own growth on the same question shows how much of ours is the machine's drift.
      ...(largest === smallest
        ? []
        : cs.map((c) => {
            const raw = (size: SizeResults) => find(size, question.name, c, 'raw')?.p50;
            return `${ratio(ours(largest, c)?.p50, ours(smallest, c)?.p50)} (${ratio(raw(largest), raw(smallest))})`;
          })),
    ];
    lines.push(`| ${question.name} | ${cells.join(' | ')} |`);
  }
  return `Ratios on the ${at}-node graph (${largest.nodes} nodes):\n\n${lines.join('\n')}`;
}

/**
 * Where the cores went per answer, on the largest graph at one concurrency: each server's own
 * process and Neo4j's, in ms of CPU per request.
 */
export function cpuTable(results: BenchResults, concurrency = 10): string {
  const largest = results.sizes.at(-1);
  if (!largest || !largest.runs.some((r) => r.cpuMsPerRequest)) return '';
  const servers: Array<[ServerKind, string]> = [
    ['ours', 'ours'],
    ['neo4j-graphql', '@neo4j/graphql'],
    ['raw', 'raw'],
  ];
  const header = ['question', ...servers.map(([, label]) => `${label}: server + Neo4j = total`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const question of QUESTIONS) {
    const cells = servers.map(([kind]) => {
      const cpu = find(largest, question.name, concurrency, kind)?.cpuMsPerRequest;
      return cpu ? `${fixed(cpu.server)} + ${fixed(cpu.neo4j)} = ${fixed(cpu.server + cpu.neo4j)}` : '–';
    });
    lines.push(`| ${question.name} | ${cells.join(' | ')} |`);
  }
  return `CPU per answer in ms on the ${sizeLabel(largest.target)}-node graph at c=${concurrency} (the server's process, Neo4j's):\n\n${lines.join('\n')}`;
}

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;

export interface TargetCheck {
  readonly target: string;
  readonly met: boolean;
  readonly misses: string[];
  readonly worst: string;
}

/** Each benchmark target against the figures, with every miss spelled out. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const throughputMisses: string[] = [];
  const p50Misses: string[] = [];
  let worstThroughput = Infinity;
  let worstThroughputAt = '';
  let worstP50 = 0;
  let worstP50At = '';
  for (const size of results.sizes) {
    for (const run of size.runs.filter((r) => r.server === 'ours')) {
      const at = `${run.question} c=${run.concurrency} at ${sizeLabel(size.target)}`;
      const ng = find(size, run.question, run.concurrency, 'neo4j-graphql');
      const raw = find(size, run.question, run.concurrency, 'raw');
      if (ng && TARGET_CONCURRENCIES.includes(run.concurrency)) {
        const ratio = run.throughput / ng.throughput;
        if (ratio < worstThroughput) [worstThroughput, worstThroughputAt] = [ratio, at];
        if (ratio < TARGETS.throughputVsNeo4jGraphql) throughputMisses.push(`${at}: ${ratio.toFixed(2)}×`);
      }
      if (raw) {
        const ratio = run.p50 / raw.p50;
        if (ratio > worstP50) [worstP50, worstP50At] = [ratio, at];
        if (ratio > TARGETS.p50VsRaw) p50Misses.push(`${at}: ${ratio.toFixed(2)}×`);
      }
    }
  }
  const unequal = results.sizes.flatMap((s) =>
    s.equivalence
      .filter((e) => !e.neo4jGraphqlEqual || !e.rawEqual)
      .map((e) => `${e.question} at ${sizeLabel(s.target)}`),
  );
  checks.push({
    target: `throughput ≥ ${TARGETS.throughputVsNeo4jGraphql}× @neo4j/graphql at c=10 and 50, identical results`,
    met: throughputMisses.length === 0 && unequal.length === 0,
    misses: [...throughputMisses, ...unequal.map((u) => `answers differ: ${u}`)],
    worst: `${worstThroughput.toFixed(2)}× (${worstThroughputAt})`,
  });
  checks.push({
    target: `p50 ≤ ${TARGETS.p50VsRaw}× the raw driver's`,
    met: p50Misses.length === 0,
    misses: p50Misses,
    worst: `${worstP50.toFixed(2)}× (${worstP50At})`,
  });
  const cachedThroughputMisses: string[] = [];
  const cachedP50Misses: string[] = [];
  for (const size of results.sizes) {
    for (const run of size.runs.filter((r) => r.server === 'ours-cached')) {
      const at = `${run.question} c=${run.concurrency} at ${sizeLabel(size.target)}`;
      const ng = find(size, run.question, run.concurrency, 'neo4j-graphql');
      const raw = find(size, run.question, run.concurrency, 'raw');
      if (ng && run.throughput / ng.throughput < TARGETS.cachedThroughputVsNeo4jGraphql)
        cachedThroughputMisses.push(`${at}: ${(run.throughput / ng.throughput).toFixed(2)}×`);
      if (raw && run.p50 / raw.p50 > TARGETS.cachedP50VsRaw)
        cachedP50Misses.push(`${at}: ${(run.p50 / raw.p50).toFixed(2)}×`);
    }
  }
  if (results.sizes.some((size) => size.runs.some((r) => r.server === 'ours-cached'))) {
    checks.push({
      target: `cache on: throughput ≥ ${TARGETS.cachedThroughputVsNeo4jGraphql}× @neo4j/graphql everywhere`,
      met: cachedThroughputMisses.length === 0,
      misses: cachedThroughputMisses,
      worst: cachedThroughputMisses.length ? 'see misses' : 'none missed',
    });
    checks.push({
      target: `cache on: p50 ≤ the raw driver's everywhere`,
      met: cachedP50Misses.length === 0,
      misses: cachedP50Misses,
      worst: cachedP50Misses.length ? 'see misses' : 'none missed',
    });
  }
  const smallest = results.sizes[0];
  const largest = results.sizes.at(-1);
  if (smallest && largest && largest !== smallest) {
    const growthMisses: string[] = [];
    let worstGrowth = 0;
    let worstGrowthAt = '';
    for (const run of largest.runs.filter((r) => r.server === 'ours')) {
      const base = find(smallest, run.question, run.concurrency, 'ours');
      if (!base) continue;
      const growth = run.p50 / base.p50;
      const at = `${run.question} c=${run.concurrency}`;
      if (growth > worstGrowth) [worstGrowth, worstGrowthAt] = [growth, at];
      if (growth > TARGETS.p50GrowthTo1e6) growthMisses.push(`${at}: ${growth.toFixed(2)}×`);
    }
    checks.push({
      target: `p50 at ${sizeLabel(largest.target)} ≤ ${TARGETS.p50GrowthTo1e6}× p50 at ${sizeLabel(smallest.target)}`,
      met: growthMisses.length === 0,
      misses: growthMisses,
      worst: `${worstGrowth.toFixed(2)}× (${worstGrowthAt})`,
    });
  }
  return checks;
}

/** The whole report as Markdown: machine, sizes and loading, answers, plans, tables, targets. */
export function markdownReport(results: BenchResults): string {
  const parts: string[] = [];
  const m = results.machine;
  parts.push(
    `Run ${results.startedAt} → ${results.finishedAt}${results.quick ? ' (quick run)' : ''}: \`${results.command}\``,
  );
  parts.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} memory; Node ${m.node}; Neo4j ${m.neo4j}.`);
  parts.push(
    `Load: autocannon, ${results.settings.warmupSeconds} s warm-up then ${results.settings.rounds ?? 1} × ${results.settings.seconds} s measured per server, question and concurrency, servers interleaved round by round; each figure is the median of its rounds. Latencies in ms.`,
  );
  parts.push(headlineTable(results));
  const cpu = cpuTable(results);
  if (cpu) parts.push(cpu);
  const sizeRows = [
    '| size | nodes | relationships | loaded | load rate | ours RSS | ours-cached RSS | @neo4j/graphql RSS | raw RSS | Neo4j RSS |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of results.sizes) {
    sizeRows.push(
      `| ${sizeLabel(s.target)} | ${s.nodes} | ${s.relationships} | ${s.load ? `${s.load.nodesWritten} nodes in ${s.load.seconds.toFixed(0)} s` : '–'} | ${
        s.load ? `${s.load.nodesPerSecond.toFixed(0)} nodes/s` : '–'
      } | ${s.memoryMiB.ours} MiB | ${s.memoryMiB['ours-cached'] ?? '–'} MiB | ${s.memoryMiB['neo4j-graphql']} MiB | ${s.memoryMiB.raw} MiB | ${s.memoryMiB.neo4j} MiB |`,
    );
  }
  parts.push(sizeRows.join('\n'));
  for (const s of results.sizes) {
    parts.push(`### ${sizeLabel(s.target)} nodes (${s.nodes})`);
    const unequal = s.equivalence.filter((e) => !e.neo4jGraphqlEqual || !e.rawEqual || e.cachedEqual === false);
    parts.push(
      unequal.length === 0
        ? `Answers: all ${s.equivalence.length} questions answered identically by the three servers.`
        : `Answers differ: ${unequal.map((e) => `${e.question} (${e.difference})`).join('; ')}`,
    );
    const scans = Object.entries(s.plans).flatMap(([q, reports]) =>
      reports.flatMap((r) => r.scans.map((scan) => `${q}: ${scan}`)),
    );
    const hits = Object.entries(s.plans)
      .map(([q, reports]) => `${q} ${reports.reduce((sum, r) => sum + (r.dbHits ?? 0), 0)}`)
      .join(', ');
    parts.push(
      `Plans (PROFILE of our statements): ${scans.length === 0 ? 'no full label or index scan' : scans.join(', ')}; db hits per request: ${hits}.`,
    );
    const foreign = s.runs.map((r) => r.foreignCpu).filter((n) => !Number.isNaN(n));
    parts.push(
      `Other processes on the machine: load average ${s.loadAverage.before.join(' ')} before, ${s.loadAverage.after.join(' ')} after; they used ${(
        median(foreign) * 100
      ).toFixed(0)}% of the CPU during the median measurement (max ${(Math.max(...foreign) * 100).toFixed(0)}%).`,
    );
    parts.push(sizeTable(s));
    const cached = cachedTable(s);
    if (cached) parts.push(`Response cache on (ours-cached) against off (ours):\n\n${cached}`);
  }
  parts.push('### Targets');
  for (const check of checkTargets(results)) {
    parts.push(
      `- ${check.met ? 'MET' : 'MISSED'}: ${check.target}; worst ${check.worst}${
        check.misses.length ? `; misses: ${check.misses.join(', ')}` : ''
      }`,
    );
  }
  const catalogScans = results.catalogPlans.filter((p) => p.scans.length > 0);
  parts.push(
    `EXPLAIN of all ${results.catalogPlans.length} read statements in src/db: ${
      catalogScans.length === 0
        ? 'no full scan'
        : catalogScans.map((p) => `${p.statement} (${p.scans.join(', ')})`).join(', ')
    }.`,
  );
  return `${parts.join('\n\n')}\n`;
}
