/**
 * How a statement returns a projected node: a one-key map `{_n: [id, type, …values]}` around a
 * list of its id, its GraphQL type and the values of the properties the projection lists, in
 * order (see entity() in cypher-fragments.ts). A list decodes faster than a map, and every node of
 * an answer pays for its keys on the wire and in the driver. hydrateRows() restores the model.
 */
export const WIRE_NODE = '_n';
/** Beside `_n`: the lists a bundle read with the node, by field name (null for one not read). */
export const WIRE_RELATED = '_r';
