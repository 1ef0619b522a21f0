import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel } from '../../db/models';
import type { GraphContext } from '../context';

/** The types other subgraphs can reference and extend by their global id. */
export const ENTITY_TYPES = ['Work', 'Person', 'Character'] as const;

type EntityType = (typeof ENTITY_TYPES)[number];
type ReferenceResolver = (
  reference: { readonly id: string },
  context: GraphContext,
  info: GraphQLResolveInfo,
) => Promise<EntityModel | null>;

/**
 * A router sends `{ __typename, id }` and asks for the rest. The lookup goes through the request's
 * entity loader, as `node(id)` does, so a whole batch of representations is one query.
 */
function resolveReference(type: EntityType): ReferenceResolver {
  return async (reference, context, info) => {
    const found = await context.reads(info).entity.load(reference.id);
    return found?.__typename === type ? found : null;
  };
}

export const referenceResolvers: Record<EntityType, { readonly __resolveReference: ReferenceResolver }> = {
  Work: { __resolveReference: resolveReference('Work') },
  Person: { __resolveReference: resolveReference('Person') },
  Character: { __resolveReference: resolveReference('Character') },
};
