import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResponseCacheStats } from '../src/graphql/response-cache/response-cache';
import { PROJECT_ROOT } from '../src/project-root';
import type { ServerKind } from './servers/serve';
import type { Json } from './suite';

export interface HeapMiB {
  readonly heapUsed: number;
  readonly heapTotal: number;
  /** C++ objects bound to JS, buffers included: memory in the RSS that the heap figures do not show. */
  readonly external: number;
}

export interface ServerProcess {
  readonly kind: ServerKind;
  readonly url: string;
  readonly pid: number;
  /** Resident memory of the server's process, in MiB. */
  rssMiB(): number;
  /** Sends one request the way the load generator will and returns the parsed body. */
  ask(body: Json, path?: string): Promise<Json>;
  stop(): Promise<void>;
}

/** A server this module started, which can also report its heap (ServerProcess stays what tests can fake). */
export interface StartedServerProcess extends ServerProcess {
  /** The server's V8 heap (used and total) and memory outside it, in MiB, as the server itself reports them. */
  /** Its heap; `afterGc` collects the garbage first, so the figure is what is alive. */
  heapMiB(options?: { afterGc?: boolean }): Promise<HeapMiB>;
  /** The response cache's counters, as the server reports them; null when its cache is off. */
  cacheStats(): Promise<ResponseCacheStats | null>;
}

/** Starts a server (bench/servers/serve.ts) in its own Node process and waits for its URL. */
export async function startServerProcess(
  kind: ServerKind,
  neo4j: { uri: string; user: string; password: string },
  /** Settings laid over our server's production configuration (bench/servers/our-server.ts). */
  serverEnv: Record<string, string> = {},
): Promise<StartedServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--require', 'tsx/cjs', join(PROJECT_ROOT, 'bench', 'servers', 'serve.ts'), kind],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        // As deployed: graphql-js, among others, skips development-only checks in production.
        NODE_ENV: 'production',
        BENCH_NEO4J_URI: neo4j.uri,
        BENCH_NEO4J_USER: neo4j.user,
        BENCH_NEO4J_PASSWORD: neo4j.password,
        BENCH_SERVER_ENV: JSON.stringify(serverEnv),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  // Answers to heapMiB(), in order: serve.ts writes one JSON line per "memory" line it reads.
  const heapWaiters: Array<(heap: HeapMiB) => void> = [];
  const cacheWaiters: Array<(stats: ResponseCacheStats | null) => void> = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('{"cache"')) {
        cacheWaiters.shift()?.((JSON.parse(line) as { cache: ResponseCacheStats | null }).cache);
        continue;
      }
      if (!line.startsWith('{"memory"')) continue;
      const { memory } = JSON.parse(line) as { memory: Record<keyof HeapMiB, number> };
      heapWaiters.shift()?.({
        heapUsed: toMiB(memory.heapUsed),
        heapTotal: toMiB(memory.heapTotal),
        external: toMiB(memory.external),
      });
    }
  });
  return {
    kind,
    url,
    pid: child.pid!,
    rssMiB: () => rssMiB(child.pid!),
    heapMiB: (options = {}) =>
      new Promise<HeapMiB>((resolve) => {
        heapWaiters.push(resolve);
        child.stdin?.write(options.afterGc ? 'memory after gc\n' : 'memory\n');
      }),
    cacheStats: () =>
      new Promise<ResponseCacheStats | null>((resolve) => {
        cacheWaiters.push(resolve);
        child.stdin?.write('cache\n');
      }),
    ask: postJsonTo(url),
    stop: async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function rssMiB(pid: number): number {
  return Math.round(vmRssKiB(pid) / 1024);
}

/** Resident memory of any process, in KiB, from /proc/<pid>/status (Linux only). */
export function vmRssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const toMiB = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Asks a server over HTTP: POST a JSON body to its URL (plus a path), return the parsed answer. */
export function postJsonTo(url: string) {
  return async (body: Json, path = ''): Promise<Json> => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Json;
  };
}
