import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost, type CostModel } from './query-cost';

/**
 * Refuses an operation whose cost (see queryCost) is above `maxCost` once Apollo has resolved
 * it, so before any resolver, and so any Cypher, runs. Variables are known by then, so
 * `first: $n` counts as what it is.
 */
export function costLimitPlugin<TContext extends object>(
  options: CostModel & { readonly maxCost: number },
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined, options);
          } catch {
            // Variables that do not fit their types: execution refuses them, before any resolver,
            // with the error the client should see.
            return;
          }
          if (cost <= options.maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${options.maxCost} exceeded, found ${cost}. Every field counts 1, and a list multiplies what each item asks for by its page size (first) or its bound; ask for fewer fields, smaller pages or less nesting.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
