import { connectTestGraph, startTestServer, type TestServer } from '../helpers/test-graph';

const CURATOR_KEY = 'timeout-curator-key-0123';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: { QUERY_TIMEOUT_MS: '1500', API_KEYS: `timeout-test:curator:${CURATOR_KEY}` },
  });
});
afterAll(() => server.close());

/**
 * A write that must wait for a lock another transaction holds is as slow as a query can be
 * made on purpose: it hits the transaction timeout, and the client gets a masked TIMEOUT.
 */
test('a query held up past the transaction timeout returns a masked TIMEOUT in about that time, leaving no transaction behind', async () => {
  const { driver, close } = connectTestGraph();
  const blocker = driver.session({ database: 'neo4j' });
  const lock = blocker.beginTransaction();
  await lock.run(`MATCH (p:Person {id: 'nam-yoon-su'}) SET p.heldByTimeoutTest = true`);
  try {
    const started = Date.now();
    const { status, body } = await server.post(
      {
        query: 'mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }',
        // A change, so the write needs the person's lock (an upsert that changes nothing writes nothing).
        variables: {
          input: { id: 'nam-yoon-su', name: 'Nam Yoon-su', description: 'Waits for the lock.', sources: ['seed-001'] },
        },
      },
      { authorization: `Bearer ${CURATOR_KEY}` },
    );
    const elapsed = Date.now() - started;
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Neo\.|MATCH|MERGE/);
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(15_000);
  } finally {
    await lock.rollback();
    await blocker.close();
  }
  const check = driver.session({ database: 'neo4j' });
  try {
    const result = await check.run(
      `SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery`,
    );
    expect(result.records.map((record) => record.get('currentQuery'))).toEqual([]);
  } finally {
    await check.close();
    await close();
  }
}, 60_000);
