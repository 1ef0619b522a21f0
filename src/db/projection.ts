import type { Params, Row } from './executor';

/**
 * What of each entity a read returns. Statements project a node as its id, type and the listed
 * properties, leave out curation stamps and relationship sources unless asked, so the database
 * reads and sends what the answer needs rather than whole nodes.
 */
export interface Projection {
  /** Per GraphQL type (a node's label), the properties to return besides id and type. */
  readonly properties: Readonly<Record<string, readonly string[]>>;
  /** Whether nodes and relationships carry their curation stamps (`revision`). */
  readonly revision: boolean;
  /** Whether relationships carry their Source nodes. */
  readonly sources: boolean;
}

/** The statement parameters that carry a projection (see cypher-fragments.ts). */
export function projectionParams(projection: Projection): Params {
  return {
    properties: projection.properties,
    withRevision: projection.revision,
    withSources: projection.sources,
  };
}

/** The key under which a statement returns a node's projected property values, in order. */
export const PROJECTED_VALUES = '__values';

/**
 * Turns every projected node in the rows (at any depth) back into a plain map of its
 * properties, as `n {.*}` would have returned it; a property the node lacks is left out.
 */
export function hydrateRows(rows: Row[], properties: Projection['properties']): Row[] {
  const hydrate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(hydrate);
    if (value === null || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(source)) {
      if (key !== PROJECTED_VALUES) result[key] = hydrate(inner);
    }
    const values = source[PROJECTED_VALUES];
    if (Array.isArray(values)) {
      (properties[source.__typename as string] ?? []).forEach((property, i) => {
        if (values[i] !== null && values[i] !== undefined) result[property] = values[i];
      });
    }
    return result;
  };
  return rows.map((row) => hydrate(row) as Row);
}
