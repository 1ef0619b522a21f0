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

/** The federation spec the subgraph declares; it needs only `@key` from it. */
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

/** Adds `extend schema @link(url: …, import: ["@key"])` and `@key(fields: "id")` to each entity type. */
export function withFederationKeys(typeDefs: DocumentNode): DocumentNode {
  const entities = new Set<string>(ENTITY_TYPES);
  const definitions = typeDefs.definitions.map((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && entities.has(definition.name.value)
      ? { ...definition, directives: [...(definition.directives ?? []), directive('key', { fields: text('id') })] }
      : definition,
  );
  const link: SchemaExtensionNode = {
    kind: Kind.SCHEMA_EXTENSION,
    directives: [
      directive('link', {
        url: text(FEDERATION_SPEC_URL),
        import: { kind: Kind.LIST, values: [text('@key')] },
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
