import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { DriverExecutor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { connectTestGraph, testConfig } from '../helpers/test-graph';

/** A real error from Neo4j (a database that does not exist) reaches the client masked, and the log whole. */
async function serverOnMissingDatabase(environment: 'production' | 'development') {
  const graph = connectTestGraph();
  const logs: string[] = [];
  const app = await createApp({
    config: testConfig({ NODE_ENV: environment }),
    executor: new DriverExecutor(graph.driver, { database: 'nosuchdatabase', timeoutMs: 5_000 }),
    logger: createLogger('info', (line) => logs.push(line)),
  });
  const http = createServer(app.handler);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  return {
    logs,
    ask: async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-test-1' },
        body: JSON.stringify({ query: '{ works { title } }' }),
      });
      return { status: response.status, text: await response.text() };
    },
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await app.stop();
      await graph.close();
    },
  };
}

test('in production, a Neo4j error becomes "Unexpected error." with a code; the log keeps it with the request id', async () => {
  const server = await serverOnMissingDatabase('production');
  try {
    const { status, text } = await server.ask();
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { works: null },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['works'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(text).not.toMatch(/Neo\.|MATCH|stack|nosuchdatabase/);
    const logged = server.logs.map((line) => JSON.parse(line) as Record<string, string>);
    expect(
      logged.some((entry) => entry.requestId === 'req-test-1' && /nosuchdatabase|Neo\./i.test(entry.error ?? '')),
    ).toBe(true);
  } finally {
    await server.close();
  }
});

test('in development the message is kept, still without stack or Cypher', async () => {
  const server = await serverOnMissingDatabase('development');
  try {
    const { text } = await server.ask();
    const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(body.errors[0]?.message).toMatch(/nosuchdatabase/i);
    expect(text).not.toMatch(/MATCH|\bat \w+ \(/);
  } finally {
    await server.close();
  }
});
