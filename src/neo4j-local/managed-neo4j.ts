import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { boltAnswers, isPortFree } from './bolt-probe';
import type { Neo4jLayout } from './layout';
import { provisionNeo4j } from './provision';
import { provisionApoc } from './provision-apoc';
import { checkJava } from './requirements';
import { superviseNeo4j, type LaunchedNeo4j } from './supervise-neo4j';

export class Neo4jStartError extends Error {
  override readonly name = 'Neo4jStartError';
}

export interface ManagedNeo4jOptions {
  readonly layout: Neo4jLayout;
  /** One instance per purpose ("default" for the server, "test" for the suite): own data, own port. */
  readonly name: string;
  readonly boltPort: number;
  /** Used when the instance is created; afterwards the stored password wins. */
  readonly initialPassword?: string;
  /** Wipe the instance's data before starting. */
  readonly fresh?: boolean;
  readonly heap?: string;
  readonly pageCache?: string;
  readonly transactionTimeout?: string;
  readonly transactionMemory?: string;
  readonly startTimeoutMs?: number;
  /** Install the APOC core plugin (downloaded once) and allow its procedures; off by default. */
  readonly apoc?: boolean;
  /** Start it again, with backoff, whenever it dies (src/neo4j-local/supervise-neo4j.ts); off by default. */
  readonly supervise?: boolean;
  readonly log: (line: string) => void;
}

export interface ManagedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The JVM's pid; a supervised instance gets a new one with each restart. */
  readonly pid: number;
  /** How often the supervisor has started it again after it died. */
  restarts(): number;
  readonly downloaded: boolean;
  /** True when the instance was already running (started by another of our processes) and is only borrowed. */
  readonly attached: boolean;
  stop(): Promise<void>;
}

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

/** Bounded settings for a 2-core machine shared with tests: small heap, small page cache, runaway queries cut off. */
function neo4jConf(dir: string, options: ManagedNeo4jOptions): string {
  return [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${join(dir, 'data')}`,
    `server.directories.logs=${join(dir, 'logs')}`,
    `server.directories.run=${join(dir, 'run')}`,
    `server.memory.pagecache.size=${options.pageCache ?? '256m'}`,
    `db.transaction.timeout=${options.transactionTimeout ?? '30s'}`,
    `db.memory.transaction.max=${options.transactionMemory ?? '256m'}`,
    'dbms.memory.transaction.total.max=1g',
    'dbms.usage_report.enabled=false',
    'db.logs.query.enabled=OFF',
    ...(options.apoc
      ? [`server.directories.plugins=${options.layout.pluginsDir}`, 'dbms.security.procedures.unrestricted=apoc.*']
      : []),
    // Bolt waits 5 s twice for idle connections when stopping; local instances have none worth waiting for.
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    '',
  ].join('\n');
}

function javaArgs(layout: Neo4jLayout, heap: string, plugins = false): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    // Plugins go on the class path too, as Neo4j's own launcher does: APOC registers its
    // configuration as a kernel extension, which is found only there.
    plugins ? `${layout.libDir}/*:${layout.pluginsDir}/*` : `${layout.libDir}/*`,
  ];
}

/** Provisions if needed, then starts the instance and resolves once Bolt answers. */
export async function startManagedNeo4j(options: ManagedNeo4jOptions): Promise<ManagedNeo4j> {
  const { layout, name, boltPort, log } = options;
  checkJava();
  const { downloaded } = await provisionNeo4j(layout, log);
  if (options.apoc) await provisionApoc(layout, log);
  const dir = layout.instanceDir(name);
  const pidFile = join(dir, 'run', 'neo4j.pid');
  const running = readPid(pidFile);
  if (running && isOurNeo4j(running) && (await boltAnswers(boltPort))) {
    // Another process of ours owns it (npm start while seeding, say): borrow it, never stop it.
    const password = readFileSync(join(dir, 'password'), 'utf8').trim();
    return {
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password,
      pid: running,
      restarts: () => 0,
      downloaded,
      attached: true,
      stop: async () => {},
    };
  }
  await stopLeftover(pidFile, log);
  if (!(await isPortFree(boltPort))) {
    throw new Neo4jStartError(
      `port ${boltPort} is already in use, so the managed Neo4j "${name}" cannot listen there; stop what uses it or choose another port with NEO4J_LOCAL_BOLT_PORT`,
    );
  }
  if (options.fresh) rmSync(join(dir, 'data'), { recursive: true, force: true });
  for (const sub of ['conf', 'data', 'logs', 'run']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'conf', 'neo4j.conf'), neo4jConf(dir, options));
  const password = ensurePassword(layout, dir, options.initialPassword);
  // Each start begins the console log anew; restarts by the supervisor add to it.
  writeFileSync(join(dir, 'logs', 'console.log'), '');

  const launch = (): Promise<LaunchedNeo4j> => launchNeo4j(layout, dir, options);
  const first = await launch();
  const common = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password,
    downloaded,
    attached: false,
  } as const;
  if (!options.supervise) return { ...common, pid: first.pid, restarts: () => 0, stop: first.stop };
  const supervisor = superviseNeo4j(first, launch, log);
  return {
    ...common,
    get pid() {
      return supervisor.pid();
    },
    restarts: () => supervisor.restarts(),
    stop: () => supervisor.stop(),
  };
}

/** Starts Neo4j's JVM once and resolves when Bolt answers; `exited` settles when it stops, for any reason. */
async function launchNeo4j(layout: Neo4jLayout, dir: string, options: ManagedNeo4jOptions): Promise<LaunchedNeo4j> {
  const { boltPort } = options;
  const pidFile = join(dir, 'run', 'neo4j.pid');
  const console = openSync(join(dir, 'logs', 'console.log'), 'a');
  // The shell in between stops Neo4j when our stdin closes, so Neo4j never outlives this process, even after a kill -9.
  const script =
    'exec 3<&0; java "$@" <&- & jpid=$!; echo $jpid > "$PIDFILE"; (cat <&3 >/dev/null; kill -TERM $jpid 2>/dev/null) & exec 3<&-; wait $jpid';
  const child = spawn(
    'bash',
    [
      '-c',
      script,
      'neo4j',
      ...javaArgs(layout, options.heap ?? '512m', options.apoc),
      MAIN_CLASS,
      `--home-dir=${dir}`,
      `--config-dir=${join(dir, 'conf')}`,
    ],
    {
      stdio: ['pipe', console, console],
      env: { ...process.env, PIDFILE: pidFile, NEO4J_HOME: dir },
      // Its own process group: a Ctrl-C in the terminal reaches us, and we stop Neo4j after the
      // requests in flight are done, instead of Neo4j stopping under them.
      detached: true,
    },
  );
  closeSync(console);
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));

  const started = Date.now();
  const timeout = options.startTimeoutMs ?? 180_000;
  let exitCode: number | undefined;
  void exited.then((code) => (exitCode = code));
  while (!(await boltAnswers(boltPort))) {
    if (exitCode !== undefined) {
      throw new Neo4jStartError(`Neo4j exited with code ${exitCode} while starting: ${lastError(dir)}`);
    }
    if (Date.now() - started > timeout) {
      await stopChild(child, exited, pidFile);
      throw new Neo4jStartError(
        `Neo4j did not answer on port ${boltPort} within ${timeout / 1000} s: ${lastError(dir)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  let stopping: Promise<void> | undefined;
  return { pid, exited, stop: () => (stopping ??= stopChild(child, exited, pidFile)) };
}

async function stopChild(child: ChildProcess, exited: Promise<number>, pidFile: string): Promise<void> {
  child.stdin?.end();
  const timer = setTimeout(() => killPidFile(pidFile, 'SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
  // The wrapper exits when Java does; wait for the JVM itself to be gone too.
  const pid = readPid(pidFile);
  if (pid) await waitUntilGone(pid, 30_000);
  rmSync(pidFile, { force: true });
}

function ensurePassword(layout: Neo4jLayout, dir: string, initial: string | undefined): string {
  const file = join(dir, 'password');
  const hasData = existsSync(join(dir, 'data', 'dbms'));
  if (hasData && existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = initial && initial.length >= 8 ? initial : randomBytes(12).toString('hex');
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const result = spawnSync(
    'java',
    [...javaArgs(layout, '256m'), ADMIN_CLASS, 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: dir, NEO4J_CONF: join(dir, 'conf') }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Neo4jStartError(
      `could not set the managed Neo4j's password: ${(result.stderr || result.stdout).trim().split('\n').pop()}`,
    );
  }
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** A Neo4j left running by a killed run of ours would hold the port and the store lock. */
async function stopLeftover(pidFile: string, log: (line: string) => void): Promise<void> {
  const pid = readPid(pidFile);
  if (!pid || !isOurNeo4j(pid)) return;
  log(`Stopping a Neo4j left running by an earlier run (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  if (!(await waitUntilGone(pid, 60_000))) process.kill(pid, 'SIGKILL');
}

function isOurNeo4j(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  return cmdline.includes(MAIN_CLASS);
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function killPidFile(pidFile: string, signal: NodeJS.Signals): void {
  const pid = readPid(pidFile);
  if (pid && isAlive(pid)) process.kill(pid, signal);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** The most telling line Neo4j wrote, for a one-line reason. */
function lastError(dir: string): string {
  for (const file of ['console.log', 'neo4j.log', 'debug.log']) {
    const path = join(dir, 'logs', file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n');
    const line = [...lines].reverse().find((l) => /ERROR|Exception|Error:/.test(l));
    if (line) return line.replace(/^\S+ \S+ /, '').slice(0, 400);
  }
  return `no error was logged (see ${join(dir, 'logs')})`;
}
