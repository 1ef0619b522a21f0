import type { Executor } from '../db/executor';
import { applyGraphSchema } from '../db/graph-schema';
import { DELETE_ALL, UPSERT_CLAIMS, upsertEntities, upsertRelationships } from '../db/seed-statements';
import type { Seed } from './read-seed';
import type { Collection } from './schema';
import { toGraph } from './to-graph';

/** Rows sent per statement: large enough for few round trips, small enough for modest memory. */
const BATCH_SIZE = 500;
/** A whole seed (or a large synthetic graph) is one transaction: it gets minutes, not the API's seconds. */
const SEED_TIMEOUT_MS = 600_000;

/** Seed data is the project's own: no curator and no time are recorded on it. */
const UNSTAMPED = { who: null, at: null };

export interface ConcernSummary {
  concern: Collection | 'claims';
  nodes: number;
  nodesCreated: number;
  relationships: number;
  relationshipsCreated: number;
}

/** Wipes the graph; the schema (constraints, indexes) stays. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.autoCommit(DELETE_ALL);
}

/**
 * Writes a validated seed in one transaction: nothing is visible until all of it is, and a
 * failure leaves the graph as it was. MERGE on ids makes a second run a no-op.
 */
export async function writeSeed(executor: Executor, seed: Seed): Promise<ConcernSummary[]> {
  await applyGraphSchema(executor);
  const graph = toGraph(seed);
  const summaries = new Map<ConcernSummary['concern'], ConcernSummary>();
  const summary = (concern: ConcernSummary['concern']): ConcernSummary => {
    const existing = summaries.get(concern);
    if (existing) return existing;
    const created = { concern, nodes: 0, nodesCreated: 0, relationships: 0, relationshipsCreated: 0 };
    summaries.set(concern, created);
    return created;
  };
  await executor.writeTransaction(
    async (run) => {
      summaries.clear();
      for (const { concern, label, rows } of graph.entities) {
        const s = summary(concern);
        for (const batch of chunks(rows)) {
          const result = await run(upsertEntities(label), { rows: batch, ...UNSTAMPED });
          s.nodes += batch.length;
          // Name-key nodes are created alongside entities; only the entities themselves count here.
          s.nodesCreated += Math.min(result.nodesCreated, batch.length);
        }
      }
      const claims = summary('claims');
      for (const batch of chunks(graph.claims)) {
        const result = await run(UPSERT_CLAIMS, { rows: batch, ...UNSTAMPED });
        claims.nodes += batch.length;
        claims.nodesCreated += result.nodesCreated;
      }
      for (const { concern, type, rows } of graph.relationships) {
        const s = summary(concern);
        for (const batch of chunks(rows)) {
          const result = await run(upsertRelationships(type), { rows: batch, ...UNSTAMPED });
          s.relationships += batch.length;
          s.relationshipsCreated += result.relationshipsCreated;
        }
      }
    },
    { timeoutMs: SEED_TIMEOUT_MS, name: 'seed' },
  );
  return [...summaries.values()];
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

export function formatSummary(s: ConcernSummary): string {
  const parts: string[] = [];
  if (s.nodes > 0) parts.push(`${s.nodes} nodes (${s.nodesCreated} created, ${s.nodes - s.nodesCreated} matched)`);
  if (s.relationships > 0) {
    parts.push(
      `${s.relationships} relationships (${s.relationshipsCreated} created, ${s.relationships - s.relationshipsCreated} matched)`,
    );
  }
  return `${s.concern.padEnd(14)} ${parts.join(', ') || 'nothing'}`;
}
