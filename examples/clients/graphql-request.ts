// graphql-request over POST, or over GET (which browsers and CDNs can cache).
// In your app: npm install graphql-request graphql.
import { GraphQLClient, gql } from 'graphql-request';

export const HEADLINE = gql`
  query Headline {
    portrayals(character: "Go Young") {
      actor {
        name
      }
      character {
        name
        work {
          kind
        }
      }
    }
  }
`;

export function createGraphQLRequestClient(url: string, method: 'GET' | 'POST' = 'POST'): GraphQLClient {
  return new GraphQLClient(url, { method });
}
