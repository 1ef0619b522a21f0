import { LINKS_OF_ENTITIES } from '../db/curation-queries';
import type { Run } from '../db/executor';
import {
  DELETE_CLAIMS,
  DELETE_ENTITIES,
  DELETE_RELATIONSHIPS,
  UPSERT_CLAIMS,
  upsertEntities,
  upsertRelationships,
} from '../db/seed-statements';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../vocabulary';
import { conflict } from './conflict';
import { derivedProps } from './derived-props';
import { sameClaim, sameEntity, sameRelationship } from './same-state';
import type { Curated, Props, StatePlan, Transition } from './graph-state';

/** Rows sent per statement: large enough for few round trips, small enough for modest memory. */
const BATCH_SIZE = 500;

export interface Stamp {
  readonly who: string;
  readonly at: string;
}

/**
 * Writes what a plan changes, in an order that keeps every statement's ends in place: entities
 * first, then claims and relationships; what a revert takes out goes last, relationships and
 * claims before the entities they hang on. Transitions that change nothing are not written.
 */
export async function writePlan(run: Run, plan: StatePlan, stamp: Stamp): Promise<void> {
  const entities = plan.entities.filter((t) => !sameEntity(t.before, t.after));
  const claims = plan.claims.filter((t) => !sameClaim(t.before, t.after));
  const relationships = plan.relationships.filter((t) => !sameRelationship(t.before, t.after));

  for (const label of ENTITY_LABELS) {
    const rows = entities.flatMap(({ before, after }) =>
      after && after.label === label
        ? [
            {
              id: after.id,
              props: { ...withRemovals(before?.props, after.props), ...derivedProps(label, after.props).props },
              keys: derivedProps(label, after.props).keys,
              sources: [...after.sources],
              curated: curatedJson(after.curated),
            },
          ]
        : [],
    );
    for (const batch of chunks(rows)) await run(upsertEntities(label), { rows: batch, ...stamp });
  }
  const claimRows = claims.flatMap(({ before, after }) =>
    after
      ? [
          {
            id: after.id,
            subject: after.subject,
            props: withRemovals(before?.props, after.props),
            sources: [...after.sources],
            curated: curatedJson(after.curated),
          },
        ]
      : [],
  );
  for (const batch of chunks(claimRows)) await run(UPSERT_CLAIMS, { rows: batch, ...stamp });
  for (const type of RELATIONSHIP_TYPES) {
    const rows = relationships.flatMap(({ before, after }) =>
      after && after.type === type
        ? [
            {
              from: after.from,
              to: after.to,
              key: after.key,
              props: withRemovals(before?.props, after.props),
              curated: curatedJson(after.curated),
            },
          ]
        : [],
    );
    for (const batch of chunks(rows)) await run(upsertRelationships(type), { rows: batch, ...stamp });
  }
  await removeWhatEnds(run, entities, claims, relationships);
}

async function removeWhatEnds(
  run: Run,
  entities: StatePlan['entities'],
  claims: StatePlan['claims'],
  relationships: StatePlan['relationships'],
): Promise<void> {
  const ended = <S>(transitions: ReadonlyArray<Transition<S>>): S[] =>
    transitions.flatMap(({ before, after }) => (before && !after ? [before] : []));
  const rels = ended(relationships).map(({ type, from, to, key }) => ({ type, from, to, key }));
  if (rels.length) await run(DELETE_RELATIONSHIPS, { rows: rels });
  const claimIds = ended(claims).map((c) => c.id);
  if (claimIds.length) await run(DELETE_CLAIMS, { ids: claimIds });
  const entityIds = ended(entities).map((e) => e.id);
  if (entityIds.length === 0) return;
  const held = (await run(LINKS_OF_ENTITIES, { ids: entityIds })).rows.find(
    (row) => Number(row.links) > 0 || Number(row.citations) > 0,
  );
  if (held) {
    throw conflict(
      'revision',
      `"${String(held.id)}" is used by later changes (links or citations): revert those first`,
    );
  }
  await run(DELETE_ENTITIES, { ids: entityIds });
}

/** A property the state no longer has is written as null, which removes it. */
function withRemovals(before: Props | undefined, after: Props): Props {
  const removed = Object.keys(before ?? {}).filter((key) => !(key in after) || after[key] === undefined);
  return { ...Object.fromEntries(removed.map((key) => [key, null])), ...after };
}

function curatedJson(curated: Curated): string | null {
  return Object.keys(curated).length > 0 ? JSON.stringify(curated) : null;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}
