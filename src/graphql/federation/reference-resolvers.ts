import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel } from '../../db/models';
import { ENTITY_LABELS, type EntityLabel } from '../../vocabulary';
import type { GraphContext } from '../context';

/** The types other subgraphs can reference and extend by their global id: every Node type. */
export const ENTITY_TYPES = ENTITY_LABELS;

type ReferenceResolver = (
  reference: { readonly id: string },
  context: GraphContext,
  info: GraphQLResolveInfo,
) => Promise<EntityModel | null>;

/**
 * A router sends `{ __typename, id }` and asks for the rest. The lookup goes through the request's
 * entity loader, as `node(id)` does, so a whole batch of representations is one query.
 */
function resolveReference(type: EntityLabel): ReferenceResolver {
  return async (reference, context, info) => {
    const found = await context.reads(info).entity.load(reference.id);
    return found?.__typename === type ? found : null;
  };
}

export const referenceResolvers: Readonly<Record<EntityLabel, { readonly __resolveReference: ReferenceResolver }>> =
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, { __resolveReference: resolveReference(type) }])) as Record<
    EntityLabel,
    { readonly __resolveReference: ReferenceResolver }
  >;
