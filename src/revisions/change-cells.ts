import type { EntityLabel, RelationshipType } from '../vocabulary';
import {
  presentProps,
  sameValue,
  sortedUnique,
  type ClaimState,
  type Curated,
  type EntityState,
  type KeptValue,
  type Props,
  type RelationshipState,
  type StatePlan,
  type Transition,
  type Value,
} from './graph-state';

/** A claim or relationship as a revision records it: its facts and which of them curators set. */
export interface ClaimRecord {
  readonly props: Props;
  readonly sources: readonly string[];
  readonly curated: readonly string[];
}
export interface RelationshipRecord {
  readonly props: Props;
  readonly curated: readonly string[];
}

/**
 * One change of a revision, with its value before and after: an entity made or taken out, a
 * field, a citation, a claim, a relationship, or (seed loads only) a seed value a curated one was
 * kept over. Each addresses one thing, so a revision is undone by putting every `before` back.
 */
export type Cell =
  | {
      readonly kind: 'ENTITY';
      readonly subject: string;
      readonly label: EntityLabel;
      readonly before: boolean;
      readonly after: boolean;
    }
  | {
      readonly kind: 'FIELD';
      readonly subject: string;
      readonly property: string;
      readonly before: Value;
      readonly after: Value;
      readonly curatedBefore: boolean;
      readonly curatedAfter: boolean;
      /**
       * The seed's value a curated one covers, on the side where the field is curated, when the
       * cell curates or releases it: null when the seed never gave one (a curator's own entity).
       * Putting that side back needs it, since the value on the other side may be a curator's.
       */
      readonly covers?: Value;
    }
  | {
      readonly kind: 'SOURCE';
      readonly subject: string;
      readonly target: string;
      readonly before: boolean;
      readonly after: boolean;
    }
  | {
      readonly kind: 'CLAIM';
      readonly subject: string;
      readonly target: string;
      readonly before: ClaimRecord | null;
      readonly after: ClaimRecord | null;
      /** The seed's values its curated properties cover, on each side (see FIELD's `covers`). */
      readonly covers?: CoveredSides;
    }
  | {
      readonly kind: 'RELATIONSHIP';
      readonly subject: string;
      readonly target: string;
      readonly property: RelationshipType;
      readonly key: string;
      readonly before: RelationshipRecord | null;
      readonly after: RelationshipRecord | null;
      readonly covers?: CoveredSides;
    }
  | ({ readonly kind: 'KEPT' } & KeptValue);

export interface CoveredSides {
  readonly before: Curated | null;
  readonly after: Curated | null;
}

/** Every change a plan makes, entity by entity, then claims, relationships and what a seed load kept. */
export function cellsOf(plan: StatePlan): Cell[] {
  return [
    ...plan.entities.flatMap(entityCells),
    ...plan.claims.flatMap(claimCells),
    ...plan.relationships.flatMap(relationshipCells),
    ...(plan.kept ?? []).map((kept): Cell => ({ kind: 'KEPT', ...kept })),
  ];
}

/** The ids a revision touches, for history: entities, claims, and both ends of relationships. */
export function subjectsOf(cells: readonly Cell[]): string[] {
  return sortedUnique(
    cells.flatMap((cell) => {
      switch (cell.kind) {
        case 'CLAIM':
        case 'RELATIONSHIP':
          return [cell.subject, cell.target];
        case 'KEPT':
          return cell.target ? [cell.subject, cell.target] : [cell.subject];
        default:
          return [cell.subject];
      }
    }),
  );
}

function entityCells({ before, after }: Transition<EntityState>): Cell[] {
  const state = after ?? before;
  if (!state) return [];
  const cells: Cell[] = [];
  if (!before !== !after)
    cells.push({ kind: 'ENTITY', subject: state.id, label: state.label, before: !!before, after: !!after });
  const properties = new Set([...Object.keys(before?.props ?? {}), ...Object.keys(after?.props ?? {})]);
  for (const property of [...properties].sort()) {
    const was = before?.props[property] ?? null;
    const is = after?.props[property] ?? null;
    const curatedBefore = !!before && property in before.curated;
    const curatedAfter = !!after && property in after.curated;
    if (!sameValue(was, is) || curatedBefore !== curatedAfter) {
      const curatedSide = curatedAfter && !curatedBefore ? after : curatedBefore && !curatedAfter ? before : null;
      const covers = curatedSide ? { covers: curatedSide.curated[property] ?? null } : {};
      cells.push({
        kind: 'FIELD',
        subject: state.id,
        property,
        before: was,
        after: is,
        curatedBefore,
        curatedAfter,
        ...covers,
      });
    }
  }
  const cited = new Set(before?.sources ?? []);
  const citing = new Set(after?.sources ?? []);
  for (const source of sortedUnique([...cited, ...citing])) {
    if (cited.has(source) !== citing.has(source)) {
      cells.push({
        kind: 'SOURCE',
        subject: state.id,
        target: source,
        before: cited.has(source),
        after: citing.has(source),
      });
    }
  }
  return cells;
}

export const claimRecord = (claim: ClaimState | null): ClaimRecord | null =>
  claim && {
    props: presentProps(claim.props),
    sources: sortedUnique(claim.sources),
    curated: Object.keys(claim.curated).sort(),
  };

export const relationshipRecord = (relationship: RelationshipState | null): RelationshipRecord | null =>
  relationship && { props: presentProps(relationship.props), curated: Object.keys(relationship.curated).sort() };

function claimCells({ before, after }: Transition<ClaimState>): Cell[] {
  const state = after ?? before;
  const [was, is] = [claimRecord(before), claimRecord(after)];
  if (!state || sameValue(was, is)) return [];
  return [
    { kind: 'CLAIM', subject: state.subject, target: state.id, before: was, after: is, ...coversOf(before, after) },
  ];
}

function relationshipCells({ before, after }: Transition<RelationshipState>): Cell[] {
  const state = after ?? before;
  const [was, is] = [relationshipRecord(before), relationshipRecord(after)];
  if (!state || sameValue(was, is)) return [];
  return [
    {
      kind: 'RELATIONSHIP',
      subject: state.from,
      target: state.to,
      property: state.type,
      key: state.key,
      before: was,
      after: is,
      ...coversOf(before, after),
    },
  ];
}

/** Recorded only where some property is curated, so most cells stay as small as before. */
function coversOf(
  before: { readonly curated: Curated } | null,
  after: { readonly curated: Curated } | null,
): { covers?: CoveredSides } {
  const [was, is] = [before?.curated ?? null, after?.curated ?? null];
  const any = (curated: Curated | null) => !!curated && Object.keys(curated).length > 0;
  return any(was) || any(is) ? { covers: { before: was, after: is } } : {};
}
