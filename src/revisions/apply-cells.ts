import type { Run } from '../db/executor';
import { claimRecord, relationshipRecord, type Cell, type ClaimRecord } from './change-cells';
import {
  relationshipId,
  sameValue,
  sortedUnique,
  type ClaimState,
  type Curated,
  type EntityState,
  type Props,
  type StatePlan,
  type Value,
} from './graph-state';
import { readClaims, readEntities, readRelationships } from './state-reader';

/** What putting one side of a revision's changes in place would do, and what stands in its way. */
export interface Application {
  readonly plan: StatePlan;
  /** The changes whose other side is no longer what the graph holds: something changed them since. */
  readonly conflicts: readonly Cell[];
}

/**
 * Puts every change of a revision to one side: `before` to revert it, `after` to replay it. A
 * change applies only where the graph still holds its other side; the rest are conflicts.
 */
export async function applyCells(run: Run, cells: readonly Cell[], to: 'before' | 'after'): Promise<Application> {
  const from = to === 'before' ? 'after' : 'before';
  const live = cells.filter((cell) => cell.kind !== 'KEPT');
  const entities = await readEntities(
    run,
    live.flatMap((c) => (isEntityCell(c) ? [c.subject] : [])),
  );
  const claims = await readClaims(
    run,
    live.flatMap((c) => (c.kind === 'CLAIM' ? [c.target] : [])),
  );
  const relationships = await readRelationships(
    run,
    live.flatMap((c) =>
      c.kind === 'RELATIONSHIP' ? [{ type: c.property, from: c.subject, to: c.target, key: c.key }] : [],
    ),
  );
  const conflicts: Cell[] = [];
  const drafts = new Map<string, Draft | null>();
  const draftOf = (id: string): Draft | null => {
    if (!drafts.has(id)) drafts.set(id, toDraft(entities.get(id) ?? null));
    return drafts.get(id) ?? null;
  };
  const claimPlan: StatePlan['claims'][number][] = [];
  const relationshipPlan: StatePlan['relationships'][number][] = [];

  for (const cell of live) {
    switch (cell.kind) {
      case 'ENTITY': {
        const now = draftOf(cell.subject);
        if (!!now !== cell[from]) conflicts.push(cell);
        if (!cell[to]) drafts.set(cell.subject, null);
        else if (!now)
          drafts.set(cell.subject, {
            id: cell.subject,
            label: cell.label,
            props: {},
            sources: new Set(),
            curated: {},
            createdBy: null,
          });
        break;
      }
      case 'FIELD': {
        const now = entities.get(cell.subject);
        const curated = !!now && cell.property in now.curated;
        if (!sameValue(now?.props[cell.property], cell[from]) || curated !== cellCurated(cell, from))
          conflicts.push(cell);
        const draft = draftOf(cell.subject);
        if (!draft) break;
        draft.props[cell.property] = cell[to];
        if (!cellCurated(cell, to)) delete draft.curated[cell.property];
        else if (!(cell.property in draft.curated))
          draft.curated[cell.property] = 'covers' in cell ? (cell.covers ?? null) : cell[from];
        break;
      }
      case 'SOURCE': {
        const now = entities.get(cell.subject);
        if (!!now?.sources.includes(cell.target) !== cell[from]) conflicts.push(cell);
        const draft = draftOf(cell.subject);
        if (draft && cell[to]) draft.sources.add(cell.target);
        else draft?.sources.delete(cell.target);
        break;
      }
      case 'CLAIM': {
        const now = claims.get(cell.target) ?? null;
        if (!sameValue(claimRecord(now), cell[from])) conflicts.push(cell);
        claimPlan.push({
          before: now,
          after: claimFrom(cell.target, cell.subject, cell[to], cell.covers?.[to] ?? cell[from]?.props, now),
        });
        break;
      }
      case 'RELATIONSHIP': {
        const key = { type: cell.property, from: cell.subject, to: cell.target, key: cell.key };
        const now = relationships.get(relationshipId(key)) ?? null;
        if (!sameValue(relationshipRecord(now), cell[from])) conflicts.push(cell);
        const record = cell[to];
        relationshipPlan.push({
          before: now,
          after: record && {
            ...key,
            props: record.props,
            curated: curatedFrom(record.curated, cell.covers?.[to] ?? cell[from]?.props, now?.curated),
          },
        });
        break;
      }
    }
  }
  const entityPlan = [...drafts].map(([id, draft]) => ({
    before: entities.get(id) ?? null,
    after: draft && fromDraft(draft),
  }));
  return { plan: { entities: entityPlan, claims: claimPlan, relationships: relationshipPlan }, conflicts };
}

interface Draft {
  id: string;
  label: EntityState['label'];
  props: Record<string, Value>;
  sources: Set<string>;
  curated: Record<string, Value>;
  createdBy: string | null;
}

const isEntityCell = (cell: Cell): cell is Extract<Cell, { kind: 'ENTITY' | 'FIELD' | 'SOURCE' }> =>
  cell.kind === 'ENTITY' || cell.kind === 'FIELD' || cell.kind === 'SOURCE';

const cellCurated = (cell: Extract<Cell, { kind: 'FIELD' }>, side: 'before' | 'after'): boolean =>
  side === 'before' ? cell.curatedBefore : cell.curatedAfter;

function toDraft(state: EntityState | null): Draft | null {
  return (
    state && { ...state, props: { ...state.props }, sources: new Set(state.sources), curated: { ...state.curated } }
  );
}

function fromDraft(draft: Draft): EntityState {
  const props = Object.fromEntries(Object.entries(draft.props).filter(([, value]) => value !== null));
  return { ...draft, props, sources: sortedUnique(draft.sources), curated: draft.curated };
}

function claimFrom(
  id: string,
  subject: string,
  record: ClaimRecord | null,
  covered: Props | undefined,
  now: ClaimState | null,
): ClaimState | null {
  return (
    record && {
      id,
      subject,
      props: record.props,
      sources: record.sources,
      curated: curatedFrom(record.curated, covered, now?.curated),
    }
  );
}

/**
 * Which properties are curated, keeping the seed value each already remembers; a property that
 * becomes curated remembers the seed's value the revision recorded for that side or, in a
 * revision from before such values were recorded, the value on the other side.
 */
function curatedFrom(keys: readonly string[], other: Props | undefined, now: Curated | undefined): Curated {
  return Object.fromEntries(keys.map((key) => [key, now && key in now ? (now[key] ?? null) : (other?.[key] ?? null)]));
}
