import { randomBytes } from 'node:crypto';
import type { Executor, Row, Run } from '../db/executor';
import {
  APPEND_REVISION,
  LOCK_REVISION_LOG,
  REVISIONS_AFTER,
  REVISIONS_OF,
  REVISION_BY_ID,
} from '../db/revision-queries';
import type { RevisionOperation } from '../vocabulary';
import { subjectsOf, type Cell } from './change-cells';

/** One immutable entry of the log: who changed what, when, citing what, and each value before and after. */
export interface RevisionRecord {
  readonly id: string;
  readonly seq: number;
  readonly author: string;
  readonly at: string;
  readonly operation: RevisionOperation;
  /** The seed file, for a seed load's revisions. */
  readonly file: string | null;
  readonly sources: readonly string[];
  /** The revision this one reverts. */
  readonly reverts: string | null;
  readonly cells: readonly Cell[];
}

export type NewRevision = Omit<RevisionRecord, 'id' | 'seq' | 'at'>;

/**
 * Takes the log's lock, which every write transaction takes first, and returns the time of the
 * write: now, or the last revision's time should the clock have gone back, so that a revision is
 * never older than the one before it and createdAt never comes after updatedAt.
 */
export async function lockRevisionLog(run: Run): Promise<{ at: string }> {
  const [row] = (await run(LOCK_REVISION_LOG)).rows;
  const now = new Date().toISOString();
  const last = typeof row?.at === 'string' ? row.at : '';
  return { at: last > now ? last : now };
}

export async function appendRevision(
  run: Run,
  revision: NewRevision,
  at: string,
): Promise<{ id: string; seq: number }> {
  const { cells, ...rest } = revision;
  const [row] = (
    await run(APPEND_REVISION, {
      revision: {
        ...rest,
        at,
        changes: JSON.stringify(cells),
        subjects: subjectsOf(cells),
        sources: [...rest.sources],
      },
      suffix: randomBytes(3).toString('hex'),
    })
  ).rows;
  return { id: String(row?.id), seq: Number(row?.seq) };
}

/** The log as the API reads it (never inside a write). */
export class RevisionLog {
  constructor(private readonly executor: Executor) {}

  async page(id: string, first: number, offset: number): Promise<{ total: number; revisions: RevisionRecord[] }> {
    const [row] = await this.executor.read(REVISIONS_OF, { id, first, offset });
    return {
      total: Number(row?.total ?? 0),
      revisions: ((row?.page as Row[] | undefined) ?? []).map(revisionFrom),
    };
  }

  async byId(id: string): Promise<RevisionRecord | null> {
    const [row] = await this.executor.read(REVISION_BY_ID, { id });
    return row ? revisionFrom(row.revision as Row) : null;
  }

  async after(seq: number): Promise<RevisionRecord[]> {
    return (await this.executor.read(REVISIONS_AFTER, { seq })).map((row) => revisionFrom(row.revision as Row));
  }
}

export async function findRevision(run: Run, id: string): Promise<RevisionRecord | null> {
  const [row] = (await run(REVISION_BY_ID, { id })).rows;
  return row ? revisionFrom(row.revision as Row) : null;
}

function revisionFrom(row: Row): RevisionRecord {
  return {
    id: String(row.id),
    seq: Number(row.seq),
    author: String(row.author),
    at: String(row.at),
    operation: row.operation as RevisionOperation,
    file: typeof row.file === 'string' ? row.file : null,
    sources: (row.sources as string[] | null) ?? [],
    reverts: typeof row.reverts === 'string' ? row.reverts : null,
    cells: JSON.parse(String(row.changes)) as Cell[],
  };
}
