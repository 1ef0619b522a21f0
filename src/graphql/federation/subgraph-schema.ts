import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type GraphQLSchema,
  type SchemaExtensionNode,
} from 'graphql';
import { ENTITY_TYPES, referenceResolvers } from './reference-resolvers';

/** The federation spec the subgraph declares; it needs `@key` and `@shareable` from it. */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.3';

type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers'];

/**
 * The API served as a federation 2 subgraph. schema.graphql stays the plain contract; the
 * federation link and the entity keys are added to its AST here, so the two cannot drift apart.
 */
export function buildGraphSubgraphSchema(typeDefs: DocumentNode, resolvers: object): GraphQLSchema {
  const existing = resolvers as Record<string, object | undefined>;
  const withReferences = Object.fromEntries(
    Object.entries(referenceResolvers).map(([type, reference]) => [type, { ...existing[type], ...reference }]),
  );
  return buildSubgraphSchema({
    typeDefs: withFederationKeys(typeDefs),
    resolvers: { ...resolvers, ...withReferences } as SubgraphResolvers,
  });
}

/**
 * Adds `extend schema @link(url: …, import: ["@key", "@shareable"])`, `@key(fields: "id")` to each
 * entity type, and `@shareable` to every other object type but the roots: value types such as
 * PageInfo, Revision or a connection, which another subgraph may well define too.
 */
export function withFederationKeys(typeDefs: DocumentNode): DocumentNode {
  const entities = new Set<string>(ENTITY_TYPES);
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  const definitions = typeDefs.definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || roots.has(definition.name.value)) return definition;
    const added = entities.has(definition.name.value)
      ? directive('key', { fields: text('id') })
      : directive('shareable', {});
    return { ...definition, directives: [...(definition.directives ?? []), added] };
  });
  const link: SchemaExtensionNode = {
    kind: Kind.SCHEMA_EXTENSION,
    directives: [
      directive('link', {
        url: text(FEDERATION_SPEC_URL),
        import: { kind: Kind.LIST, values: [text('@key'), text('@shareable')] },
      }),
    ],
  };
  return { ...typeDefs, definitions: [link, ...definitions] };
}

function text(value: string): ConstValueNode {
  return { kind: Kind.STRING, value };
}

function directive(name: string, args: Record<string, ConstValueNode>): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: Object.entries(args).map(([argument, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: argument },
      value,
    })),
  };
}
