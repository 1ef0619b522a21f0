import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { currentStatementOrigin } from '../db/statement-origin';
import { currentOperationSpan } from '../tracing/spans';

/**
 * Once Apollo knows the operation: names it in the transaction metadata of the statements it
 * runs (src/db/statement-origin.ts), and names and describes the GraphQL span the HTTP handler
 * opened around it (a no-op span unless tracing is on).
 */
export function operationPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const name = operationName ?? 'anonymous';
          const type = operation?.operation ?? 'query';
          const origin = currentStatementOrigin();
          if (origin) origin.operation = name;
          const span = currentOperationSpan();
          span?.updateName(`${type} ${name}`);
          span?.setAttributes({ 'graphql.operation.name': name, 'graphql.operation.type': type });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) {
            currentOperationSpan()?.setStatus({
              code: SpanStatusCode.ERROR,
              message: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')).join(', '),
            });
          }
        },
      };
    },
  };
}
