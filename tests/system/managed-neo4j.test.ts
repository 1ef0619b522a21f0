import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port';
import { loadConfig } from '../../src/config';
import { connectNeo4j, Neo4jConnectError } from '../../src/connect-neo4j';
import { neo4jLayout } from '../../src/neo4j-local/layout';
import { startManagedNeo4j, Neo4jStartError } from '../../src/neo4j-local/managed-neo4j';
import { provisionNeo4j } from '../../src/neo4j-local/provision';
import { checkJava, checkMaven, MissingRequirementError } from '../../src/neo4j-local/requirements';
import { PROJECT_ROOT } from '../../src/project-root';
import { testNeo4j } from '../helpers/test-graph';
import { TEST_PORTS } from '../helpers/test-neo4j-env';

const layout = neo4jLayout(PROJECT_ROOT);
const noLog = (): void => undefined;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('provisioning', () => {
  test('a second provisioning downloads nothing', async () => {
    const result = await provisionNeo4j(layout, noLog);
    expect(result.downloaded).toBe(false);
    expect(result.jars).toBeGreaterThan(100);
  });

  describe('without Java or Maven on the PATH', () => {
    const env = { ...process.env, PATH: '/nonexistent' };
    test('says Java 17 is needed and points to NEO4J_URI and docker compose', () => {
      expect(() => checkJava(env)).toThrow(MissingRequirementError);
      expect(() => checkJava(env)).toThrow(/Java 17 or newer is needed.*docker compose.*NEO4J_URI/);
    });
    test('says Maven is needed', () => {
      expect(() => checkMaven(env)).toThrow(/Maven \("mvn"\) is needed.*NEO4J_URI/);
    });
    test('with both present, finds Java 17 or newer', () => {
      expect(checkJava()).toBeGreaterThanOrEqual(17);
      expect(() => checkMaven()).not.toThrow();
    });
  });
});

describe('starting the managed Neo4j', () => {
  let blocker: Server;
  let port: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  test('on a port already in use fails at once with the reason, starting nothing', async () => {
    const started = Date.now();
    await expect(startManagedNeo4j({ layout, name: 'port-taken', boltPort: port, log: noLog })).rejects.toThrow(
      new Neo4jStartError(
        `port ${port} is already in use, so the managed Neo4j "port-taken" cannot listen there; stop what uses it or choose another port with NEO4J_LOCAL_BOLT_PORT`,
      ),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(layout.instanceDir('port-taken'), 'run', 'neo4j.pid'))).toBe(false);
  });
});

describe('an external Neo4j', () => {
  test('with wrong credentials is refused with a one-line reason', async () => {
    const config = loadConfig({ NEO4J_URI: testNeo4j().uri, NEO4J_PASSWORD: 'definitely-wrong' });
    await expect(connectNeo4j(config, noLog)).rejects.toThrow(
      new Neo4jConnectError(
        `Neo4j at ${testNeo4j().uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
      ),
    );
  });

  test('that is unreachable is reported as such', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever-it-is' });
    await expect(connectNeo4j(config, noLog)).rejects.toThrow(/^Neo4j at bolt:\/\/127\.0\.0\.1:1 cannot be reached/);
  });
});

describe('the server process (what npm start runs)', () => {
  const instance = 'lifecycle-test';
  const boltPort = TEST_PORTS.lifecycle;
  const pidFile = join(layout.instanceDir(instance), 'run', 'neo4j.pid');

  async function startServer(): Promise<{
    child: ChildProcess;
    url: string;
    output: () => string;
    exit: Promise<number | null>;
  }> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_LOCAL_INSTANCE: instance,
        NEO4J_LOCAL_BOLT_PORT: String(boltPort),
        NEO4J_URI: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const ready = await waitFor(() => output.includes('is ready'), 180_000);
    if (!ready) throw new Error(`server did not start: ${output}`);
    return { child, url: `http://127.0.0.1:${port}`, output: () => output, exit };
  }

  test('serves /health and GraphQL; SIGTERM finishes the request in flight, refuses new ones and stops it and its Neo4j', async () => {
    const server = await startServer();
    const neo4jPid = Number(readFileSync(pidFile, 'utf8'));
    expect(isAlive(neo4jPid)).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ works(kind: FILM) { title } }' }),
    });
    expect(await response.json()).toEqual({ data: { works: [{ title: 'Love in the Big City' }] } });

    // A request in flight: headers and half the body sent before the signal, the rest after.
    const body = JSON.stringify({ query: '{ __typename }' });
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await waitFor(() => server.output().includes('shutting down'), 5_000);
    await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
    socket.end(body.slice(5));
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply).toContain('{"data":{"__typename":"Query"}}');
    expect(await server.exit).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(isAlive(neo4jPid)).toBe(false);
    expect(server.output()).toContain('Stopped.');
  }, 300_000);

  test('with Neo4j unreachable, it says so and exits at once rather than hang', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        NEO4J_URI: 'bolt://127.0.0.1:1',
        NEO4J_PASSWORD: 'irrelevant-here',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/^Big City Graph could not start: Neo4j at bolt:\/\/127\.0\.0\.1:1 cannot be reached/m);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  test('killed with SIGKILL, it leaves no Neo4j running', async () => {
    const server = await startServer();
    const neo4jPid = Number(readFileSync(pidFile, 'utf8'));
    server.child.kill('SIGKILL');
    await server.exit;
    expect(await waitFor(() => !isAlive(neo4jPid), 60_000)).toBe(true);
  }, 300_000);
});
