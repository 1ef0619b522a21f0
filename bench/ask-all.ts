import { canonical, firstDifference, sortedKeys } from './compare';
import type { ServerProcess } from './server-process';
import type { Json, Question } from './suite';

export interface Equivalence {
  readonly question: string;
  /** @neo4j/graphql's answer, reshaped, holds the same facts as ours. */
  readonly neo4jGraphqlEqual: boolean;
  /** The raw endpoint's answer is ours exactly, list order included. */
  readonly rawEqual: boolean;
  /** Ours with its response cache gives ours exactly, the first time (a miss) and the second (a hit). */
  readonly cachedEqual?: boolean;
  readonly difference: string | null;
  readonly answerBytes: { ours: number; neo4jGraphql: number; raw: number };
}

/** The HTTP request each server gets for a question: what the load generator sends, too. */
export function requestFor(question: Question, kind: ServerProcess['kind']): { path: string; body: Json } {
  if (kind === 'ours' || kind === 'ours-cached') return { path: '', body: question.ours };
  if (kind === 'neo4j-graphql') return { path: '', body: question.neo4jGraphql };
  return { path: `/${question.name}`, body: question.raw.variables };
}

/** Asks every server the question once and checks that their answers agree. */
export async function checkEquivalence(
  question: Question,
  servers: Record<Exclude<ServerProcess['kind'], 'ours-cached'>, ServerProcess> &
    Partial<Record<'ours-cached', ServerProcess>>,
): Promise<Equivalence> {
  const ask = async (kind: ServerProcess['kind']): Promise<Json> => {
    const { path, body } = requestFor(question, kind);
    const server = servers[kind];
    if (!server) throw new Error(`no ${kind} server to ask`);
    let answer = await server.ask(body, path);
    // A server that found Neo4j too slow to answer its readiness ping (a loaded machine, the
    // graph just grown) refuses requests until it has warmed up again: wait for it, up to a minute.
    for (let wait = 0; wait < 60 && isUnavailable(answer); wait++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      answer = await server.ask(body, path);
    }
    if (answer.errors)
      throw new Error(`${kind} answered ${question.name} with errors: ${JSON.stringify(answer.errors)}`);
    return answer;
  };
  const [ours, ng, raw] = await Promise.all([ask('ours'), ask('neo4j-graphql'), ask('raw')]);
  const cached = servers['ours-cached']
    ? [await ask('ours-cached'), await ask('ours-cached')].map((answer) =>
        firstDifference(sortedKeys(ours.data), sortedKeys(answer.data)),
      )
    : [];
  const reshaped = question.fromNeo4jGraphql(ng.data);
  const neo4jGraphqlDifference = firstDifference(canonical(ours.data), canonical(reshaped));
  const rawDifference = firstDifference(sortedKeys(ours.data), sortedKeys(raw.data));
  return {
    question: question.name,
    neo4jGraphqlEqual: neo4jGraphqlDifference === null,
    rawEqual: rawDifference === null,
    ...(cached.length ? { cachedEqual: cached.every((difference) => difference === null) } : {}),
    difference: neo4jGraphqlDifference ?? rawDifference ?? cached.find((difference) => difference !== null) ?? null,
    answerBytes: {
      ours: JSON.stringify(ours).length,
      neo4jGraphql: JSON.stringify(ng).length,
      raw: JSON.stringify(raw).length,
    },
  };
}

function isUnavailable(answer: Json): boolean {
  const errors = answer.errors as Array<{ extensions?: { code?: string } }> | undefined;
  return errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE') ?? false;
}
