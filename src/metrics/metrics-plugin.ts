import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics, OperationFinished } from './metrics';

/** graphql-js's own words when a document passes MAX_TOKENS ("more that" is its spelling). */
const TOO_MANY_TOKENS = /Document contains more th[ae]n \d+ tokens/;

/**
 * Times every GraphQL operation by name, type and outcome, and counts the errors sent by
 * extensions.code, as the client receives them (after formatError). An operation that never
 * resolved (a parse or validation failure) is named "unresolved".
 */
export function metricsPlugin<TContext extends object>(metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let name = 'unresolved';
      let type: OperationFinished['type'] = 'unknown';
      return {
        async parsingDidStart() {
          return async (error) => {
            if (error && TOO_MANY_TOKENS.test(error.message)) metrics.limitRefused('tokens');
          };
        },
        async didResolveOperation({ operationName, operation }) {
          name = operationName ?? 'anonymous';
          type = operation?.operation ?? 'unknown';
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = result?.errors ?? [];
          for (const error of errors) metrics.errorSent(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const outcome = errors.length === 0 ? 'ok' : result?.data ? 'partial' : 'error';
          metrics.operationFinished({ name, type, outcome, seconds: (performance.now() - started) / 1000 });
        },
      };
    },
  };
}
