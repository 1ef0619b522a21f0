import {
  TypeInfo,
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Projection } from '../db/projection';

/**
 * Entity properties a resolver reads whether or not the query selects them: `rankings(kind:)`
 * and `events(kind:)` filter on them.
 */
const ALWAYS_READ: Readonly<Record<string, readonly string[]>> = { Ranking: ['kind'], Event: ['kind'] };

/**
 * A relationship's fields that say how sure and why (its sources and stamps have flags of their
 * own). On an entity they are properties like any other; on a relationship type (a credit, a
 * portrayal, a link) selecting one makes reads return the full form of their statements.
 */
const PROVENANCE_FIELDS: ReadonlySet<string> = new Set(['confidence', 'note']);

/**
 * Projections derived from a GraphQL document: for each entity type, the leaf fields the
 * document selects on it (directly, or through Node, SearchResult and fragments), each of which
 * is a node property of the same name. Computed once per parsed document.
 */
export function createProjector(typeDefs: DocumentNode): {
  readonly full: Projection;
  of(document: DocumentNode): Projection;
} {
  const schema = buildASTSchema(typeDefs);
  const entityTypes = Object.values(schema.getTypeMap()).filter(isEntityType);
  const propertiesOf = new Map(entityTypes.map((type) => [type.name, leafFieldNames(type)]));
  const full: Projection = {
    properties: Object.fromEntries([...propertiesOf].map(([type, names]) => [type, [...names].sort()])),
    revision: true,
    sources: true,
    provenance: true,
    searchTotal: true,
  };
  const cache = new WeakMap<DocumentNode, Projection>();
  return {
    full,
    of(document) {
      let projection = cache.get(document);
      if (!projection) {
        projection = project(schema, document, propertiesOf);
        cache.set(document, projection);
      }
      return projection;
    },
  };
}

function project(
  schema: GraphQLSchema,
  document: DocumentNode,
  propertiesOf: ReadonlyMap<string, ReadonlySet<string>>,
): Projection {
  const selected = new Map<string, Set<string>>(
    [...propertiesOf.keys()].map((type) => [type, new Set(ALWAYS_READ[type] ?? [])]),
  );
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
        if (name === 'revision') revision = true;
        if (name === 'sources') sources = true;
        const parent = typeInfo.getParentType();
        if (PROVENANCE_FIELDS.has(name) && !(parent && isEntityType(parent))) provenance = true;
        if (name === 'totalCount' && parent?.name === 'SearchConnection') searchTotal = true;
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

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType | null | undefined): string[] {
  if (!type) return [];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => possible.name);
  return [type.name];
}

function isEntityType(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}

/** A type's leaf fields but `id`, which every projection returns. */
function leafFieldNames(type: GraphQLObjectType): Set<string> {
  return new Set(
    Object.values(type.getFields())
      .filter((field) => isLeafType(getNamedType(field.type)) && field.name !== 'id')
      .map((field) => field.name),
  );
}
