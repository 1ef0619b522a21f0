import type { Run } from '../db/executor';
import { badUserInput } from '../errors';
import { isDerived } from '../revisions/derived-props';
import {
  relationshipId,
  sameValue,
  sortedUnique,
  type ClaimState,
  type Curated,
  type EntityState,
  type Props,
  type RelationshipState,
  type StatePlan,
  type Transition,
  type Value,
} from '../revisions/graph-state';
import { readClaims, readClaimsOf, readEntities, readRelationships } from '../revisions/state-reader';
import { conflict } from '../revisions/conflict';
import { claimText, parseClaimValue } from '../seed/claim-value';
import type { RelationshipRow } from '../seed/graph-rows';
import type { GraphBatches } from '../seed/to-graph';
import { claimPropertyType, SEED_AUTHOR, type ClaimSubjectLabel, type RelationshipType } from '../vocabulary';

/** Input fields whose value is stored under other names. */
const STORED_AS: Readonly<Record<string, readonly string[]>> = { url: ['url', 'ref'] };

/**
 * What a curated change does to the graph as it stands, as a plan the revision log records.
 * A correction changes only what it says: on something that exists, only the properties the
 * input gave (`given`, the input's own field names) change, an explicit null clears one, and
 * citations only ever grow. A rename keeps the old name as an alias unless the input lists the
 * aliases itself. Then one rule holds per subject and property: at most one PREFERRED claim, and
 * a field with a PREFERRED claim equals it.
 */
export async function planCuration(
  run: Run,
  graph: GraphBatches,
  given: ReadonlySet<string>,
  extra: ReadonlyArray<RelationshipRow & { readonly type: RelationshipType }> = [],
): Promise<StatePlan> {
  const touched = new Set([...given].flatMap((field) => STORED_AS[field] ?? [field]));
  const entityRows = graph.entities.flatMap(({ label, rows }) => rows.map((row) => ({ label, row })));
  const claimRows = graph.claims;
  const entities = await readEntities(run, [
    ...entityRows.map(({ row }) => row.id),
    ...claimRows.map((c) => c.subject),
  ]);

  const entityPlan = new Map<string, Transition<EntityState>>();
  for (const { label, row } of entityRows) {
    const before = entities.get(row.id) ?? null;
    const props: Record<string, Value> = { ...(before?.props ?? {}) };
    for (const [key, value] of Object.entries(row.props)) {
      if (isDerived(label, key)) continue;
      if (!before || touched.has(key)) props[key] = value ?? null;
    }
    const oldName = before?.props.name;
    if (
      before &&
      touched.has('name') &&
      !touched.has('aliases') &&
      typeof oldName === 'string' &&
      oldName !== props.name
    ) {
      const aliases = Array.isArray(before.props.aliases) ? before.props.aliases.map(String) : [];
      props.aliases = aliases.includes(oldName) ? aliases : [...aliases, oldName];
    }
    const after: EntityState = {
      id: row.id,
      label: before?.label ?? label,
      props: present(props),
      sources: sortedUnique([...(before?.sources ?? []), ...row.sources]),
      curated: curatedAfter(before, props),
      createdBy: before?.createdBy ?? null,
    };
    entityPlan.set(row.id, { before, after });
  }

  const existingClaims = await readClaims(
    run,
    claimRows.map((c) => c.id),
  );
  const claimPlan = new Map<string, Transition<ClaimState>>();
  for (const row of claimRows) {
    const before = existingClaims.get(row.id) ?? null;
    const props: Record<string, Value> = { ...(before?.props ?? {}) };
    for (const [key, value] of Object.entries(row.props)) {
      if (!before || touched.has(key) || key === 'value' || key === 'valueType') props[key] = value ?? null;
    }
    const curated = { ...(before?.curated ?? {}) };
    for (const key of Object.keys(props)) {
      if (!sameValue(props[key], before?.props[key]) && !(key in curated)) curated[key] = before?.props[key] ?? null;
    }
    claimPlan.set(row.id, {
      before,
      after: {
        id: row.id,
        subject: row.subject,
        props: present(props),
        sources: sortedUnique([...(before?.sources ?? []), ...row.sources]),
        curated,
      },
    });
  }

  const relationshipRows = [
    ...graph.relationships.flatMap(({ type, rows }) => rows.map((row) => ({ ...row, type }))),
    ...extra,
  ];
  const existingRelationships = await readRelationships(run, relationshipRows);
  const relationshipPlan = new Map<string, Transition<RelationshipState>>();
  for (const row of relationshipRows) {
    const id = relationshipId(row);
    const before = relationshipPlan.get(id)?.after ?? existingRelationships.get(id) ?? null;
    const props: Record<string, Value> = { ...(before?.props ?? {}) };
    for (const [key, value] of Object.entries(row.props)) {
      if (key !== 'sources' && (!before || touched.has(key))) props[key] = value ?? null;
    }
    props.sources = sortedUnique([...listOf(before?.props.sources), ...listOf(row.props.sources)]);
    const curated = { ...(before?.curated ?? {}) };
    for (const key of Object.keys(props)) {
      if (key !== 'sources' && before && !sameValue(props[key], before.props[key]) && !(key in curated)) {
        curated[key] = before.props[key] ?? null;
      }
    }
    relationshipPlan.set(id, {
      before: existingRelationships.get(id) ?? null,
      after: { type: row.type, from: row.from, to: row.to, key: row.key, props: present(props), curated },
    });
  }

  await keepOnePreferred(run, entities, entityPlan, claimPlan, given);
  return {
    entities: [...entityPlan.values()],
    claims: [...claimPlan.values()],
    relationships: [...relationshipPlan.values()],
  };
}

/**
 * A new PREFERRED claim takes the rank over from the others of its property and sets the field;
 * taking the rank from the PREFERRED claim of a field without naming another is refused, as is a
 * correction of a field that its PREFERRED claim says otherwise.
 */
async function keepOnePreferred(
  run: Run,
  entities: ReadonlyMap<string, EntityState>,
  entityPlan: Map<string, Transition<EntityState>>,
  claimPlan: Map<string, Transition<ClaimState>>,
  given: ReadonlySet<string>,
): Promise<void> {
  const pairs = new Map<string, { subject: string; property: string | null }>();
  for (const { after } of claimPlan.values()) {
    if (after)
      pairs.set(`${after.subject}\u0000${String(after.props.property)}`, {
        subject: after.subject,
        property: String(after.props.property),
      });
  }
  for (const { after } of entityPlan.values())
    if (after) pairs.set(`${after.id}\u0000`, { subject: after.id, property: null });
  const others = await readClaimsOf(run, [...pairs.values()]);

  for (const { before, after } of [...claimPlan.values()]) {
    if (!after) continue;
    const property = String(after.props.property);
    const entity = entityPlan.get(after.subject)?.after ?? entities.get(after.subject);
    if (!entity || entity.label === 'Source') continue;
    const declared = claimPropertyType(entity.label as ClaimSubjectLabel, property);
    const wasPreferred = before?.props.rank === 'PREFERRED';
    if (after.props.rank !== 'PREFERRED') {
      if (wasPreferred && declared?.field) {
        throw badUserInput(
          'input.rank',
          `this is the PREFERRED claim of "${property}", which "${entity.id}.${property}" follows: add the claim that replaces it as PREFERRED instead`,
        );
      }
      continue;
    }
    for (const other of others) {
      if (other.subject !== after.subject || other.props.property !== property || other.id === after.id) continue;
      const current = claimPlan.get(other.id)?.after ?? other;
      if (current.props.rank !== 'PREFERRED') continue;
      claimPlan.set(other.id, {
        before: other,
        after: {
          ...current,
          props: { ...current.props, rank: 'NORMAL' },
          curated: 'rank' in current.curated ? current.curated : { ...current.curated, rank: 'PREFERRED' },
        },
      });
    }
    if (declared?.field) {
      const parsed = parseClaimValue(declared.type, String(after.props.value));
      if (!parsed.ok) throw badUserInput('input.value', parsed.message);
      const transition = entityPlan.get(entity.id) ?? { before: entity, after: entity };
      const base = transition.after ?? entity;
      const props = { ...base.props, [property]: parsed.value.field };
      entityPlan.set(entity.id, {
        before: transition.before,
        after: { ...base, props, curated: curatedAfter(transition.before, props) },
      });
    }
  }

  // A correction of a field may not contradict the PREFERRED claim that field follows.
  if (given.size === 0) return;
  for (const { before, after } of entityPlan.values()) {
    if (!after || !before || after.label === 'Source') continue;
    for (const claim of others) {
      if (claim.subject !== after.id || claim.props.rank !== 'PREFERRED' || claimPlan.has(claim.id)) continue;
      const property = String(claim.props.property);
      if (!claimPropertyType(after.label as ClaimSubjectLabel, property)?.field) continue;
      if (sameValue(before.props[property], after.props[property])) continue;
      if (claimText(after.props[property]) !== String(claim.props.value)) {
        throw conflict(
          `input.${property}`,
          `the PREFERRED claim ${claim.id} says "${String(claim.props.value)}": add a PREFERRED claim with the new value instead`,
        );
      }
    }
  }
}

/** The properties curators set, each remembering the seed's value for it (null where the seed gave none). */
function curatedAfter(before: EntityState | null, props: Props): Curated {
  const curated: Record<string, Value> = { ...(before?.curated ?? {}) };
  if (!before) return curated;
  for (const key of new Set([...Object.keys(before.props), ...Object.keys(props)])) {
    if (key in curated || sameValue(before.props[key], props[key])) continue;
    curated[key] = before.createdBy === SEED_AUTHOR ? (before.props[key] ?? null) : null;
  }
  return curated;
}

function present(props: Record<string, Value>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}

function listOf(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
