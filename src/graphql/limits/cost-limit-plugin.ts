import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import { queryCost, type CostModel } from './query-cost';

/**
 * Refuses an operation whose cost (see queryCost) is above `maxCost` once Apollo has resolved
 * it, so before any resolver, and so any Cypher, runs. Variables are known by then, so
 * `first: $n` counts as what it is.
 *
 * The cost is a function of the parsed operation and its variables alone, and working it out
 * walks the whole operation: a tenth of the Node time of a small answer. It is kept per parsed
 * document (Apollo hands the same one out for the same text) and variables, a few sets each.
 */
export function costLimitPlugin<TContext extends object>(
  options: CostModel & { readonly maxCost: number; readonly onRefuse?: () => void },
): ApolloServerPlugin<TContext> {
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let costs = known.get(document);
          let cost = costs?.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, request.variables, operationName ?? undefined, options);
            } catch {
              // Variables that do not fit their types: execution refuses them, before any resolver,
              // with the error the client should see.
              return;
            }
            if (!costs || costs.size >= COSTS_PER_DOCUMENT) known.set(document, (costs = new Map()));
            costs.set(key, cost);
          }
          if (cost <= options.maxCost) return;
          options.onRefuse?.();
          throw new GraphQLError(
            `Query cost limit of ${options.maxCost} exceeded, found ${cost}. Every field counts 1, and a list multiplies what each item asks for by its page size (first) or its bound; ask for fewer fields, smaller pages or less nesting.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/** Variable sets remembered per document; one more starts the document's list afresh. */
const COSTS_PER_DOCUMENT = 32;
