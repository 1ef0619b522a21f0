import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '../errors';
import type { Seed } from '../seed/read-seed';
import type { RelationshipRow } from '../seed/graph-rows';
import { toGraph } from '../seed/to-graph';
import { FIND_BAD_REFERENCES } from '../db/curation-queries';
import type { Executor, Run } from '../db/executor';
import { applyCells } from '../revisions/apply-cells';
import { commitPlan } from '../revisions/commit-plan';
import { conflict } from '../revisions/conflict';
import type { Cell } from '../revisions/change-cells';
import { findRevision, lockRevisionLog, RevisionLog, type RevisionRecord } from '../revisions/revision-log';
import type { EntityLabel, RelationshipType, RevisionOperation } from '../vocabulary';
import { planCuration } from './curation-plan';

/** An id an input names, which must already exist as one of these labels. */
export interface Reference {
  readonly field: string;
  readonly id: string;
  readonly labels: readonly EntityLabel[];
}

export interface CuratedChange {
  readonly operation: RevisionOperation;
  /** The change in the seed's shape: made into rows by the seed's own row building. */
  readonly seed: Seed;
  /** The sources the change cites, for its revision. */
  readonly sources: readonly string[];
  readonly references: readonly Reference[];
  /** Ids the change creates or corrects: taken by an entity of another kind, they are a conflict. */
  readonly writes: ReadonlyArray<{ readonly field: string; readonly id: string; readonly label: EntityLabel }>;
  /** Checks needing the graph (a character's work, an episode's existence), run before any write. */
  readonly check?: (run: Run) => Promise<void>;
  /** Relationships beyond the seed's shape (the episodes a director's credit names), known after the check. */
  readonly extra?: () => ReadonlyArray<RelationshipRow & { readonly type: RelationshipType }>;
}

/**
 * Curated writes: one write transaction per change, which takes the revision log's lock first,
 * so writes apply one at a time and each sees the one before. Checks run before any write, so a
 * change that fails one writes nothing. A change is planned against what the graph holds, and
 * written with the revision that records it; a change that changes nothing writes nothing.
 */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  /** Applies a change; `given` are the input fields the curator sent. Returns the revision's id, null if nothing changed. */
  async apply(change: CuratedChange, who: string, given: ReadonlySet<string>): Promise<string | null> {
    return this.executor.writeTransaction(
      async (run) => {
        const { at } = await lockRevisionLog(run);
        await checkReferences(run, change);
        await change.check?.(run);
        const plan = await planCuration(run, toGraph(change.seed), given, change.extra?.() ?? []);
        const revision = await commitPlan(
          run,
          plan,
          { author: who, operation: change.operation, file: null, sources: [...change.sources], reverts: null },
          at,
        );
        return revision?.id ?? null;
      },
      { name: 'curation' },
    );
  }

  /**
   * Puts back what a revision changed, as a new revision: a change whose value is no longer the
   * one the revision left (something changed it since) is a CONFLICT, and nothing is written.
   */
  async revert(id: string, who: string): Promise<string> {
    return this.executor.writeTransaction(async (run) => {
      const { at } = await lockRevisionLog(run);
      const revision = await findRevision(run, id);
      if (!revision) throw badUserInput('revision', `no revision has the id "${id}"`);
      const { plan, conflicts } = await applyCells(run, revision.cells, 'before');
      const first = conflicts[0];
      if (first)
        throw conflict(
          'revision',
          `"${first.subject}" has changed since ${id} (${cellName(first)}): revert the later revisions first`,
        );
      const written = await commitPlan(
        run,
        plan,
        { author: who, operation: 'REVERT', file: null, sources: [...revision.sources], reverts: id },
        at,
      );
      if (!written) throw conflict('revision', `${id} changed nothing that could be put back`);
      return written.id;
    });
  }

  /**
   * Applies another graph's revisions to this one, oldest first, each as a revision of its own
   * with the same author, operation and sources: how a graph is rebuilt from the seed and a log.
   * A change whose value before is not what this graph holds is a CONFLICT, and nothing of that
   * revision is written. Returns the new revisions' ids, in order.
   */
  async replay(revisions: readonly RevisionRecord[]): Promise<string[]> {
    const renamed = new Map<string, string>();
    const written: string[] = [];
    for (const revision of revisions) {
      const id = await this.executor.writeTransaction(
        async (run) => {
          const { at } = await lockRevisionLog(run);
          const { plan, conflicts } = await applyCells(run, revision.cells, 'after');
          const first = conflicts[0];
          if (first) {
            const found = `"${first.subject}" is not as ${revision.id} found it (${cellName(first)})`;
            throw conflict('revision', `${found}: the revisions do not start from this graph`);
          }
          const reverts = revision.reverts && (renamed.get(revision.reverts) ?? revision.reverts);
          const { author, operation, file, sources } = revision;
          return (await commitPlan(run, plan, { author, operation, file, sources: [...sources], reverts }, at))?.id;
        },
        { name: 'replay' },
      );
      if (id) {
        renamed.set(revision.id, id);
        written.push(id);
      }
    }
    return written;
  }

  /** The revision log, read outside any write. */
  get log(): RevisionLog {
    return new RevisionLog(this.executor);
  }
}

const cellName = (cell: Cell): string =>
  `${cell.kind.toLowerCase()}${'property' in cell ? ` ${String(cell.property)}` : ''}`;

async function checkReferences(run: Run, change: CuratedChange): Promise<void> {
  const refs = change.references.map((ref) => ({ ...ref, labels: [...ref.labels] }));
  const bad = (await run(FIND_BAD_REFERENCES, { refs })).rows;
  if (bad[0]) {
    const { field, id, labels, actual } = bad[0] as {
      field: string;
      id: string;
      labels: string[];
      actual: string | null;
    };
    throw badUserInput(
      field,
      actual ? `"${id}" is a ${actual}, not a ${labels.join(' or ')}` : `no ${labels.join(' or ')} has the id "${id}"`,
    );
  }
  const taken = (await run(FIND_BAD_REFERENCES, { refs: change.writes.map((w) => ({ ...w, labels: [w.label] })) }))
    .rows;
  const other = taken.find((row) => row.actual !== null);
  if (other) {
    throw new GraphQLError(
      `Argument "${String(other.field)}": the id "${String(other.id)}" already belongs to a ${String(other.actual)}`,
      { extensions: { code: ErrorCode.CONFLICT, argument: other.field } },
    );
  }
}
