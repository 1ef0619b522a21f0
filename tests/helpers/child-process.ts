import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/project-root';

export interface RunningScript {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  readonly exit: Promise<number | null>;
}

/** Runs a TypeScript file of the project as `npx tsx <file>` would, without npx in between. */
export function runScript(file: string, env: Record<string, string>, args: string[] = []): RunningScript {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', file, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

export async function waitForOutput(script: RunningScript, text: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!script.output().includes(text)) {
    if (Date.now() > until || script.child.exitCode !== null) {
      throw new Error(`"${text}" did not appear; output so far:\n${script.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
