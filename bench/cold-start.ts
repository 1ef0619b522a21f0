import { percentile } from './percentile';

/**
 * The heavy first requests of a server that has just said it is ready: a whole work, the
 * headline, a person, a path and a search. Asked 20 at once right after a start on a fresh
 * Neo4j, each should be answered within 1.5 s once the warm-up has compiled their plans.
 */
export const HEAVY_FIRST_REQUESTS: readonly string[] = [
  `{ work(id: "love-in-the-big-city-series") { id title kind year
     credits { totalCount nodes { role episodes creditedAs person { id name } character { id name } } }
     characters { id name portrayals { actor { id name } episodes }
       counterparts { id name work { id kind year } portrayals { actor { id name } episodes } } } } }`,
  `{ portrayals(character: "Go Young") { actor { name nativeName } character { name work { title kind year } } work { kind } episodes sources { title url } } }`,
  `{ person(id: "kim-go-eun") { id name credits { role work { id title kind } character { id name } } portrayals { character { name } } } }`,
  `{ path(from: "kim-go-eun", to: "nam-yoon-su") { length nodes { id } edges { from to type } } }`,
  `{ search(query: "jae-hee", first: 10) { nodes { __typename ... on Character { id name } ... on Person { id name } } } }`,
];

export interface ColdStart {
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly maxMs: number;
}

/** Sends the heavy first requests `count` at once and reports how long they took. */
export async function coldStart(graphqlUrl: string, count = 20): Promise<ColdStart> {
  const answers = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const started = Date.now();
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEAVY_FIRST_REQUESTS[i % HEAVY_FIRST_REQUESTS.length] }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      return { ms: Date.now() - started, ok: response.status === 200 && !body.errors };
    }),
  );
  const ms = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  return {
    requests: count,
    errors: answers.filter((answer) => !answer.ok).length,
    p50Ms: percentile(ms, 0.5),
    maxMs: ms.at(-1) ?? NaN,
  };
}
