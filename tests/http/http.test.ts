import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, getIntrospectionQuery, printSchema, buildClientSchema, type IntrospectionQuery } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { createDriver } from '../../src/db/driver';
import { DriverExecutor } from '../../src/db/executor';
import { silentLogger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/project-root';
import { testConfig, type TestServer } from '../helpers/app-server';
import { startStubServer } from '../helpers/stub-server';

let server: TestServer;
beforeAll(async () => {
  server = await startStubServer({ env: { NODE_ENV: 'development' } });
});
afterAll(() => server.close());

test('GET /health is 200 with a small JSON body while Neo4j answers', async () => {
  const response = await fetch(`${server.url}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
});

test('POST /graphql answers { __typename }', async () => {
  expect(await server.post({ query: '{ __typename }' })).toEqual({
    status: 200,
    body: { data: { __typename: 'Query' } },
  });
});

test('introspection serves exactly the schema in schema.graphql', async () => {
  const { body } = await server.post({ query: getIntrospectionQuery({ schemaDescription: true }) });
  const served = printSchema(buildClientSchema(body.data as unknown as IntrospectionQuery));
  const file = printSchema(buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8')));
  expect(served).toBe(file);
});

test('the Sandbox landing page opens on the headline query', async () => {
  const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('embeddable-sandbox');
  expect(html).toContain('portrayals(character:');
});

test('malformed JSON is a 400 with a code, and the server keeps serving', async () => {
  const { status, body } = await server.post('{"query": ');
  expect(status).toBe(400);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  expect((await server.post({ query: '{ __typename }' })).status).toBe(200);
});

test('a body over 100 kB is a 413, and the server keeps serving', async () => {
  const { status } = await server.post({ query: `{ __typename } # ${'x'.repeat(1_000_000)}` });
  expect(status).toBe(413);
  expect((await server.post({ query: '{ __typename }' })).status).toBe(200);
});

test('a syntax error is a 400 GRAPHQL_PARSE_FAILED, never a 500', async () => {
  const { status, body } = await server.post({ query: '{ works { ' });
  expect(status).toBe(400);
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
});

test('unknown paths are 404 and name the endpoint', async () => {
  const response = await fetch(`${server.url}/nowhere`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: 'Not found. The GraphQL endpoint is /graphql.' });
});

test('GET /health is 503 when Neo4j does not answer', async () => {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused-password' });
  const app = await createApp({
    config: testConfig(),
    executor: new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 1_000 }),
    logger: silentLogger,
  });
  const http = createServer(app.handler);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  try {
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await app.stop();
    await driver.close();
  }
});
