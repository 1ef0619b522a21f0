import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { WhoPlayedDocument, type WhoPlayedQuery } from './generated/graphql';

const GRAPHQL_URL = process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql';

interface GraphQLResponse<TData> {
  readonly data?: TData | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly extensions?: { readonly code?: string } }>;
}

/** Posts a typed document: the result's type is the operation's own, generated from schema.graphql. */
async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    // JSON, not a form post: the server's CSRF prevention refuses simple requests.
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    throw new Error(`${url} answered ${response.status} without a GraphQL response`);
  }
  const body = (await response.json()) as GraphQLResponse<TResult>;
  if (body.errors?.length || !body.data) {
    const reasons = (body.errors ?? []).map((error) => `${error.message} (${error.extensions?.code ?? 'no code'})`);
    throw new Error(`${url} refused the query: ${reasons.join('; ') || `HTTP ${response.status}`}`);
  }
  return body.data;
}

/** One line a portrayal: actor — character — work. */
function describe({ actor, character, episodes }: NonNullable<WhoPlayedQuery['portrayals']>[number]): string {
  const who = actor.nativeName ? `${actor.name} (${actor.nativeName})` : actor.name;
  const work = character.work
    ? `${character.work.title} (${character.work.kind.toLowerCase()}${character.work.year === null ? '' : `, ${character.work.year}`})`
    : 'a work that could not be read';
  const inEpisodes = episodes?.length ? `, episode${episodes.length > 1 ? 's' : ''} ${episodes.join(', ')}` : '';
  return `${who} — ${character.name} — ${work}${inEpisodes}`;
}

async function main(): Promise<void> {
  const character = process.argv[2] ?? 'Go Young';
  const portrayals = (await request(GRAPHQL_URL, WhoPlayedDocument, { character })).portrayals ?? [];
  process.stdout.write(`Who played ${character} across the adaptations (${GRAPHQL_URL}):\n`);
  if (portrayals.length === 0) process.stdout.write('  nobody: no character of that name\n');
  for (const portrayal of portrayals) process.stdout.write(`  ${describe(portrayal)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
