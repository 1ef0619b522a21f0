import { ENTITY_TABLES } from '../../src/seed/entity-tables';
import { toGraph } from '../../src/seed/to-graph';
import { CLAIM_SUBJECT_LABELS, ENTITY_LABELS } from '../../src/vocabulary';
import { projectSeed } from '../helpers/seed-files';
import { startTestServer, type TestServer } from '../helpers/test-graph';

/** Every entity and claim of the seed can be reached through the API, with its sources. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const seed = projectSeed();
const claimsBySubject = new Map<string, string[]>();
for (const claim of toGraph(seed).claims) {
  claimsBySubject.set(claim.subject, [...(claimsBySubject.get(claim.subject) ?? []), claim.id]);
}
const entities = ENTITY_LABELS.flatMap((typename) =>
  ENTITY_TABLES[typename].list(seed).map((entry) => ({ id: entry.value.id, typename })),
);

const WITH_CLAIMS = CLAIM_SUBJECT_LABELS;
const QUERY = `query ($id: ID!) { node(id: $id) {
  __typename id
  ${WITH_CLAIMS.map((t) => `... on ${t} { sources { id } claims { nodes { id sources { id } } } }`).join('\n  ')}
} }`;

test.each(entities.map((e) => [e.typename, e.id] as const))(
  '%s %s is reachable with its sources and claims',
  async (typename, id) => {
    const body = await server.query(QUERY, { id });
    expect(body.errors).toBeUndefined();
    const node = body.data?.node as {
      __typename: string;
      sources?: unknown[];
      claims?: { nodes: Array<{ id: string; sources: unknown[] }> };
    };
    expect(node.__typename).toBe(typename);
    if (typename === 'Source') return;
    expect(node.sources?.length).toBeGreaterThan(0);
    const claims = node.claims?.nodes ?? [];
    expect(claims.map((c) => c.id).sort()).toEqual((claimsBySubject.get(id) ?? []).sort());
    for (const claim of claims) expect(claim.sources.length).toBeGreaterThan(0);
  },
);
