import { runScript, waitForOutput, type RunningScript } from '../helpers/child-process';
import { freePort } from '../helpers/free-port';
import { testNeo4jEnv } from '../helpers/test-graph';

describe('examples/embed/server.ts', () => {
  let example: RunningScript;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    example = runScript('examples/embed/server.ts', {
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // What the example shows is the mounting; the warm-up has a test of its own.
      WARM_UP: 'false',
      ...testNeo4jEnv(),
    });
    await waitForOutput(example, 'Host app on', 60_000);
  }, 90_000);
  afterAll(async () => {
    if (example.child.exitCode === null) example.child.kill('SIGKILL');
    await example.exit;
  });

  test('answers the headline question at /kg/graphql', async () => {
    const response = await fetch(`${url}/kg/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ portrayals(character: "Go Young") { actor { name } character { name work { kind } } } }',
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { portrayals: Array<{ actor: { name: string }; character: { name: string; work: { kind: string } } }> };
    };
    const answer = body.data.portrayals.map((p) => [p.actor.name, p.character.name, p.character.work.kind]);
    expect(answer.sort()).toEqual([
      ['Nam Yoon-su', 'Go Young', 'SERIES'],
      ['Noh Sang-hyun', 'Jang Heung-soo', 'FILM'],
    ]);
  });

  test("keeps the host's own routes, and the graph only under /kg", async () => {
    const home = await fetch(`${url}/`);
    expect([home.status, await home.text()]).toEqual([
      200,
      'The host app. Big City Graph answers at /kg/graphql, its health at /kg/health.\n',
    ]);
    expect(await (await fetch(`${url}/kg/health`)).json()).toEqual({ status: 'ok', neo4j: 'up' });
    const unmounted = await fetch(`${url}/graphql`);
    expect([unmounted.status, await unmounted.text()]).toEqual([404, 'Not a route of the host app.\n']);
  });

  test('SIGTERM stops it cleanly', async () => {
    example.child.kill('SIGTERM');
    expect(await example.exit).toBe(0);
  });
});
