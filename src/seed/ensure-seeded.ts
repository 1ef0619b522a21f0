import { join } from 'node:path';
import type { Executor } from '../db/executor';
import { applyGraphSchema } from '../db/graph-schema';
import { GRAPH_VERSION_ID, READ_GRAPH_VERSION } from '../db/graph-version-statements';
import { COUNT_ENTITIES } from '../db/seed-statements';
import { PROJECT_ROOT } from '../project-root';
import { seedFromDirectory } from './seed-graph';

/**
 * Applies constraints and indexes, and loads the seed graph when the database holds none. A graph
 * written before it had a version gets one (an empty write moves it), so the response cache can
 * key answers by it.
 */
export async function ensureSeeded(executor: Executor, log: (line: string) => void): Promise<'seeded' | 'present'> {
  await applyGraphSchema(executor);
  const [row] = await executor.read(COUNT_ENTITIES);
  if (Number(row?.count ?? 0) > 0) {
    const versions = await executor.read(READ_GRAPH_VERSION, { id: GRAPH_VERSION_ID });
    if (versions.length === 0) await executor.writeTransaction(async () => undefined);
    return 'present';
  }
  const started = Date.now();
  const { concerns } = await seedFromDirectory(executor, join(PROJECT_ROOT, 'seed'));
  const nodes = concerns.reduce((sum, s) => sum + s.nodes, 0);
  const relationships = concerns.reduce((sum, s) => sum + s.relationships, 0);
  log(`Loaded the seed graph: ${nodes} nodes and ${relationships} relationships in ${Date.now() - started} ms.`);
  return 'seeded';
}
