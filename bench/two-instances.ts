import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project-root';
import type { BenchNeo4j } from './bench-neo4j';
import { percentile } from './percentile';
import { flag, startSeededBenchNeo4j } from './seeded-bench-neo4j';
import { startServerProcess, type StartedServerProcess } from './server-process';

/**
 * Two instances of the server, response cache on, over one Neo4j: a curator writes through one
 * (the writer) while anonymous readers ask both for what was written. A read that started after
 * a write was answered, yet gives an older value, is an old answer; its lateness is from that
 * write's answer to the read's. The writer must never give one; the other instance, only until
 * it next asks Neo4j for the graph's version (GRAPH_VERSION_POLL_MS, 1 s by default).
 */
const RESULTS_DIR = join(PROJECT_ROOT, 'bench', 'results');
const KEY = 'two-instances-writer-key-0123456789';
const PERSON_ID = 'bench-two-instances';
const READ = { query: `query ($id: ID!) { person(id: $id) { name } }`, variables: { id: PERSON_ID } };
const WRITE = `mutation ($input: PersonInput!) { upsertPerson(input: $input) { id name } }`;

interface Read {
  readonly started: number;
  readonly ended: number;
  readonly value: number;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || answer.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer.data;
}

/** The write number a read's answer shows ("Version 12" is the twelfth write). */
const valueOf = (data: unknown): number =>
  Number(/(\d+)$/.exec((data as { person: { name: string } }).person.name)?.[1]);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const seconds = Number(flag(argv, 'seconds') ?? 30);
  const writeEveryMs = Number(flag(argv, 'write-every-ms') ?? 250);
  const readers = Number(flag(argv, 'readers') ?? 4);
  const pollMs = Number(flag(argv, 'poll-ms') ?? 1000);
  const name = flag(argv, 'instance') ?? 'two-instances';
  const boltPort = Number(flag(argv, 'port') ?? 7696);
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  let neo4j: BenchNeo4j | undefined;
  const servers: StartedServerProcess[] = [];
  const cleanup = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.stop()));
    await neo4j?.close();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    neo4j = await startSeededBenchNeo4j({ name, boltPort, log });
    const env = { API_KEYS: `bench-writer:curator:${KEY}`, GRAPH_VERSION_POLL_MS: String(pollMs) };
    const writer = await startServerProcess('ours-cached', neo4j.managed, env);
    servers.push(writer);
    const other = await startServerProcess('ours-cached', neo4j.managed, env);
    servers.push(other);
    const write = (n: number) =>
      post(
        writer.url,
        { query: WRITE, variables: { input: { id: PERSON_ID, name: `Version ${n}`, sources: ['seed-001'] } } },
        { authorization: `Bearer ${KEY}` },
      );
    await write(0);
    /** When each write's answer arrived: from then on, no read may give an older value. */
    const answered: number[] = [performance.now()];
    const reads = { writer: [] as Read[], other: [] as Read[] };
    let running = true;
    const reader = async (url: string, into: Read[]): Promise<void> => {
      while (running) {
        const started = performance.now();
        const value = valueOf(await post(url, READ));
        into.push({ started, ended: performance.now(), value });
      }
    };
    log(`${seconds} s: a write through one instance every ${writeEveryMs} ms, ${readers} readers on each…`);
    const readersDone = Promise.all([
      ...Array.from({ length: readers }, () => reader(writer.url, reads.writer)),
      ...Array.from({ length: readers }, () => reader(other.url, reads.other)),
    ]);
    const until = performance.now() + seconds * 1000;
    for (let n = 1; performance.now() < until; n++) {
      await write(n);
      answered[n] = performance.now();
      await sleep(writeEveryMs);
    }
    running = false;
    await readersDone;

    const judge = (list: Read[]) => {
      const lateness: number[] = [];
      let old = 0;
      for (const read of list) {
        // The newest write answered before this read was sent.
        let latest = 0;
        while (latest + 1 < answered.length && answered[latest + 1]! <= read.started) latest++;
        if (read.value < latest) {
          old++;
          lateness.push(read.ended - answered[latest]!);
        }
      }
      lateness.sort((a, b) => a - b);
      return {
        reads: list.length,
        oldAnswers: old,
        longestOldMs: lateness.length ? Number(lateness.at(-1)!.toFixed(1)) : 0,
        p50OldMs: lateness.length ? Number(percentile(lateness, 0.5).toFixed(1)) : 0,
      };
    };
    const results = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:two-instances -- ${argv.join(' ')}`.trim(),
      settings: { seconds, writeEveryMs, readers, pollMs },
      loadAverage: { before: loadBefore, after: loadavg() },
      writes: answered.length - 1,
      writer: { ...judge(reads.writer), cache: await writer.cacheStats() },
      other: { ...judge(reads.other), cache: await other.cacheStats() },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'two-instances-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    const line = (label: string, r: typeof results.writer) => {
      const hitRatio = r.cache ? (r.cache.hits / Math.max(1, r.cache.hits + r.cache.misses)) * 100 : NaN;
      return `- ${label}: ${r.reads} reads, ${r.oldAnswers} old answers, longest ${r.longestOldMs} ms after the write's answer (p50 of old ones ${r.p50OldMs} ms); hit ratio ${hitRatio.toFixed(1)}%, ${r.cache?.versionPolls} version polls`;
    };
    process.stdout.write(
      [
        `Two instances, ${results.writes} writes through one in ${seconds} s (poll interval ${pollMs} ms):`,
        line('the writing instance', results.writer),
        line('the other instance', results.other),
        'Results in bench/results/two-instances-latest.json',
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
