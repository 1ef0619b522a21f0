import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { Projection } from '../db/projection';
import { useProjection, type GraphContext } from './context';

/** Gives each request's reads the projection of its own document, before execution starts. */
export function projectionPlugin(
  projectionOf: (document: DocumentNode) => Projection,
): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          useProjection(contextValue, projectionOf(document));
        },
      };
    },
  };
}
