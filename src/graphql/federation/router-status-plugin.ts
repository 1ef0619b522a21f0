import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A router takes a subgraph's non-2xx answer for a failure of the subgraph itself and drops its
 * errors' codes (@apollo/gateway reports INTERNAL_SERVER_ERROR). As a subgraph, a refused
 * operation (too deep, too costly, invalid) therefore answers 200 with its coded errors, as the
 * GraphQL-over-HTTP spec prefers for application/json; a client that asks for
 * application/graphql-response+json still gets the 400 that format requires.
 */
export function routerStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const strict = /application\/graphql-response\+json/i.test(request.http?.headers.get('accept') ?? '');
      return {
        async willSendResponse({ response }) {
          if (!strict && response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
