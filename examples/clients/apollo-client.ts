// Apollo Client 4 with a cache that normalizes every object and keeps every page.
// In your app: npm install @apollo/client graphql rxjs, and import possibleTypes from 'big-city-graph'.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { possibleTypes } from '../../src/index';

export function createApolloClient(uri: string, fetchImpl: typeof fetch = fetch): ApolloClient {
  const credits = relayStylePagination(['role']);
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: fetchImpl }),
    cache: new InMemoryCache({
      // Fragments on Node and SearchResult need to know which types they stand for.
      possibleTypes,
      typePolicies: {
        Work: {
          fields: {
            // relayStylePagination merges edges; nodes is read back from them so both hold every page.
            credits: {
              ...credits,
              read(existing, context) {
                const page = typeof credits.read === 'function' ? credits.read(existing, context) : existing;
                return page && { ...page, nodes: page.edges.map((edge: { node: unknown }) => edge.node) };
              },
            },
          },
        },
      },
    }),
  });
}
