import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/db/driver';
import { DriverExecutor, type Executor } from '../src/db/executor';
import { neo4jLayout } from '../src/neo4j-local/layout';
import { startManagedNeo4j, type ManagedNeo4j } from '../src/neo4j-local/managed-neo4j';
import { PROJECT_ROOT } from '../src/project-root';

/**
 * The benchmark's own instance: never the server's 7687 nor the test suite's 7688/7689.
 * BENCH_NEO4J_INSTANCE and BENCH_NEO4J_BOLT_PORT move it, for a machine where those are taken.
 */
export const BENCH_INSTANCE = process.env.BENCH_NEO4J_INSTANCE || 'bench';
export const BENCH_BOLT_PORT = Number(process.env.BENCH_NEO4J_BOLT_PORT || 7690);

/**
 * Memory for the bench instance on the 2-core, 24 GiB machine: a page cache that holds the
 * 10^6-node graph, so every server is measured against a warm store rather than the disk.
 */
export const BENCH_NEO4J_MEMORY = { heap: '3g', pageCache: '3g', transactionMemory: '1g' } as const;

export interface BenchNeo4j {
  readonly managed: ManagedNeo4j;
  readonly driver: Driver;
  readonly executor: Executor;
  close(): Promise<void>;
}

/** Starts (or, with fresh, wipes and starts) the bench instance with APOC, which @neo4j/graphql needs. */
export async function startBenchNeo4j(options: {
  fresh: boolean;
  boltPort?: number;
  name?: string;
  log: (line: string) => void;
}): Promise<BenchNeo4j> {
  const managed = await startManagedNeo4j({
    layout: neo4jLayout(PROJECT_ROOT),
    name: options.name ?? BENCH_INSTANCE,
    boltPort: options.boltPort ?? BENCH_BOLT_PORT,
    fresh: options.fresh,
    apoc: true,
    transactionTimeout: '120s',
    ...BENCH_NEO4J_MEMORY,
    log: options.log,
  });
  const driver = createDriver(managed);
  const executor = new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 120_000 });
  return {
    managed,
    driver,
    executor,
    close: async () => {
      await driver.close();
      await managed.stop();
    },
  };
}
