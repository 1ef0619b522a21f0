import { gql } from '@urql/core';
import { createGraphcacheClient, createUrqlClient } from '../../../examples/clients/urql-client';
import { startTestServer, type TestServer } from '../../helpers/test-graph';

let server: TestServer;
let sent: Array<{ method: string; contentType: string | null }>;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());
beforeEach(() => {
  sent = [];
});

const countingFetch: typeof fetch = (input, init) => {
  sent.push({ method: init?.method ?? 'GET', contentType: new Headers(init?.headers).get('content-type') });
  return fetch(input, init);
};

const HEADLINE = gql`
  query Headline {
    portrayals(character: "Go Young") {
      id
      actor {
        id
        name
      }
      character {
        id
        name
        work {
          id
          kind
        }
      }
    }
  }
`;

interface Headline {
  portrayals: Array<{ actor: { name: string }; character: { name: string; work: { kind: string } } }>;
}

const answer = (data: Headline | undefined) =>
  data?.portrayals.map((p) => [p.actor.name, p.character.name, p.character.work.kind]).sort();

test('urql with its defaults sends the headline question as a GET without a content type, and gets the answer', async () => {
  const client = createUrqlClient(`${server.url}/graphql`, countingFetch);
  const result = await client.query<Headline>(HEADLINE, {}).toPromise();
  expect(result.error).toBeUndefined();
  expect(sent).toEqual([{ method: 'GET', contentType: null }]);
  expect(answer(result.data)).toEqual([
    ['Nam Yoon-su', 'Go Young', 'SERIES'],
    ['Noh Sang-hyun', 'Jang Heung-soo', 'FILM'],
  ]);
});

test('Graphcache normalizes every object without keys of its own, and a second query is served from it', async () => {
  const warnings: string[] = [];
  const warn = jest
    .spyOn(console, 'warn')
    .mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
  try {
    const client = createGraphcacheClient(`${server.url}/graphql`, countingFetch);
    const CREDITS = gql`
      query Credits {
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
          portrayals {
            id
            character {
              id
              name
            }
          }
        }
      }
    `;
    const first = await client.query(CREDITS, {}).toPromise();
    expect(first.error).toBeUndefined();
    const again = await client.query(CREDITS, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(again.data).toEqual(first.data);
    const headline = await client.query<Headline>(HEADLINE, {}).toPromise();
    expect(answer(headline.data)).toHaveLength(2);
    expect(sent).toHaveLength(2);
    // Graphcache warns (its "Invalid key" warning) for every object it cannot key.
    expect(warnings).toEqual([]);
  } finally {
    warn.mockRestore();
  }
});

test('Graphcache matches fragments on Node and on SearchResult members with the shipped possibleTypes', async () => {
  // Graphcache may warn about fields of other members missing from a union's results; that is its
  // heuristic speaking, not a key or fragment it failed on.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const client = createGraphcacheClient(`${server.url}/graphql`, countingFetch);
    const FIND = gql`
      query Find {
        search(query: "Go Young", first: 5) {
          totalCount
          nodes {
            __typename
            ... on Node {
              id
            }
            ... on Character {
              name
            }
          }
        }
      }
    `;
    const found = await client.query(FIND, {}).toPromise();
    expect(found.error).toBeUndefined();
    const cached = await client.query(FIND, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data).toEqual(found.data);
    const first = cached.data.search.nodes[0];
    expect([first.__typename, first.name, typeof first.id]).toEqual(['Character', 'Go Young', 'string']);
  } finally {
    warn.mockRestore();
  }
});
