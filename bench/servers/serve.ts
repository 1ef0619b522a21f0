import { createDriver } from '../../src/db/driver';
import { DriverExecutor } from '../../src/db/executor';
import { startNeo4jGraphqlServer } from './neo4j-graphql-server';
import { startOurServer } from './our-server';
import { createRawServer } from './raw-server';

/** `ours` answers every request from Neo4j; `ours-cached` is the product as deployed, response cache on. */
export type ServerKind = 'ours' | 'ours-cached' | 'neo4j-graphql' | 'raw';
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'ours-cached', 'neo4j-graphql', 'raw'];

/**
 * Runs one server in a process of its own, so that its memory (RSS) is its own and the load
 * generator does not share its event loop. Prints one JSON line with its URL, then serves until
 * its parent closes stdin or sends SIGTERM. Every server gets the same driver settings.
 * BENCH_SERVER_ENV (JSON) lays settings over our server's production configuration.
 */
async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const connection = {
    uri: process.env.BENCH_NEO4J_URI ?? '',
    user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
    password: process.env.BENCH_NEO4J_PASSWORD ?? '',
  };
  const driver = createDriver(connection);
  let server: { url: string; stop(): Promise<void>; cacheStats?: () => unknown };
  if (kind === 'ours' || kind === 'ours-cached') {
    server = await startOurServer(new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 10_000 }), {
      cached: kind === 'ours-cached',
      env: JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}') as Record<string, string>,
    });
  } else if (kind === 'neo4j-graphql') {
    server = await startNeo4jGraphqlServer(driver);
  } else if (kind === 'raw') {
    const http = createRawServer(driver);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as { port: number };
    server = {
      url: `http://127.0.0.1:${port}/raw`,
      stop: async () => {
        await new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
      },
    };
  } else {
    throw new Error(`unknown server kind ${kind}; expected one of ${SERVER_KINDS.join(', ')}`);
  }
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  // The soak (bench/soak.ts) asks for the heap this way: only this process can read its own heap,
  // and a request/answer pair keeps each heap figure next to the RSS read at the same moment.
  // The response cache's counters are asked for the same way, line by line.
  process.stdin.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line === 'memory' || line === 'memory after gc') {
        // The live heap, without the garbage V8 has not collected yet (the process runs with --expose-gc).
        if (line === 'memory after gc') (globalThis as { gc?: () => void }).gc?.();
        const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
        process.stdout.write(`${JSON.stringify({ memory: { heapUsed, heapTotal, external, arrayBuffers } })}\n`);
      } else if (line === 'cache') {
        process.stdout.write(`${JSON.stringify({ cache: server.cacheStats?.() ?? null })}\n`);
      }
    }
  });
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  });
}
