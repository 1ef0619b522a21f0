import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { filter, firstValueFrom } from 'rxjs';
import { createApolloClient } from '../../../examples/clients/apollo-client';
import { startTestServer, type TestServer } from '../../helpers/test-graph';

let server: TestServer;
let requests: string[];
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());
beforeEach(() => {
  requests = [];
});

/** The README's Apollo Client, with a fetch that counts what goes over the wire. */
function newClient() {
  return createApolloClient(`${server.url}/graphql`, (input, init) => {
    requests.push(String(init?.body ?? input));
    return fetch(input, init);
  });
}

const ROLES = gql`
  query Roles {
    person(name: "Nam Yoon-su") {
      id
      credits {
        id
        role
        work {
          id
          title
        }
      }
    }
  }
`;
const NOTES = gql`
  query Notes {
    person(name: "Nam Yoon-su") {
      id
      name
      credits {
        id
        note
        confidence
        character {
          id
          name
        }
      }
    }
  }
`;

test('two queries that select the same credits differently both stay readable from the cache', async () => {
  const client = newClient();
  const roles = await client.query({ query: ROLES });
  await client.query({ query: NOTES });
  const again = client.readQuery({ query: ROLES });
  expect(again).toEqual(roles.data);
  const credits = (again as { person: { credits: Array<{ id: string }> } }).person.credits;
  expect(credits.length).toBeGreaterThan(0);
  expect(new Set(credits.map((credit) => credit.id)).size).toBe(credits.length);
});

test('two watched queries over the same objects settle after one request each', async () => {
  const client = newClient();
  const seen = { roles: 0, notes: 0 };
  const subscriptions = [
    client.watchQuery({ query: ROLES }).subscribe(() => void seen.roles++),
    client.watchQuery({ query: NOTES }).subscribe(() => void seen.notes++),
  ];
  try {
    await waitFor(() => seen.roles > 0 && seen.notes > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests).toHaveLength(2);
  } finally {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  }
});

const SEARCH = gql`
  query Find($query: String!) {
    search(query: $query, first: 3) {
      nodes {
        ... on Node {
          id
        }
        ... on Person {
          name
        }
      }
    }
  }
`;

test('fragments on Node and SearchResult members are read back whole with the shipped possibleTypes', async () => {
  const client = newClient();
  await client.query({ query: SEARCH, variables: { query: 'Nam Yoon-su' } });
  const cached = client.readQuery({ query: SEARCH, variables: { query: 'Nam Yoon-su' } }) as {
    search: { nodes: Array<{ id?: string; name?: string }> };
  } | null;
  expect(cached?.search.nodes[0]).toEqual({ __typename: 'Person', id: 'nam-yoon-su', name: 'Nam Yoon-su' });
});

test('without possibleTypes the same fragment on Node cannot be read back: what the shipped file is for', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql` }), cache: new InMemoryCache() });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await client.query({ query: SEARCH, variables: { query: 'Nam Yoon-su' } });
    const cached = client.readQuery({ query: SEARCH, variables: { query: 'Nam Yoon-su' } }) as {
      search: { nodes: Array<{ id?: string }> };
    } | null;
    expect(cached?.search.nodes[0]?.id).toBeUndefined();
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
});

const SERIES_CREDITS = gql`
  query SeriesCredits($after: String) {
    work(id: "love-in-the-big-city-series") {
      id
      credits(first: 4, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            role
            person {
              id
              name
            }
          }
        }
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

interface CreditsPage {
  work: {
    credits: {
      totalCount: number;
      edges: Array<{ node: { id: string } }>;
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

test('fetchMore over a connection keeps every page, in edges and in nodes', async () => {
  const client = newClient();
  const observable = client.watchQuery<CreditsPage>({ query: SERIES_CREDITS });
  const first = await firstValueFrom(observable.pipe(filter((result) => result.dataState === 'complete')));
  const credits = (first.data as CreditsPage).work.credits;
  expect(credits.edges).toHaveLength(4);
  expect(credits.pageInfo.hasNextPage).toBe(true);
  await observable.fetchMore({ variables: { after: credits.pageInfo.endCursor } });
  const merged = client.readQuery<CreditsPage>({ query: SERIES_CREDITS })!.work.credits;
  expect(merged.edges).toHaveLength(8);
  expect(merged.nodes.map((node) => node.id)).toEqual(merged.edges.map((edge) => edge.node.id));
  expect(new Set(merged.nodes.map((node) => node.id)).size).toBe(8);
  expect(merged.totalCount).toBeGreaterThan(8);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!condition()) throw new Error('condition not met within 5 s');
}
