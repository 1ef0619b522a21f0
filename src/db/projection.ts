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
  /** Whether relationships carry their confidence and note. */
  readonly provenance: boolean;
  /** Whether a search must count every match (its `totalCount` is selected) rather than only its page. */
  readonly searchTotal: boolean;
}

/**
 * A statement's two texts: `full` returns each relationship's provenance (confidence, note,
 * sources, stamps), `lean` leaves it out. A parameter cannot do this: Neo4j's planner reads every
 * property a statement names before it evaluates a CASE around it, so provenance nobody asked for
 * cost a tenth of the work bundle's time in the database and nearly a third of its bytes on the wire.
 */
export type StatementForm = 'full' | 'lean';
export interface StatementForms {
  readonly full: string;
  readonly lean: string;
}

export function bothForms(build: (form: StatementForm) => string): StatementForms {
  return { full: build('full'), lean: build('lean') };
}

/** Which form of a statement a projection needs: lean unless it selects some provenance. */
export function formFor(projection: Projection): StatementForm {
  return projection.provenance || projection.sources || projection.revision ? 'full' : 'lean';
}

/** The curation stamps a node's `revision` is made of; read as properties when asked for. */
const STAMPS = ['createdBy', 'createdAt', 'updatedBy', 'updatedAt'] as const;

/**
 * The key of the one-key map a statement returns a projected node as, around a list of its id,
 * type and values (see entity() in cypher-fragments.ts): a list decodes faster than a map, and
 * every node of an answer pays for its keys on the wire and in the driver. hydrateRows()
 * restores the model.
 */
export const WIRE_NODE = '_n';

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
 * properties, as `n {.*}` would have returned it (a property the node lacks is left out), with
 * its stamps as `revision` when the projection asks for them.
 */
export function hydrateRows(rows: Row[], projection: Projection): Row[] {
  const hydrate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(hydrate);
    if (value === null || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    const packed = source[WIRE_NODE];
    if (Array.isArray(packed)) return node(packed);
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(source)) result[key] = hydrate(source[key]);
    return result;
  };
  const node = (packed: unknown[]): Record<string, unknown> => {
    const type = packed[1] as string;
    const result: Record<string, unknown> = { id: packed[0], __typename: type };
    const names = projection.properties[type] ?? [];
    for (let i = 0; i < names.length; i++) {
      const value = packed[i + 2];
      if (value !== null && value !== undefined) result[names[i]!] = value;
    }
    if (projection.revision) {
      const at = names.length + 2;
      result.revision = Object.fromEntries(STAMPS.map((stamp, i) => [stamp, packed[at + i] ?? null]));
    }
    return result;
  };
  return rows.map((row) => hydrate(row) as Row);
}
