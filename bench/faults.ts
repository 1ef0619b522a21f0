import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { neo4jLayout } from '../src/neo4j-local/layout';
import { PROJECT_ROOT } from '../src/project-root';
import { connectionFlood, fanOutFlood } from './faults/floods';
import { recoveryMs, startNormalTraffic, summarise } from './faults/normal-traffic';
import { vmRssKiB } from './server-process';
import { coldStart } from './cold-start';
import { QUESTIONS } from './suite';

/** Its own instance and port: never the server's 7687, the tests', the bench's 7690 nor the soak's 7693. */
const INSTANCE = 'faults-bench';
const BOLT_PORT = 7694;
const RESULTS = join(PROJECT_ROOT, 'bench', 'results', 'faults-latest.json');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `npm run bench:faults`: the server as `npm start` runs it (production, defaults, its own
 * supervised Neo4j on a fresh copy of the seed graph), under steady normal traffic, while Neo4j
 * is frozen and resumed, killed, and the server is flooded with idle and slow connections and
 * with fan-out queries. For each phase: the normal traffic's errors by code and p99, how long
 * service took to come back, and the server's memory. About four minutes.
 */
async function main(): Promise<void> {
  const instanceDir = neo4jLayout(PROJECT_ROOT).instanceDir(INSTANCE);
  rmSync(instanceDir, { recursive: true, force: true });
  const port = 4000 + Math.floor(Math.random() * 500) + 1_000;
  const server = spawn(process.execPath, ['--require', 'tsx/cjs', join(PROJECT_ROOT, 'src', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_LOCAL_INSTANCE: INSTANCE,
      NEO4J_LOCAL_BOLT_PORT: String(BOLT_PORT),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  const jvm = (): number => Number(readFileSync(join(instanceDir, 'run', 'neo4j.pid'), 'utf8').trim());
  const url = `http://127.0.0.1:${port}`;
  try {
    log('Starting the server with a fresh managed Neo4j (seed, warm-up)…');
    const started = Date.now();
    while (!output.includes('is ready in')) {
      if (server.exitCode !== null || Date.now() - started > 300_000)
        throw new Error(`server did not start:\n${output}`);
      await sleep(250);
    }
    const warmUp = /Warm-up: .*/.exec(output)?.[0] ?? 'no warm-up line';
    log(`  ${warmUp}`);
    const firstRequests = await coldStart(`${url}/graphql`);
    log(`  20 heavy first requests at once: ${JSON.stringify(firstRequests)} (target: all within 1.5 s)`);
    const ready = async (): Promise<boolean> =>
      (await fetch(`${url}/health/ready`)
        .then((r) => r.status)
        .catch(() => 0)) === 200;
    const untilReady = async (maxMs: number): Promise<number | null> => {
      const from = Date.now();
      while (Date.now() - from < maxMs) {
        if (await ready()) return Date.now() - from;
        await sleep(200);
      }
      return null;
    };
    const rss: Array<{ at: number; mib: number }> = [];
    const traffic = startNormalTraffic({
      url: `${url}/graphql`,
      bodies: QUESTIONS.map((q) => JSON.stringify({ query: q.ours.query, variables: q.ours.variables })),
      clients: 4,
      maxMs: 600_000,
    });
    const now = (): number => Date.now() - traffic.startedAt;
    const sampler = setInterval(
      () => rss.push({ at: now(), mib: Math.round(vmRssKiB(server.pid!) / 102.4) / 10 }),
      1_000,
    );
    const phases: Array<Record<string, unknown>> = [];
    const phase = async (name: string, run: () => Promise<Record<string, unknown>>): Promise<void> => {
      log(`${name}…`);
      const from = now();
      const extra = await run();
      const to = now();
      const memory = rss.filter((s) => s.at >= from && s.at <= to).map((s) => s.mib);
      const figures = {
        name,
        seconds: Math.round((to - from) / 100) / 10,
        ...summarise(traffic.samples, from, to),
        ...extra,
        rssMaxMiB: Math.max(...memory),
        rssEndMiB: memory.at(-1),
      };
      phases.push(figures);
      log(`  ${JSON.stringify(figures)}`);
    };

    await phase('baseline', async () => (await sleep(15_000), {}));
    await phase('Neo4j frozen 15 s (SIGSTOP), then resumed', async () => {
      const pid = jvm();
      process.kill(pid, 'SIGSTOP');
      const probeStarted = Date.now();
      const probe = await fetch(`${url}/health/ready`).then((r) => r.status);
      const readyAnswerMs = Date.now() - probeStarted;
      await sleep(15_000);
      process.kill(pid, 'SIGCONT');
      const resumedAt = now();
      const readyAfterMs = await untilReady(60_000);
      await sleep(5_000);
      return {
        readyProbe: { status: probe, ms: readyAnswerMs },
        readyAfterResumeMs: readyAfterMs,
        recoveryMs: recoveryMs(traffic.samples, resumedAt),
      };
    });
    await phase('Neo4j killed (SIGKILL), restarted by the server', async () => {
      const pid = jvm();
      process.kill(pid, 'SIGKILL');
      const killedAt = now();
      await sleep(2_000);
      const readyAfterMs = await untilReady(180_000);
      await sleep(5_000);
      return {
        newPid: jvm() !== pid,
        readyAfterKillMs: readyAfterMs === null ? null : readyAfterMs + 2_000,
        recoveryMs: recoveryMs(traffic.samples, killedAt),
      };
    });
    await phase('600 idle connections for 15 s', async () => ({ flood: await connectionFlood(port, 'idle', 600, 15) }));
    await phase('100 slow bodies (1 byte/s) for 15 s', async () => ({
      flood: await connectionFlood(port, 'slow', 100, 15),
    }));
    await phase('fan-out queries, 3 clients for 11 s', async () => ({
      flood: await fanOutFlood(`${url}/graphql`, 3, 11),
    }));
    await phase('after', async () => (await sleep(10_000), {}));
    clearInterval(sampler);
    await traffic.stop();
    const results = {
      finishedAt: new Date().toISOString(),
      command: 'npm run bench:faults',
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        loadAverage: loadavg(),
      },
      warmUp,
      coldStart: firstRequests,
      normalTraffic: { clients: 4, questions: QUESTIONS.map((q) => q.name) },
      phases,
    };
    mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    log(`Results in ${RESULTS}`);
  } finally {
    try {
      process.kill(jvm(), 'SIGCONT');
    } catch {
      // Not running.
    }
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

main().catch((error: unknown) => {
  log(String((error as Error)?.stack ?? error));
  process.exitCode = 1;
});
