import type { ApolloServerPlugin } from '@apollo/server';
import { DatabaseUnavailableError, QueryTimeoutError, causeOf } from '../errors';

/** Tells readiness at once when a request met an unavailable or silent Neo4j, so it can check. */
export function readinessPlugin<TContext extends object>(suspect: () => void): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          const cause = (error: unknown) => causeOf(error);
          if (
            errors.some((e) => cause(e) instanceof DatabaseUnavailableError || cause(e) instanceof QueryTimeoutError)
          ) {
            suspect();
          }
        },
      };
    },
  };
}
