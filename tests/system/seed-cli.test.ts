import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { testNeo4jEnv } from '../helpers/test-graph';

/** `npm run seed` as a user runs it: the CLI process, its exit code and what it prints. */
function runSeed(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/seed/cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const testNeo4j = (): Record<string, string> => ({
  ...testNeo4jEnv(),
});

test('reloading prints a line per concern with created and matched counts', async () => {
  const { code, out } = await runSeed([], testNeo4j());
  expect(code).toBe(0);
  expect(out).toMatch(/^people\s+\d+ nodes \(0 created, \d+ matched\)/m);
  expect(out).toMatch(/^credits\s+\d+ relationships \(0 created, \d+ matched\)/m);
  expect(out).toMatch(/^Seeded bolt:\/\/127\.0\.0\.1:\d+ in \d+ ms\.$/m);
}, 120_000);

test('--reset refuses a Neo4j on another machine unless --force is given', async () => {
  const { code, out } = await runSeed(['--reset'], {
    NEO4J_URI: 'neo4j+s://graph.example.org',
    NEO4J_PASSWORD: 'secret-password',
  });
  expect(code).toBe(1);
  expect(out).toContain(
    'Refusing to wipe the Neo4j at neo4j+s://graph.example.org: it is not on this machine. Add --force to do it anyway.',
  );
}, 60_000);

test('an invalid seed folder is reported entry by entry and nothing is written', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bcg-cli-')), 'seed');
  cpSync(join(PROJECT_ROOT, 'seed'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'extra.yaml'),
    'people:\n  - id: Not A Slug\n    name: Someone\n    sources: [001_cd10271bc6a999b6.txt]\n',
  );
  try {
    const { code, out } = await runSeed(['--dir', dir], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_PASSWORD: 'never-used',
    });
    expect(code).toBe(1);
    expect(out).toContain('seed/extra.yaml people[0] (Not A Slug) field "id": must be a lowercase slug');
    expect(out).toContain('nothing was written');
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}, 60_000);

test('unknown arguments are refused with the usage', async () => {
  const { code, out } = await runSeed(['--wipe'], {});
  expect(code).toBe(2);
  expect(out).toContain('unknown argument --wipe; usage: npm run seed');
}, 60_000);
