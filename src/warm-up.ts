import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from './graphql/context';
import { HEADLINE_QUERY } from './graphql/headline-query';

/**
 * The operations whose statements are worth compiling before the first client asks: the
 * headline, a whole work, a person, a path and a search, each in the form that selects sources
 * and confidence and in the lean one that does not (they run different statements), and a tour
 * that reads most of the graph once. They go through Apollo like any request, so they compile
 * whatever statements the resolvers use today. Each runs with two sets of values: Neo4j 5.26
 * paid a second compilation (0.5–1.3 s) the first time a statement met a second, different
 * value, and not after that. The ids are the seed's; on another graph the statements compile
 * just the same.
 */
export const WARM_UP_OPERATIONS: ReadonlyArray<{
  readonly name: string;
  readonly query: string;
  readonly variables: readonly [Record<string, string>, Record<string, string>];
}> = [
  { name: 'headline', query: HEADLINE_QUERY, variables: [{ character: 'Go Young' }, { character: 'Jae-hee' }] },
  {
    name: 'work',
    query: `query ($id: ID!) { work(id: $id) { id title kind year
      credits { totalCount nodes { role episodes creditedAs person { id name } character { id name } } }
      characters { id name portrayals { actor { id name } episodes }
        counterparts { id name work { id kind year } portrayals { actor { id name } episodes } } } } }`,
    variables: [{ id: 'love-in-the-big-city-film' }, { id: 'love-in-the-big-city-series' }],
  },
  {
    name: 'work with sources',
    query: `query ($title: String!) { work(title: $title) { title
      credits(first: 5) { nodes { role confidence sources { id } person { name } } }
      characters { name portrayals { confidence sources { id } actor { name } } counterparts { name } } } }`,
    variables: [{ title: 'Love in the Big City' }, { title: 'Love in the Big City (series)' }],
  },
  {
    name: 'person',
    query: `query ($id: ID!) { person(id: $id) { id name nativeName
      credits { role episodes creditedAs work { id title kind year } character { id name } }
      portrayals { episodes character { id name work { kind } } } } }`,
    variables: [{ id: 'nam-yoon-su' }, { id: 'kim-go-eun' }],
  },
  {
    name: 'person with sources',
    query: `query ($name: String!) { person(name: $name) { name credits { role confidence sources { id } work { title } }
      portrayals { confidence sources { id } character { name } } } }`,
    variables: [{ name: 'Park Sang-young' }, { name: 'Son Ji-young' }],
  },
  {
    name: 'path',
    query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { __typename id ... on Person { name } }
      edges { from to type } } }`,
    variables: [
      { from: 'kim-go-eun', to: 'nam-yoon-su' },
      { from: 'giovanna-fulvi', to: 'nam-yoon-su' },
    ],
  },
  {
    name: 'path with sources',
    query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length edges { from to type sources { id } } } }`,
    variables: [
      { from: 'nam-yoon-su', to: 'kim-go-eun' },
      { from: 'park-sang-young', to: 'nam-yoon-su' },
    ],
  },
  {
    name: 'search',
    query: `query ($q: String!) { search(query: $q, first: 10) { nodes { __typename ... on Person { id name } ... on Work { id title } ... on Character { id name } } } }`,
    variables: [{ q: 'go young' }, { q: 'jae-hee' }],
  },
  {
    name: 'search with total',
    query: `query ($q: String!) { search(query: $q, first: 5) { totalCount edges { score } } }`,
    variables: [{ q: 'sim gyuho' }, { q: 'love' }],
  },
  {
    name: 'portrayals',
    query: `query ($c: String!) { portrayals(character: $c) { actor { id name } character { id name } } }`,
    variables: [{ c: 'Go Young' }, { c: 'Gyu-ho' }],
  },
  {
    // Not a statement to compile but the data to read: a restarted Neo4j starts with an empty
    // page cache.
    name: 'tour of the graph',
    query: `{ works { id credits { nodes { person { id credits { role } portrayals { episodes } } character { id } } }
      characters { id counterparts { id } } events { id participants { id } place { id } }
      episodes { id directors { id } songs { id } } reviews { id about { id } } rankings { id publisher { id } }
      ratings { id } honors { id recipients { id } } organizations { role organization { id } } claims { id sources { id } }
      sources { id } } }`,
    variables: [{}, {}],
  },
];

/** Rounds at most: an operation that failed is asked again, up to three more times. */
const ROUNDS = 4;

/**
 * Runs every warm-up operation, two at a time (more only share the two cores thinner), so that
 * Neo4j has their plans compiled and cached before the server says it is ready. On a busy
 * machine compiling a heavy statement can take longer than QUERY_TIMEOUT_MS and the operation
 * times out; Neo4j still finishes and caches the plan, so such operations are asked again, until
 * a round has no errors or after ROUNDS. Answers are thrown away; the last round's errors are
 * returned (the caller decides whether Neo4j is up after all).
 */
export async function warmUp(
  apollo: ApolloServer<GraphContext>,
  contextFor: (name: string) => GraphContext,
): Promise<{ readonly ms: number; readonly errors: readonly string[] }> {
  const started = Date.now();
  let pending = [...WARM_UP_OPERATIONS];
  let errors: string[] = [];
  for (let round = 1; round <= ROUNDS && pending.length > 0; round++) {
    const failed = new Set<(typeof WARM_UP_OPERATIONS)[number]>();
    errors = [];
    const queue = [...pending];
    const worker = async (): Promise<void> => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        for (const variables of op.variables) {
          const response = await apollo.executeOperation(
            { query: op.query, variables },
            { contextValue: contextFor(op.name) },
          );
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          for (const error of result?.errors ?? []) {
            failed.add(op);
            errors.push(`${op.name}: ${error.message}`);
          }
        }
      }
    };
    await Promise.all([worker(), worker()]);
    pending = pending.filter((op) => failed.has(op));
  }
  return { ms: Date.now() - started, errors };
}
