/**
 * The benchmark's questions, each asked of the three servers in the form each understands.
 * Ours and the raw endpoint answer in the same JSON; @neo4j/graphql's answer is reshaped by
 * `fromNeo4jGraphql` (it names relationships and edges its own way), and then all three must be
 * equal up to the order of lists (see compare.ts). Every question is about the real graph, so its
 * answer is the same size at every scale: only the graph around it grows.
 */
export interface Question {
  readonly name: QuestionName;
  readonly description: string;
  readonly ours: { readonly query: string; readonly variables: Record<string, unknown> };
  readonly neo4jGraphql: { readonly query: string; readonly variables: Record<string, unknown> };
  /** Posted as JSON to /raw/<name> on the raw-driver endpoint. */
  readonly raw: { readonly variables: Record<string, unknown> };
  fromNeo4jGraphql(data: Json): Json;
}

export type QuestionName = 'portrayals' | 'work' | 'person' | 'search' | 'path' | 'nodes';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

const CHARACTER = 'Go Young';
const WORK = 'love-in-the-big-city-series';
const PERSON = 'park-sang-young';
const SEARCH = 'sim gyuho';
/** Their shortest connection (length 4) is unique, so every server must find the same path. */
const PATH = { from: 'giovanna-fulvi', to: 'nam-yoon-su' };
const NODES = {
  a: 'love-in-the-big-city-film',
  b: 'love-in-the-big-city-novel',
  c: 'kim-go-eun',
  d: 'nam-yoon-su',
  e: 'go-young-series',
  f: 'jaehee-novel',
};
const NODE_TYPES = { a: 'Work', b: 'Work', c: 'Person', d: 'Person', e: 'Character', f: 'Character' } as const;

const first = (list: Json[] | null | undefined): Json => list?.[0] ?? null;
const credit = (edge: Json): Json => ({
  role: edge.properties.role,
  episodes: edge.properties.episodes,
  creditedAs: edge.properties.creditedAs,
  character: edge.properties.character ? { id: edge.properties.character } : null,
});
const played = (connection: Json): Json =>
  connection.edges.map((edge: Json) => ({ actor: edge.node, episodes: edge.properties.episodes }));

export const QUESTIONS: readonly Question[] = [
  {
    name: 'portrayals',
    description: 'headline: who played Go Young and his counterparts, with sources',
    ours: {
      query: `query Portrayals($character: String!) {
        portrayals(character: $character) {
          actor { id name nativeName }
          character { id name work { id title kind year } }
          episodes
          sources { id title url }
        }
      }`,
      variables: { character: CHARACTER },
    },
    neo4jGraphql: {
      query: `query Portrayals($character: String!) {
        portrayalCharacters(character: $character) {
          id name
          work { id title kind year }
          portrayals { actor { id name nativeName } episodes sources { id title url } }
        }
      }`,
      variables: { character: CHARACTER },
    },
    raw: { variables: { character: CHARACTER } },
    fromNeo4jGraphql: (data) => ({
      portrayals: data.portrayalCharacters.flatMap((c: Json) =>
        c.portrayals.map((p: Json) => ({
          actor: p.actor,
          character: { id: c.id, name: c.name, work: first(c.work) },
          episodes: p.episodes,
          sources: p.sources,
        })),
      ),
    }),
  },
  {
    name: 'work',
    description: 'a work with credits, characters, and their counterparts and portrayals (3 levels)',
    ours: {
      query: `query Work($id: ID!) {
        work(id: $id) {
          id title kind year
          credits { totalCount nodes { role episodes creditedAs person { id name } character { id } } }
          characters {
            id name
            portrayals { actor { id name } episodes }
            counterparts { id name work { id kind year } portrayals { actor { id name } episodes } }
          }
        }
      }`,
      variables: { id: WORK },
    },
    neo4jGraphql: {
      query: `query Work($id: ID!) {
        works(where: { id: { eq: $id } }) {
          id title kind year
          creditedConnection { totalCount edges { properties { role episodes creditedAs character } node { id name } } }
          characters {
            id name
            playedByConnection { edges { properties { episodes } node { id name } } }
            counterparts {
              id name
              work { id kind year }
              playedByConnection { edges { properties { episodes } node { id name } } }
            }
          }
        }
      }`,
      variables: { id: WORK },
    },
    raw: { variables: { id: WORK } },
    fromNeo4jGraphql: (data) => {
      const work = first(data.works);
      return {
        work: work && {
          id: work.id,
          title: work.title,
          kind: work.kind,
          year: work.year,
          credits: {
            totalCount: work.creditedConnection.totalCount,
            nodes: work.creditedConnection.edges.map((edge: Json) => ({ ...credit(edge), person: edge.node })),
          },
          characters: work.characters.map((c: Json) => ({
            id: c.id,
            name: c.name,
            portrayals: played(c.playedByConnection),
            counterparts: c.counterparts.map((cp: Json) => ({
              id: cp.id,
              name: cp.name,
              work: first(cp.work),
              portrayals: played(cp.playedByConnection),
            })),
          })),
        },
      };
    },
  },
  {
    name: 'person',
    description: 'a person with all credits across works',
    ours: {
      query: `query Person($id: ID!) {
        person(id: $id) {
          id name nativeName
          credits { role episodes creditedAs work { id title kind year } character { id } }
        }
      }`,
      variables: { id: PERSON },
    },
    neo4jGraphql: {
      query: `query Person($id: ID!) {
        people(where: { id: { eq: $id } }) {
          id name nativeName
          creditsConnection { edges { properties { role episodes creditedAs character } node { id title kind year } } }
        }
      }`,
      variables: { id: PERSON },
    },
    raw: { variables: { id: PERSON } },
    fromNeo4jGraphql: (data) => {
      const person = first(data.people);
      return {
        person: person && {
          id: person.id,
          name: person.name,
          nativeName: person.nativeName,
          credits: person.creditsConnection.edges.map((edge: Json) => ({ ...credit(edge), work: edge.node })),
        },
      };
    },
  },
  {
    name: 'search',
    description: 'full-text search, first 10 hits',
    ours: {
      query: `query Search($query: String!) {
        search(query: $query, first: 10) { nodes { __typename ...Hit } }
      }
      fragment Hit on SearchResult {
        ... on Work { id title } ... on Person { id name } ... on Character { id name }
        ... on Organization { id name } ... on Place { id name } ... on Song { id title } ... on Episode { id number }
      }`,
      variables: { query: SEARCH },
    },
    neo4jGraphql: {
      query: `query Search($query: String!) {
        search(query: $query, first: 10) {
          __typename
          ... on Work { id title } ... on Person { id name } ... on Character { id name }
          ... on Organization { id name } ... on Place { id name } ... on Song { id title } ... on Episode { id number }
        }
      }`,
      variables: { query: SEARCH },
    },
    raw: { variables: { query: SEARCH } },
    fromNeo4jGraphql: (data) => ({ search: { nodes: data.search } }),
  },
  {
    name: 'path',
    description: 'shortest connection between two people',
    ours: {
      query: `query Path($from: ID!, $to: ID!) {
        path(from: $from, to: $to) { length nodes { __typename id } edges { from type to } }
      }`,
      variables: PATH,
    },
    neo4jGraphql: {
      query: `query Path($from: ID!, $to: ID!) {
        shortestPath(from: $from, to: $to) { length nodes { id label } edges { from type to } }
      }`,
      variables: PATH,
    },
    raw: { variables: PATH },
    fromNeo4jGraphql: (data) => ({
      path: data.shortestPath && {
        length: data.shortestPath.length,
        nodes: data.shortestPath.nodes.map((n: Json) => ({ __typename: n.label, id: n.id })),
        edges: data.shortestPath.edges,
      },
    }),
  },
  {
    name: 'nodes',
    description: 'six lookups by id (two works, two people, two characters)',
    ours: {
      query: `query Nodes($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!, $f: ID!) {
        a: node(id: $a) { ...N } b: node(id: $b) { ...N } c: node(id: $c) { ...N }
        d: node(id: $d) { ...N } e: node(id: $e) { ...N } f: node(id: $f) { ...N }
      }
      fragment N on Node {
        __typename id
        ... on Work { title kind year } ... on Person { name nativeName } ... on Character { name nativeName }
      }`,
      variables: NODES,
    },
    neo4jGraphql: {
      query: `query Nodes($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!, $f: ID!) {
        a: works(where: { id: { eq: $a } }) { id title kind year }
        b: works(where: { id: { eq: $b } }) { id title kind year }
        c: people(where: { id: { eq: $c } }) { id name nativeName }
        d: people(where: { id: { eq: $d } }) { id name nativeName }
        e: characters(where: { id: { eq: $e } }) { id name nativeName }
        f: characters(where: { id: { eq: $f } }) { id name nativeName }
      }`,
      variables: NODES,
    },
    raw: { variables: NODES },
    fromNeo4jGraphql: (data) =>
      Object.fromEntries(
        Object.entries(NODE_TYPES).map(([alias, type]) => {
          const node = first(data[alias]);
          return [alias, node && { __typename: type, ...node }];
        }),
      ),
  },
];
