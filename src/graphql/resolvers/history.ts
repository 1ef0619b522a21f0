import type { RevisionRecord } from '../../revisions/revision-log';
import type { Cell } from '../../revisions/change-cells';
import { pageInfo } from './connection';
import type { GraphContext } from '../context';
import type { ChangeKind, HistoryConnection, HistoryEntry } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, pageSize } from '../pagination';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** A change as the API shows it: what it is about, and its two sides as JSON. */
function change(cell: Cell): HistoryEntry['changes'][number] {
  const base = { kind: cell.kind as ChangeKind, subject: cell.subject };
  switch (cell.kind) {
    case 'ENTITY':
      return {
        ...base,
        target: null,
        property: cell.label,
        key: null,
        before: json(cell.before),
        after: json(cell.after),
      };
    case 'FIELD':
      return {
        ...base,
        target: null,
        property: cell.property,
        key: null,
        before: json(cell.before),
        after: json(cell.after),
      };
    case 'SOURCE':
    case 'CLAIM':
      return {
        ...base,
        target: cell.target,
        property: null,
        key: null,
        before: json(cell.before),
        after: json(cell.after),
      };
    case 'RELATIONSHIP':
      return {
        ...base,
        target: cell.target,
        property: cell.property,
        key: cell.key,
        before: json(cell.before),
        after: json(cell.after),
      };
    case 'KEPT':
      return {
        ...base,
        target: cell.target,
        property: cell.property,
        key: cell.relationship?.key ?? null,
        before: json(cell.seed),
        after: json(cell.kept),
      };
  }
}

export function historyEntry(record: RevisionRecord): HistoryEntry {
  return {
    id: record.id,
    author: record.author,
    at: record.at,
    operation: record.operation,
    file: record.file,
    sources: [...record.sources],
    reverts: record.reverts,
    changes: record.cells.map(change),
  };
}

/** An entity's revisions newest first, a page at a time. */
export async function history(
  context: GraphContext,
  id: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<HistoryConnection> {
  const size = pageSize(first, context.limits.maxPageSize, 20);
  const offset = decodeCursor(after);
  const { total, revisions } = await context.curation.log.page(id, size, offset);
  const edges = revisions.map((record, i) => ({ cursor: encodeCursor(offset + i), node: historyEntry(record) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: pageInfo(offset, revisions.length, offset + revisions.length < total),
    totalCount: total,
  };
}
