import type { Run } from '../db/executor';
import { cellsOf, type Cell } from './change-cells';
import type { StatePlan } from './graph-state';
import { appendRevision, type NewRevision } from './revision-log';
import { writePlan } from './state-writer';

/**
 * Writes a plan and appends the revision that records it; a plan that changes nothing writes
 * nothing and appends no revision. Returns the revision's id, or null when there was none.
 */
export async function commitPlan(
  run: Run,
  plan: StatePlan,
  revision: Omit<NewRevision, 'cells'>,
  at: string,
): Promise<{ id: string; cells: Cell[] } | null> {
  const cells = cellsOf(plan);
  if (cells.length === 0) return null;
  await writePlan(run, plan, { who: revision.author, at });
  const { id } = await appendRevision(run, { ...revision, cells }, at);
  return { id, cells };
}
