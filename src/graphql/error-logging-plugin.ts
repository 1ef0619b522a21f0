import type { ApolloServerPlugin } from '@apollo/server';
import { causeOf, isClientError } from '../errors';
import type { Logger } from '../logger';
import type { GraphContext } from './context';

/** Logs every error that is not the client's doing, whole and with the request id the client was given. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error.extensions?.code)) continue;
            const cause = causeOf(error) as Error;
            logger.error('request error', {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              path: error.path?.join('.') ?? null,
              error: String(cause?.stack ?? cause),
              code: (cause as { code?: string })?.code ?? null,
            });
          }
        },
      };
    },
  };
}
