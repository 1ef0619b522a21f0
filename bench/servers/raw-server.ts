import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { searchTerms } from '../../src/db/lucene-query';
import { nameKey } from '../../src/names';
import type { Json, QuestionName } from '../suite';
import { RAW_QUERIES } from './raw-queries';

type Answer = (vars: Json, run: (query: string, params: Json) => Promise<Json[]>) => Promise<Json>;

const byType = (node: Json, fields: Record<string, readonly string[]>): Json => {
  const picked: Json = { __typename: node.__typename, id: node.id };
  for (const field of fields[node.__typename] ?? []) picked[field] = node[field] ?? null;
  return picked;
};
const SEARCH_FIELDS = {
  Work: ['title'],
  Song: ['title'],
  Person: ['name'],
  Character: ['name'],
  Organization: ['name'],
  Place: ['name'],
  Episode: ['number'],
};
const NODE_FIELDS = {
  Work: ['title', 'kind', 'year'],
  Person: ['name', 'nativeName'],
  Character: ['name', 'nativeName'],
};

/** One handler per question: hand-written Cypher, then only the reshaping the JSON needs. */
const ANSWERS: Record<QuestionName, Answer> = {
  portrayals: async ({ character }, run) => {
    const key = nameKey(String(character));
    return { portrayals: key ? ((await run(RAW_QUERIES.portrayals, { key }))[0]?.portrayals ?? []) : [] };
  },
  work: async ({ id }, run) => ({ work: (await run(RAW_QUERIES.work, { id }))[0]?.work ?? null }),
  person: async ({ id }, run) => ({ person: (await run(RAW_QUERIES.person, { id }))[0]?.person ?? null }),
  search: async ({ query }, run) => {
    const text = String(query);
    const terms = searchTerms(text);
    const rows = await run(RAW_QUERIES.search, { key: nameKey(text), ...terms, exact: terms.exact || '""' });
    return { search: { nodes: (rows[0]?.nodes ?? []).map((node: Json) => byType(node, SEARCH_FIELDS)) } };
  },
  path: async ({ from, to }, run) => ({ path: (await run(RAW_QUERIES.path, { from, to }))[0]?.path ?? null }),
  nodes: async (aliases, run) => {
    const rows = await run(RAW_QUERIES.nodes, { ids: Object.values(aliases) });
    const found = new Map<string, Json>((rows[0]?.nodes ?? []).map((node: Json) => [node.id, node]));
    return Object.fromEntries(
      Object.entries(aliases).map(([alias, id]) => {
        const node = found.get(String(id));
        return [alias, node ? byType(node, NODE_FIELDS) : null];
      }),
    );
  },
};

/**
 * The floor: the raw driver behind the thinnest HTTP endpoint that answers POST /raw/<question>
 * (a JSON object of variables) with {"data": …} in our API's shape. No GraphQL, no validation
 * beyond what a crash would need: it shows what the database and the network alone cost.
 */
export function createRawServer(driver: Driver, database = 'neo4j'): Server {
  // An auto-commit read, as ours makes (src/db/executor.ts): one write and one round trip fewer
  // than executeQuery's BEGIN … COMMIT, so the floor is the cheapest way the driver has to ask.
  const run = async (query: string, params: Json): Promise<Json[]> => {
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      return (await session.run(query, params)).records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  };
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const name = /^\/raw\/(\w+)$/.exec(request.url ?? '')?.[1] as QuestionName | undefined;
    const answer = name ? ANSWERS[name] : undefined;
    if (request.method !== 'POST' || !answer) {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      answer(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'), run)
        .then((data) => send(response, 200, { data }))
        .catch((error: unknown) => send(response, 500, { errors: [{ message: String(error) }] }));
    });
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
