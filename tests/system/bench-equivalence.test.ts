import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { checkEquivalence } from '../../bench/ask-all';
import { startBenchNeo4j, type BenchNeo4j } from '../../bench/bench-neo4j';
import { postJsonTo, type ServerProcess } from '../../bench/server-process';
import { startNeo4jGraphqlServer } from '../../bench/servers/neo4j-graphql-server';
import { startOurServer } from '../../bench/servers/our-server';
import { createRawServer } from '../../bench/servers/raw-server';
import type { ServerKind } from '../../bench/servers/serve';
import { QUESTIONS } from '../../bench/suite';
import { loadFranchises } from '../../bench/synthetic/load-synthetic';
import { PROJECT_ROOT } from '../../src/project-root';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { TEST_PORTS } from '../helpers/test-neo4j-env';

/**
 * The benchmark compares like with like only if the three servers give the same answers: ours,
 * @neo4j/graphql over the bench's type definitions, and the raw-driver endpoint. @neo4j/graphql
 * needs APOC, which the suite's Neo4j does not have, so this file starts its own managed
 * instance with APOC on its own port, loads the seed and a little synthetic graph around it, and
 * stops it at the end. Nothing here is timed.
 */
const BOLT_PORT = TEST_PORTS.bench;

let neo4j: BenchNeo4j;
let http: Server;
const servers = {} as Record<ServerKind, ServerProcess>;
const stops: Array<() => Promise<void>> = [];

function asServer(kind: ServerKind, url: string): ServerProcess {
  return {
    kind,
    url,
    pid: process.pid,
    rssMiB: () => 0,
    ask: postJsonTo(url),
    stop: async () => undefined,
  };
}

beforeAll(async () => {
  neo4j = await startBenchNeo4j({ fresh: true, name: 'bench-test', boltPort: BOLT_PORT, log: () => undefined });
  await seedFromDirectory(neo4j.executor, join(PROJECT_ROOT, 'seed'), { reset: true });
  await loadFranchises(neo4j.executor, { seed: 1, from: 0, to: 40, log: () => undefined });
  const ours = await startOurServer(neo4j.executor);
  const ng = await startNeo4jGraphqlServer(neo4j.driver);
  http = createRawServer(neo4j.driver);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  stops.push(ours.stop, ng.stop);
  servers.ours = asServer('ours', ours.url);
  servers['neo4j-graphql'] = asServer('neo4j-graphql', ng.url);
  servers.raw = asServer('raw', `http://127.0.0.1:${(http.address() as AddressInfo).port}/raw`);
}, 300_000);

afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  if (http) {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeAllConnections();
  }
  await neo4j?.close();
}, 120_000);

describe.each(QUESTIONS.map((question) => [question.name, question] as const))(
  'the bench question %s',
  (_, question) => {
    test('gets the same answer from ours, @neo4j/graphql (reshaped) and the raw driver (exactly)', async () => {
      const result = await checkEquivalence(question, servers);
      expect({ difference: result.difference, neo4jGraphql: result.neo4jGraphqlEqual, raw: result.rawEqual }).toEqual({
        difference: null,
        neo4jGraphql: true,
        raw: true,
      });
    });
  },
);
