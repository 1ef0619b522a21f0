import type { Executor } from '../../src/db/executor';
import type { Statement } from '../../src/db/statement';
import type { EntityLabel } from '../../src/vocabulary';
import { addFranchise, emptyBatch, type SyntheticBatch } from './franchise';
import { CREATE_CLAIMS, createEntities, createRelationships } from './synthetic-statements';

/** Rows per UNWIND statement: one transaction each, well inside the bench instance's transaction memory. */
const ROWS_PER_STATEMENT = 5_000;
/** Franchises generated at a time: bounds the generator's memory, whatever the target size. */
const FRANCHISES_PER_CHUNK = 500;

/** Sources and organizations first: everything else cites or links to them. */
const LABEL_ORDER: readonly EntityLabel[] = [
  'Source',
  'Organization',
  'Place',
  'Person',
  'Work',
  'Character',
  'Episode',
  'Review',
  'Event',
];

export interface LoadReport {
  readonly franchises: number;
  readonly nodesWritten: number;
  readonly seconds: number;
}

/**
 * Adds franchises [from, to) with batched UNWIND statements that write the real graph's model.
 * Each range must be loaded once, onto a graph that does not hold it yet.
 */
export async function loadFranchises(
  executor: Executor,
  options: { seed: number; from: number; to: number; log: (line: string) => void },
): Promise<LoadReport> {
  const started = performance.now();
  let nodesWritten = 0;
  for (let start = options.from; start < options.to; start += FRANCHISES_PER_CHUNK) {
    const end = Math.min(start + FRANCHISES_PER_CHUNK, options.to);
    const batch: SyntheticBatch = emptyBatch();
    for (let index = start; index < end; index++) addFranchise(batch, options.seed, index);
    nodesWritten += await writeBatch(executor, batch);
    if ((end - options.from) % (FRANCHISES_PER_CHUNK * 10) === 0 || end === options.to) {
      const seconds = (performance.now() - started) / 1000;
      options.log(`  franchises ${end}/${options.to}: ${nodesWritten} nodes in ${seconds.toFixed(0)} s`);
    }
  }
  return { franchises: options.to - options.from, nodesWritten, seconds: (performance.now() - started) / 1000 };
}

async function writeBatch(executor: Executor, batch: SyntheticBatch): Promise<number> {
  let nodes = 0;
  for (const label of LABEL_ORDER) {
    const rows = batch.entities.get(label) ?? [];
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const summary = await write(executor, createEntities(label), rows.slice(i, i + ROWS_PER_STATEMENT));
      nodes += summary;
    }
  }
  for (let i = 0; i < batch.claims.length; i += ROWS_PER_STATEMENT) {
    nodes += await write(executor, CREATE_CLAIMS, batch.claims.slice(i, i + ROWS_PER_STATEMENT));
  }
  for (const [type, rows] of batch.relationships) {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await write(executor, createRelationships(type), rows.slice(i, i + ROWS_PER_STATEMENT));
    }
  }
  return nodes;
}

/** Nodes created by one statement (entities, claims and new name keys). */
async function write(executor: Executor, query: Statement, rows: readonly unknown[]): Promise<number> {
  return executor.writeTransaction(async (run) => (await run(query, { rows })).nodesCreated);
}
