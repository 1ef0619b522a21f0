import type { Driver } from 'neo4j-driver';
import { statement } from '../../src/db/statement';
import { withStatementOrigin } from '../../src/db/statement-origin';
import { connectTestGraph, startTestServer, testNeo4j, type TestServer } from '../helpers/test-graph';

const CURATOR_KEY = 'tx-metadata-curator-key-0123';

/** Counts to a large number: slow on purpose, and parameterised like every statement. */
const SLOW_COUNT = statement(
  'test.slowCount',
  'UNWIND range(1, $n) AS i UNWIND range(1, $n) AS j WITH i, j WHERE (i + j) % 7 = 0 RETURN count(*) AS n',
);

interface RunningTransaction {
  readonly transactionId: string;
  readonly metaData: Record<string, unknown>;
}

/** Asks Neo4j, from a session of its own, for the transaction whose metadata matches, for up to 20 s. */
async function findTransaction(driver: Driver, matches: (metaData: Record<string, unknown>) => boolean) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, metaData RETURN transactionId, metaData',
      {},
      { database: testNeo4j().database },
    );
    const found = records.map((record) => record.toObject() as RunningTransaction).find((t) => matches(t.metaData));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

async function terminate(driver: Driver, transactionId: string): Promise<void> {
  await driver.executeQuery(
    'TERMINATE TRANSACTIONS $ids',
    { ids: [transactionId] },
    { database: testNeo4j().database },
  );
}

let server: TestServer;
const graph = connectTestGraph({ timeoutMs: 30_000 });
beforeAll(async () => {
  server = await startTestServer({ env: { API_KEYS: `tx-metadata:curator:${CURATOR_KEY}` } });
});
afterAll(async () => {
  await server.close();
  await graph.close();
});

test('SHOW TRANSACTIONS during a slow statement shows its name, request id and operation', async () => {
  const running = withStatementOrigin({ requestId: 'tx-metadata-read', operation: 'CountSlowly' }, () =>
    graph.executor.read(SLOW_COUNT, { n: 100_000 }),
  );
  const settled = running.then(
    () => 'finished',
    () => 'stopped',
  );
  const found = await findTransaction(graph.driver, (metaData) => metaData.requestId === 'tx-metadata-read');
  if (found) await terminate(graph.driver, found.transactionId);
  expect(found?.metaData).toEqual({
    statement: 'test.slowCount',
    requestId: 'tx-metadata-read',
    operation: 'CountSlowly',
  });
  expect(await settled).toBe('stopped');
}, 40_000);

test('a GraphQL mutation waiting on a lock shows its operation and the x-request-id in SHOW TRANSACTIONS', async () => {
  const revision = '{ person(id: "nam-yoon-su") { revision { createdBy updatedBy updatedAt } } }';
  const before = (await server.query(revision)).data;
  // Another transaction holds the person's lock, so the mutation's write transaction waits for it.
  const blocker = graph.driver.session({ database: testNeo4j().database });
  const lock = blocker.beginTransaction();
  await lock.run(`MATCH (p:Person {id: 'nam-yoon-su'}) SET p.heldByMetadataTest = true`);
  let found: RunningTransaction | undefined;
  try {
    const answer = server.post(
      {
        query: 'mutation RenameNamYoonSu($input: PersonInput!) { upsertPerson(input: $input) { id } }',
        // A change, so the write needs the person's lock (an upsert that changes nothing writes nothing).
        variables: {
          input: { id: 'nam-yoon-su', name: 'Nam Yoon-su', description: 'Waits for the lock.', sources: ['seed-001'] },
        },
      },
      { authorization: `Bearer ${CURATOR_KEY}`, 'x-request-id': 'tx-metadata-mutation' },
    );
    found = await findTransaction(graph.driver, (metaData) => metaData.requestId === 'tx-metadata-mutation');
    // Stopped before the lock is released, so nothing is written.
    if (found) await terminate(graph.driver, found.transactionId);
    const { body } = await answer;
    // The mutation field is null with its error; its siblings (none here) would keep their data.
    expect(body.data ?? { upsertPerson: null }).toEqual({ upsertPerson: null });
  } finally {
    await lock.rollback();
    await blocker.close();
  }
  expect(found?.metaData).toEqual({
    statement: 'curation',
    requestId: 'tx-metadata-mutation',
    operation: 'RenameNamYoonSu',
  });
  expect((await server.query(revision)).data).toEqual(before);
}, 60_000);

afterEach(() => expect(graph.executor.load()).toEqual({ running: 0, waiting: 0, sessions: 0 }));
