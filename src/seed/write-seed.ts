import type { Executor } from '../db/executor';
import { applyGraphSchema } from '../db/graph-schema';
import { DELETE_ALL } from '../db/seed-statements';
import { cellsOf, type Cell } from '../revisions/change-cells';
import type { StatePlan } from '../revisions/graph-state';
import { appendRevision, lockRevisionLog } from '../revisions/revision-log';
import { writePlan } from '../revisions/state-writer';
import { SEED_AUTHOR } from '../vocabulary';
import type { Seed } from './read-seed';
import { planSeed, type ConcernSummary, type FilePlan } from './seed-layer';
import { toGraph } from './to-graph';

export type { ConcernSummary } from './seed-layer';

/** A whole seed (or a large synthetic graph) is one transaction: it gets minutes, not the API's seconds. */
const SEED_TIMEOUT_MS = 600_000;

/** What a load did: per concern, and the curated values it kept and the revisions it wrote. */
export interface SeedLoad {
  readonly concerns: ConcernSummary[];
  /** Curated values left in place where the seed says otherwise. */
  readonly kept: number;
  /** Seed values recorded for the first time in a KEPT change. */
  readonly recorded: number;
  readonly revisions: number;
}

/** Wipes the graph, revisions included: the one explicit way to drop curated values. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.autoCommit(DELETE_ALL);
}

/**
 * Loads a validated seed in one transaction as the seed layer (src/seed/seed-layer.ts): what it
 * changes is written, with one revision per seed file, by `seed`; curated values stay. A load
 * that changes nothing writes nothing, so loading twice is loading once.
 */
export async function writeSeed(executor: Executor, seed: Seed): Promise<SeedLoad> {
  await applyGraphSchema(executor);
  const graph = toGraph(seed);
  return executor.writeTransaction(
    async (run) => {
      const { at } = await lockRevisionLog(run);
      const plan = await planSeed(run, graph);
      const files = [...plan.files].map(([file, part]) => ({ file, part, cells: cellsOf(part) }));
      const recorded = files.reduce((n, { cells }) => n + cells.filter((cell) => cell.kind === 'KEPT').length, 0);
      const changed = files.filter(({ cells }) => cells.length > 0);
      if (changed.length > 0) {
        await writePlan(run, merged(changed.map(({ part }) => part)), { who: SEED_AUTHOR, at });
        for (const { file, cells } of changed) {
          await appendRevision(
            run,
            { author: SEED_AUTHOR, operation: 'SEED', file, sources: citedBy(cells), reverts: null, cells },
            at,
          );
        }
      }
      return { concerns: plan.concerns, kept: plan.kept, recorded, revisions: changed.length };
    },
    { timeoutMs: SEED_TIMEOUT_MS, name: 'seed' },
  );
}

function merged(parts: readonly FilePlan[]): StatePlan {
  return {
    entities: parts.flatMap((part) => part.entities),
    claims: parts.flatMap((part) => part.claims),
    relationships: parts.flatMap((part) => part.relationships),
  };
}

/** The sources a revision's changes cite: new citations, and the sources of the claims and relationships it writes. */
export function citedBy(cells: readonly Cell[]): string[] {
  const cited = cells.flatMap((cell) => {
    if (cell.kind === 'SOURCE') return cell.after ? [cell.target] : [];
    if (cell.kind === 'CLAIM') return [...(cell.after?.sources ?? [])];
    if (cell.kind === 'RELATIONSHIP') {
      const sources = cell.after?.props.sources;
      return Array.isArray(sources) ? sources.map(String) : [];
    }
    return [];
  });
  return [...new Set(cited)].sort();
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

/** The load's last lines: what it kept of the curators' and what it recorded. */
export function formatLoad(load: SeedLoad): string[] {
  return [
    `Kept ${load.kept} curated value(s) where the seed says otherwise (${load.recorded} recorded for the first time).`,
    `Wrote ${load.revisions} revision(s)${load.revisions === 0 ? ': the graph already held this seed' : ''}.`,
  ];
}
