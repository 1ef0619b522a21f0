import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project-root';
import type { ServerKind } from './servers/serve';
import type { Json } from './suite';

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

/** Starts a server (bench/servers/serve.ts) in its own Node process and waits for its URL. */
export async function startServerProcess(
  kind: ServerKind,
  neo4j: { uri: string; user: string; password: string },
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', join(PROJECT_ROOT, 'bench', 'servers', 'serve.ts'), kind],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        BENCH_NEO4J_URI: neo4j.uri,
        BENCH_NEO4J_USER: neo4j.user,
        BENCH_NEO4J_PASSWORD: neo4j.password,
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
  return {
    kind,
    url,
    pid: child.pid!,
    rssMiB: () => rssMiB(child.pid!),
    ask: async (body, path = '') => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    stop: async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
