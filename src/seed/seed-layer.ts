import type { Run } from '../db/executor';
import { isDerived } from '../revisions/derived-props';
import {
  relationshipId,
  sameValue,
  sortedUnique,
  type ClaimState,
  type Curated,
  type EntityState,
  type KeptValue,
  type Props,
  type RelationshipState,
  type Transition,
  type Value,
} from '../revisions/graph-state';
import { readClaims, readClaimsOf, readEntities, readRelationships } from '../revisions/state-reader';
import type { EntityLabel } from '../vocabulary';
import type { GraphBatches } from './to-graph';
import { preferOneClaim } from './seed-preferred';
import type { Collection } from './schema';

/** A seed load's changes, by the seed file each comes from. */
export interface FilePlan {
  readonly entities: Array<Transition<EntityState>>;
  readonly claims: Array<Transition<ClaimState>>;
  readonly relationships: Array<Transition<RelationshipState>>;
  readonly kept: KeptValue[];
}

export interface ConcernSummary {
  concern: Collection | 'claims';
  nodes: number;
  nodesCreated: number;
  relationships: number;
  relationshipsCreated: number;
}

export interface SeedPlan {
  readonly files: ReadonlyMap<string, FilePlan>;
  readonly concerns: ConcernSummary[];
  /** Curated values left in place where the seed says otherwise. */
  readonly kept: number;
}

/**
 * The seed as one layer and curation as another: what loading the seed would change, property by
 * property. A property a curator set keeps its value; where the seed says otherwise, its value is
 * recorded once (a KEPT change) and remembered, so a second load records nothing. Citations only
 * ever grow. Reads the current state inside the load's transaction.
 */
export async function planSeed(run: Run, graph: GraphBatches): Promise<SeedPlan> {
  const files = new Map<string, FilePlan>();
  const fileOf = (file: string | undefined): FilePlan => {
    const name = file ?? 'seed';
    let plan = files.get(name);
    if (!plan) files.set(name, (plan = { entities: [], claims: [], relationships: [], kept: [] }));
    return plan;
  };
  const concerns = new Map<ConcernSummary['concern'], ConcernSummary>();
  const concern = (name: ConcernSummary['concern']): ConcernSummary => {
    let found = concerns.get(name);
    if (!found)
      concerns.set(
        name,
        (found = { concern: name, nodes: 0, nodesCreated: 0, relationships: 0, relationshipsCreated: 0 }),
      );
    return found;
  };
  let kept = 0;

  const entityRows = graph.entities.flatMap(({ concern: c, label, rows }) => rows.map((row) => ({ c, label, row })));
  const entities = await readEntities(
    run,
    entityRows.map(({ row }) => row.id),
  );
  for (const { c, label, row } of entityRows) {
    const before = entities.get(row.id) ?? null;
    const seedProps = Object.fromEntries(Object.entries(row.props).filter(([key]) => !isDerived(label, key)));
    const layered = layer(before?.props ?? {}, before?.curated ?? {}, seedProps);
    const after: EntityState = {
      id: row.id,
      label: before?.label ?? (label as EntityLabel),
      props: layered.props,
      sources: sortedUnique([...(before?.sources ?? []), ...row.sources]),
      curated: layered.curated,
      createdBy: before?.createdBy ?? null,
    };
    kept += layered.kept.length;
    const plan = fileOf(row.file);
    plan.entities.push({ before, after });
    plan.kept.push(...layered.recorded.map((k) => ({ on: 'entity' as const, subject: row.id, target: null, ...k })));
    concern(c).nodes++;
    if (!before) concern(c).nodesCreated++;
  }

  const claimRows = mergeBy(
    graph.claims,
    (row) => row.id,
    (a, b) => ({ ...b, file: a.file, sources: [...a.sources, ...b.sources] }),
  );
  const claims = await readClaims(
    run,
    claimRows.map((row) => row.id),
  );
  const claimTargets = new Map<string, { before: ClaimState | null; after: ClaimState; file: string | undefined }>();
  for (const row of claimRows) {
    const before = claims.get(row.id) ?? null;
    const layered = layer(before?.props ?? {}, before?.curated ?? {}, row.props);
    kept += layered.kept.length;
    const after = {
      id: row.id,
      subject: row.subject,
      props: layered.props,
      curated: layered.curated,
      sources: sortedUnique([...(before?.sources ?? []), ...row.sources]),
    };
    claimTargets.set(row.id, { before, after, file: row.file });
    fileOf(row.file).kept.push(
      ...layered.recorded.map((k) => ({ on: 'claim' as const, subject: row.subject, target: row.id, ...k })),
    );
    concern('claims').nodes++;
    if (!before) concern('claims').nodesCreated++;
  }
  const pairs = [
    ...new Map(claimRows.map((row) => [`${row.subject}\u0000${String(row.props.property)}`, row])).values(),
  ];
  const others = await readClaimsOf(
    run,
    pairs.map((row) => ({ subject: row.subject, property: String(row.props.property) })),
  );
  const preferred = preferOneClaim(claimTargets, others, graph.claims, entities);
  kept += preferred.kept;
  for (const { before, after, file } of preferred.claims) fileOf(file).claims.push({ before, after });
  for (const [file, values] of preferred.recorded) fileOf(file).kept.push(...values);

  const relationshipRows = graph.relationships.flatMap(({ concern: c, type, rows }) =>
    mergeBy(
      rows.map((row) => ({ ...row, type, c })),
      (row) => relationshipId(row),
      (a, b) => ({ ...b, file: a.file, props: { ...b.props, sources: unionList(a.props.sources, b.props.sources) } }),
    ),
  );
  const relationships = await readRelationships(run, relationshipRows);
  for (const row of relationshipRows) {
    const before = relationships.get(relationshipId(row)) ?? null;
    const layered = layer(before?.props ?? {}, before?.curated ?? {}, row.props, ['sources']);
    kept += layered.kept.length;
    const props = { ...layered.props, sources: unionList(before?.props.sources, row.props.sources) };
    const after: RelationshipState = {
      type: row.type,
      from: row.from,
      to: row.to,
      key: row.key,
      props,
      curated: layered.curated,
    };
    const plan = fileOf(row.file);
    plan.relationships.push({ before, after });
    plan.kept.push(
      ...layered.recorded.map((k) => ({
        on: 'relationship' as const,
        subject: row.from,
        target: row.to,
        relationship: { type: row.type, key: row.key },
        ...k,
      })),
    );
    concern(row.c).relationships++;
    if (!before) concern(row.c).relationshipsCreated++;
  }
  return { files, concerns: [...concerns.values()], kept };
}

/**
 * The seed's properties over what there is, but curated properties keep their value: each that
 * the seed gives otherwise is kept, and recorded when the seed's value is not the one remembered.
 */
function layer(
  current: Props,
  curated: Curated,
  seed: Props,
  merged: readonly string[] = [],
): { props: Props; curated: Curated; kept: string[]; recorded: Array<{ property: string; seed: Value; kept: Value }> } {
  const props: Record<string, Value> = { ...current };
  const memory: Record<string, Value> = { ...curated };
  const kept: string[] = [];
  const recorded: Array<{ property: string; seed: Value; kept: Value }> = [];
  for (const [property, value] of Object.entries(seed)) {
    if (merged.includes(property)) continue;
    const seedValue = value ?? null;
    if (!(property in curated)) {
      props[property] = seedValue;
      continue;
    }
    const own = current[property] ?? null;
    if (sameValue(own, seedValue)) continue;
    kept.push(property);
    if (!sameValue(curated[property], seedValue)) {
      recorded.push({ property, seed: seedValue, kept: own });
      memory[property] = seedValue;
    }
  }
  return {
    props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)),
    curated: memory,
    kept,
    recorded,
  };
}

/** A list property that only grows: what there was first, then what is new. */
function unionList(before: Value | undefined, added: Value | undefined): string[] {
  const list = (value: Value | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);
  return [...new Set([...list(before), ...list(added)])];
}

/** Rows that say the same thing twice become one, as the database would merge them. */
function mergeBy<T>(rows: readonly T[], keyOf: (row: T) => string, merge: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = byKey.get(key);
    byKey.set(key, seen ? merge(seen, row) : row);
  }
  return [...byKey.values()];
}
