import { runScript } from '../helpers/child-process';
import { startTestServer, type TestServer } from '../helpers/test-graph';

const SCRIPT = 'examples/typed-client/ask-headline.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('ask-headline prints who played Go Young across the adaptations, one line a portrayal', async () => {
  const script = runScript(SCRIPT, { GRAPHQL_URL: `${server.url}/graphql` });
  expect(await script.exit).toBe(0);
  const lines = script.output().trimEnd().split('\n');
  expect(lines[0]).toBe(`Who played Go Young across the adaptations (${server.url}/graphql):`);
  expect(lines.slice(1).sort()).toEqual([
    '  Nam Yoon-su (남윤수) — Go Young — Love in the Big City (series, 2024)',
    '  Noh Sang-hyun (노상현) — Jang Heung-soo — Love in the Big City (film, 2024)',
  ]);
});

test('a refused query makes it exit 1 with the reason and its code', async () => {
  const script = runScript(SCRIPT, { GRAPHQL_URL: `${server.url}/graphql` }, [' ']);
  expect(await script.exit).toBe(1);
  expect(script.output()).toMatch(/refused the query: .*must not be empty.* \(BAD_USER_INPUT\)/);
});
