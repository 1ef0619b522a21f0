import { createHash } from 'node:crypto';
import {
  DEFAULT_CLAIM_RANK,
  DEFAULT_CONFIDENCE,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  type EntityLabel,
  type RelationshipType,
} from '../vocabulary';
import { derivedProps } from '../revisions/derived-props';
import { ENTITY_TABLES, type Names } from './entity-tables';
import type { ClaimRow, EntityRow, Fact, Props, RelationshipRow } from './graph-rows';
import type { Seed } from './read-seed';
import { RELATIONSHIP_TABLES, type RowContext } from './relationship-tables';
import type { Collection } from './schema';

export type { ClaimRow, EntityRow, RelationshipRow } from './graph-rows';

/** The graph a seed describes, grouped by the concern (collection) each part came from. */
export interface GraphBatches {
  readonly entities: Array<{ concern: Collection; label: EntityLabel; rows: EntityRow[] }>;
  readonly relationships: Array<{ concern: Collection; type: RelationshipType; rows: RelationshipRow[] }>;
  readonly claims: ClaimRow[];
}

/**
 * Turns a validated seed into rows for the loader's UNWIND statements, by the tables of
 * entity-tables.ts and relationship-tables.ts. Pure: no database.
 */
export function toGraph(seed: Seed): GraphBatches {
  const sourceIdByRef = new Map(seed.sources.map(({ value }) => [value.ref, value.id]));
  const cite = (refs: readonly string[]): string[] => refs.map((ref) => sourceIdByRef.get(ref) ?? ref);
  const claims: ClaimRow[] = [];
  // The tables pass each entry's own value as the fact of the relationships it makes: its file follows it.
  const fileOf = new WeakMap<object, string>();
  for (const list of Object.values(seed)) for (const { value, file } of list) fileOf.set(value, file);

  const entities = ENTITY_LABELS.map((label) => {
    const table = ENTITY_TABLES[label];
    const rows = table.entries(seed).map(({ value, file, props, names }) => {
      claims.push(...aliasClaims(value.id, names, cite, file));
      return entityRow(label, value, cite(value.sources), props, names, file);
    });
    return { concern: table.concern, label, rows };
  });

  const episodeId = new Map(seed.episodes.map(({ value }) => [`${value.work}#${value.number}`, value.id]));
  const context: RowContext = {
    seed,
    edge: (from, to, fact, extra = {}, key = '') => ({
      from,
      to,
      key,
      file: fileOf.get(fact) ?? 'curation',
      props: {
        sources: cite(fact.sources),
        confidence: fact.confidence ?? DEFAULT_CONFIDENCE,
        note: fact.note ?? null,
        ...extra,
      },
    }),
    episodesOf: (work, numbers) =>
      (numbers ?? []).map((n) => episodeId.get(`${work}#${n}`)).filter((id): id is string => id !== undefined),
  };
  const relationships = RELATIONSHIP_TYPES.flatMap((type) => {
    const table = RELATIONSHIP_TABLES[type];
    const rows = table.rows(context);
    return rows.length > 0 ? [{ concern: table.concern, type, rows }] : [];
  });

  for (const { value: c, file } of seed.claims) {
    claims.push(claimRow(c.subject, c.property, c.value, c.rank, c.reason, c, cite, file));
  }
  return { entities, relationships, claims };
}

function entityRow(
  label: EntityLabel,
  value: Fact & { id: string },
  sources: string[],
  props: Props,
  named: Names | undefined,
  file: string,
): EntityRow {
  const aliasNames = (named?.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.name));
  const own: Props = {
    ...props,
    ...(named ? { aliases: unique(aliasNames) } : {}),
    confidence: value.confidence ?? DEFAULT_CONFIDENCE,
    note: value.note ?? null,
  };
  const derived = derivedProps(label, own);
  return { id: value.id, sources, keys: derived.keys, props: { ...own, ...derived.props }, file };
}

/** An alias that only some sources use is a claim of its own, citing them. */
function aliasClaims(
  subject: string,
  named: Names | undefined,
  cite: (refs: readonly string[]) => string[],
  file: string,
): ClaimRow[] {
  return (named?.aliases ?? []).flatMap((alias) =>
    typeof alias === 'string'
      ? []
      : [claimRow(subject, 'alias', alias.name, DEFAULT_CLAIM_RANK, undefined, alias, cite, file)],
  );
}

function claimRow(
  subject: string,
  property: string,
  value: string | number,
  rank: string,
  reason: string | undefined,
  fact: Fact,
  cite: (refs: readonly string[]) => string[],
  file: string,
): ClaimRow {
  return {
    id: claimId(subject, property, value),
    subject,
    file,
    sources: cite(fact.sources),
    props: {
      property,
      value: String(value),
      valueType: typeof value === 'number' ? 'NUMBER' : 'STRING',
      rank,
      reason: reason ?? null,
      confidence: fact.confidence ?? DEFAULT_CONFIDENCE,
      note: fact.note ?? null,
    },
  };
}

/** Stable across reloads: derived from what the claim says, not from where it stands in a file. */
export function claimId(subject: string, property: string, value: string | number): string {
  const digest = createHash('sha1')
    .update(`${subject}\u0000${property}\u0000${String(value)}`)
    .digest('hex');
  return `claim-${subject}-${property.replace(/\./g, '-').toLowerCase()}-${digest.slice(0, 10)}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
