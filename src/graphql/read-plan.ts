import {
  Kind,
  TypeInfo,
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BUNDLES } from '../db/bundles';
import { ALL_FIELDS, PROVENANCE_KEYS, type BundleTree } from '../db/catalogue';
import type { Projection } from '../db/projection';

/**
 * What an operation reads, worked out once per parsed document and only read afterwards:
 * the projection every statement of the request uses, and which parts of a bundle each root
 * field selects.
 */
export interface ReadPlan {
  readonly projection: Projection;
  /** The paths of the bundle's fields (such as "characters_counterparts") the root field selects. */
  bundleParts(
    root: keyof typeof BUNDLES,
    info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  ): ReadonlySet<string>;
}

export interface ReadPlanner {
  /** Every property of every type and all provenance: what reads return before an operation is known. */
  readonly full: Projection;
  planFor(info: Pick<GraphQLResolveInfo, 'operation' | 'fragments'>): ReadPlan;
  /** The projection of a whole document (its operations and fragments). */
  projectionOf(document: DocumentNode): Projection;
}

/** The field whose selection makes a search count every match. */
const COUNTED = { type: 'SearchConnection', field: 'totalCount' } as const;

const PROVENANCE: ReadonlySet<string> = new Set(PROVENANCE_KEYS);

/** Types whose fields are a relationship's provenance: the items of catalogue fields, and path edges. */
const ITEM_TYPES: ReadonlySet<string> = new Set([
  ...ALL_FIELDS.flatMap((field) => (field.kind === 'items' ? [field.itemType] : [])),
  'PathEdge',
]);

/**
 * Properties a resolver filters on whether or not the query selects them: the filter of every
 * catalogue field whose items are entities, such as `events(kind:)`.
 */
const FILTERED: ReadonlyArray<{ readonly type: string; readonly property: string }> = ALL_FIELDS.flatMap((field) =>
  field.kind === 'entities' && field.filter ? [{ type: field.target, property: field.filter.property }] : [],
);

export function createReadPlanner(typeDefs: DocumentNode): ReadPlanner {
  const schema = buildASTSchema(typeDefs);
  const entityTypes = Object.values(schema.getTypeMap()).filter(isEntityType);
  const propertiesOf = new Map(entityTypes.map((type) => [type.name, storedFieldNames(type)]));
  const full: Projection = {
    properties: Object.fromEntries([...propertiesOf].map(([type, names]) => [type, [...names].sort()])),
    revision: true,
    sources: true,
    provenance: true,
    searchTotal: true,
  };
  const plans = new WeakMap<OperationDefinitionNode, ReadPlan>();
  const projections = new WeakMap<DocumentNode, Projection>();
  return {
    full,
    planFor({ operation, fragments }) {
      let plan = plans.get(operation);
      if (!plan) {
        const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] };
        plan = readPlan(project(schema, document, propertiesOf));
        plans.set(operation, plan);
      }
      return plan;
    },
    projectionOf(document) {
      let projection = projections.get(document);
      if (!projection) {
        projection = project(schema, document, propertiesOf);
        projections.set(document, projection);
      }
      return projection;
    },
  };
}

function readPlan(projection: Projection): ReadPlan {
  const parts = new WeakMap<FieldNode, ReadonlySet<string>>();
  return {
    projection,
    bundleParts(root, info) {
      const node = info.fieldNodes[0]!;
      let selected = parts.get(node);
      if (!selected) {
        selected = new Set(
          info.fieldNodes.flatMap((field) => selectedParts(BUNDLES[root].tree, field.selectionSet, info.fragments, '')),
        );
        parts.set(node, selected);
      }
      return selected;
    },
  };
}

/** The bundle fields a selection asks for, at any depth of the tree, fragments included. */
function selectedParts(
  tree: BundleTree,
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  path: string,
): string[] {
  return fieldsOf(selectionSet, fragments).flatMap((field) => {
    const part = tree[field.name.value];
    if (!part) return [];
    const name = `${path}${field.name.value}`;
    return [name, ...(part.nested ? selectedParts(part.nested, field.selectionSet, fragments, `${name}_`) : [])];
  });
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

/**
 * For each entity type, the leaf fields the document selects on it (directly, or through Node,
 * SearchResult and fragments), each a node property of the same name; and whether it selects
 * provenance, stamps, relationship sources or a search's count.
 */
function project(
  schema: GraphQLSchema,
  document: DocumentNode,
  propertiesOf: ReadonlyMap<string, ReadonlySet<string>>,
): Projection {
  const selected = new Map<string, Set<string>>([...propertiesOf.keys()].map((type) => [type, new Set<string>()]));
  for (const { type, property } of FILTERED) selected.get(type)?.add(property);
  let revision = false;
  let sources = false;
  let provenance = false;
  let searchTotal = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const name = node.name.value;
        const parent = typeInfo.getParentType();
        if (!parent) return;
        if (getNamedType(typeInfo.getType())?.name === 'Revision') revision = true;
        if (ITEM_TYPES.has(parent.name) && PROVENANCE.has(name)) {
          if (name === 'sources') sources = true;
          else provenance = true;
        }
        if (parent.name === COUNTED.type && name === COUNTED.field) searchTotal = true;
        for (const type of concreteTypes(schema, parent)) {
          if (propertiesOf.get(type)?.has(name)) selected.get(type)?.add(name);
        }
      },
    }),
  );
  return {
    properties: Object.fromEntries([...selected].map(([type, names]) => [type, [...names].sort()])),
    revision,
    sources,
    provenance,
    searchTotal,
  };
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => possible.name);
  return [type.name];
}

function isEntityType(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/**
 * An entity type's fields that are stored as node properties of the same name: its leaf fields
 * but `id`, which every projection returns. tests/unit/stored-properties.test.ts checks that the
 * seed stores each of them.
 */
export function storedFieldNames(type: GraphQLObjectType): Set<string> {
  return new Set(
    Object.values(type.getFields())
      .filter((field) => isLeafType(getNamedType(field.type)) && field.name !== 'id')
      .map((field) => field.name),
  );
}
