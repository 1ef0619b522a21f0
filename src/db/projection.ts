import { PROPERTY_DEFAULTS } from '../vocabulary';
import type { Params, Row } from './executor';
import type { StatementForm } from './statement';
import { WIRE_NODE, WIRE_RELATED } from './wire-format';

/**
 * What of each entity a read returns. Statements project a node as its id, type and the listed
 * properties, and leave out curation stamps and relationship sources unless asked, so the
 * database reads and sends what the answer needs rather than whole nodes.
 */
export interface Projection {
  /** Per GraphQL type (a node's label), the properties to return besides id and type. */
  readonly properties: Readonly<Record<string, readonly string[]>>;
  /** Whether nodes and relationships carry their curation stamps (`revision`). */
  readonly revision: boolean;
  /** Whether relationships carry their Source nodes. */
  readonly sources: boolean;
  /** Whether relationships carry their confidence and note. */
  readonly provenance: boolean;
  /** Whether a search must count every match (its `totalCount` is selected) rather than only its page. */
  readonly searchTotal: boolean;
}

/** Which form of a statement a projection needs: lean unless it selects some provenance. */
export function formFor(projection: Projection): StatementForm {
  return projection.provenance || projection.sources || projection.revision ? 'full' : 'lean';
}

/** The curation stamps a node's `revision` is made of; read as properties when asked for. */
const STAMPS = ['createdBy', 'createdAt', 'updatedBy', 'updatedAt'] as const;

/** The statement parameters that carry a projection (see cypher-fragments.ts). */
export function projectionParams(projection: Projection): Params {
  return {
    properties: projection.revision ? withStamps(projection.properties) : projection.properties,
    withRevision: projection.revision,
    withSources: projection.sources,
  };
}

function withStamps(properties: Projection['properties']): Projection['properties'] {
  return Object.fromEntries(Object.entries(properties).map(([type, names]) => [type, [...names, ...STAMPS]]));
}

/**
 * Turns every projected node in the rows (at any depth) back into a plain map of its
 * properties, as `n {.*}` would have returned it: a property the node lacks is left out, or takes
 * its default (PROPERTY_DEFAULTS). Its stamps become `revision` when the projection asks for them,
 * and the lists a bundle read with it become `related`.
 */
export function hydrateRows(rows: Row[], projection: Projection): Row[] {
  const hydrate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(hydrate);
    if (value === null || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    const packed = source[WIRE_NODE];
    if (Array.isArray(packed)) return node(packed, source[WIRE_RELATED]);
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(source)) result[key] = hydrate(source[key]);
    return result;
  };
  const node = (packed: unknown[], related: unknown): Record<string, unknown> => {
    const type = packed[1] as string;
    const result: Record<string, unknown> = { id: packed[0], __typename: type };
    const names = projection.properties[type] ?? [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const value = packed[i + 2] ?? PROPERTY_DEFAULTS[name];
      if (value !== null && value !== undefined) result[name] = value;
    }
    if (projection.revision) {
      const at = names.length + 2;
      result.revision = Object.fromEntries(STAMPS.map((stamp, i) => [stamp, packed[at + i] ?? null]));
    }
    if (related !== null && typeof related === 'object') result.related = readLists(related);
    return result;
  };
  /** A field the bundle did not read comes back null: it is left out, so its resolver asks the loaders. */
  const readLists = (related: object): Record<string, unknown> => {
    const lists: Record<string, unknown> = {};
    for (const [field, list] of Object.entries(related)) if (list !== null) lists[field] = hydrate(list);
    return lists;
  };
  return rows.map((row) => hydrate(row) as Row);
}
