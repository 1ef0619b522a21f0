import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '../errors';
import type { Seed } from '../seed/read-seed';
import { toGraph } from '../seed/to-graph';
import { FIND_BAD_REFERENCES } from '../db/curation-queries';
import type { Executor, Run } from '../db/executor';
import { UPSERT_CLAIMS, upsertEntities, upsertRelationships } from '../db/seed-statements';
import type { EntityLabel } from '../vocabulary';

/** An id an input names, which must already exist as one of these labels. */
export interface Reference {
  readonly field: string;
  readonly id: string;
  readonly labels: readonly EntityLabel[];
}

export interface CuratedChange {
  /** The change in the seed's shape: written with the seed loader's own statements. */
  readonly seed: Seed;
  readonly references: readonly Reference[];
  /** Ids the change creates or corrects: taken by an entity of another kind, they are a conflict. */
  readonly writes: ReadonlyArray<{ readonly field: string; readonly id: string; readonly label: EntityLabel }>;
  /** Checks needing the graph (a character's work, an episode's existence), run before any write. */
  readonly check?: (run: Run) => Promise<void>;
  /** Writes beyond the seed's shape, run after the upserts. */
  readonly after?: (run: Run, stamp: { who: string; at: string }) => Promise<void>;
}

/**
 * Curated writes: one write transaction per change, checks first, so a change that fails any
 * check writes nothing. The transaction function only MERGEs, so a retry cannot duplicate.
 */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async apply(change: CuratedChange, who: string): Promise<void> {
    const at = new Date().toISOString();
    await this.executor.writeTransaction(
      async (run) => {
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
            actual
              ? `"${id}" is a ${actual}, not a ${labels.join(' or ')}`
              : `no ${labels.join(' or ')} has the id "${id}"`,
          );
        }
        const taken = (
          await run(FIND_BAD_REFERENCES, { refs: change.writes.map((w) => ({ ...w, labels: [w.label] })) })
        ).rows;
        const conflict = taken.find((row) => row.actual !== null);
        if (conflict) {
          throw new GraphQLError(
            `Argument "${String(conflict.field)}": the id "${String(conflict.id)}" already belongs to a ${String(conflict.actual)}`,
            {
              extensions: { code: ErrorCode.CONFLICT, argument: conflict.field },
            },
          );
        }
        await change.check?.(run);
        const graph = toGraph(change.seed);
        const stamp = { who, at };
        for (const { label, rows } of graph.entities)
          if (rows.length) await run(upsertEntities(label), { rows, ...stamp });
        if (graph.claims.length) await run(UPSERT_CLAIMS, { rows: graph.claims, ...stamp });
        for (const { type, rows } of graph.relationships) await run(upsertRelationships(type), { rows, ...stamp });
        await change.after?.(run, stamp);
      },
      { name: 'curation' },
    );
  }
}
