import { countNodesByLabel, countRelationshipsByType } from '../../src/db/graph-audit';
import { startTestServer, type TestServer } from '../helpers/test-graph';

/** Cypher's own syntax in every string argument must stay data: nothing changes in the graph. */
const PAYLOADS = [
  `' OR 1=1 //`,
  `"}) DETACH DELETE n //`,
  '`Person`) MATCH (n) DETACH DELETE n //',
  '$key} RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
  `\\'); CREATE (:Pwned) //`,
  '{id: "x"}',
  '/* */ MATCH (n) SET n.hacked = true',
  'Go Young\u0000\u202e 고영 \ud83d\ude00',
  'title:"x" OR name:* AND ~~',
  '] }) CALL db.index.fulltext.drop("entity_names") //',
];

const OPERATIONS: Array<[string, string]> = [
  ['node(id)', 'query ($i: ID!) { node(id: $i) { id } }'],
  ['source(id)', 'query ($i: ID!) { source(id: $i) { id } }'],
  ['work(id)', 'query ($i: ID!) { work(id: $i) { id } }'],
  ['work(title)', 'query ($s: String!) { work(title: $s) { id credits { totalCount } characters { id } } }'],
  ['person(name)', 'query ($s: String!) { person(name: $s) { id credits { role } } }'],
  ['character(name, work)', 'query ($s: String!, $i: ID!) { character(name: $s, work: $i) { id } }'],
  ['portrayals(character)', 'query ($s: String!) { portrayals(character: $s) { actor { id } } }'],
  ['search(query)', 'query ($s: String!) { search(query: $s) { totalCount } }'],
  ['search(after)', 'query ($s: String!) { search(query: "Go", after: $s) { totalCount } }'],
  [
    'path(from, to)',
    'query ($i: ID!) { path(from: $i, to: "nam-yoon-su") { length } b: path(from: "kim-go-eun", to: $i) { length } }',
  ],
  ['claims(property)', 'query ($s: String!) { works { claims(property: $s) { nodes { id } } } }'],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test.each(OPERATIONS)('%s with Cypher metacharacters leaves the graph unchanged', async (_, query) => {
  const nodes = await countNodesByLabel(server.executor);
  const relationships = await countRelationshipsByType(server.executor);
  for (const payload of PAYLOADS) {
    const variables = Object.fromEntries(
      ['s', 'i'].filter((name) => query.includes(`$${name}:`)).map((name) => [name, payload]),
    );
    const { status, body } = await server.post({ query, variables });
    expect(status).toBeLessThan(500);
    for (const error of body.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  }
  expect(await countNodesByLabel(server.executor)).toEqual(nodes);
  expect(await countRelationshipsByType(server.executor)).toEqual(relationships);
});
