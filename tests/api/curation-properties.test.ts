import fc from 'fast-check';
import { CurationRepository } from '../../src/curation/curation-repository';
import { auditGraph } from '../../src/db/graph-audit';
import type { Run } from '../../src/db/executor';
import { readClaimsOf, readEntities } from '../../src/revisions/state-reader';
import { reseedTestGraph, startTestServer, type GraphQLBody, type TestServer } from '../helpers/test-graph';

/**
 * Random sequences of curation writes, one at a time and several at once, with the write path's
 * invariants checked after every step: one PREFERRED claim per property, the field equal to it,
 * no name key naming nothing, no stamp out of order; no write answers INTERNAL_SERVER_ERROR;
 * an acknowledged write that changed something is the newest entry of its subject's history;
 * reverting a write puts back exactly the state every subject had before it; and replaying the
 * whole log on a graph fresh from the seed reproduces the graph. Bounded: 12 runs of at most 6
 * steps, then one replay.
 */

const CURATOR_KEY = 'curator-key-0123456789';
const CURATOR = 'property-curator';
const WORKS = ['love-in-the-big-city-film', 'love-in-the-big-city-series'] as const;
const PEOPLE = ['test-prop-a', 'test-prop-b'] as const;
const INVARIANTS = ['one PREFERRED claim', 'equals it', 'names nothing', 'updated before'];
/** The values of each property a claim step may send; the first `valid` of them suit its type. */
const VALUES: Record<string, { valid: number; values: string[] }> = {
  year: { valid: 3, values: ['2023', '2024', '2025', '3000000000', 'abc', '2024.9'] },
  releaseDate: { valid: 4, values: ['2024-10-01', '2024-10-02', '2024-09', '2024', 'not a date', '2024-02-30'] },
  runtimeMinutes: { valid: 4, values: ['118', '120', '50', '121', '-5', '99999999999999999999'] },
};

let server: TestServer;
beforeAll(async () => {
  await reseedTestGraph();
  server = await startTestServer({ env: { API_KEYS: `${CURATOR}:curator:${CURATOR_KEY}` } });
  for (const id of PEOPLE) await upsertPerson({ id, name: `Person ${id}`, sources: ['seed-001'] });
}, 120_000);
afterAll(async () => {
  await server.close();
  await reseedTestGraph();
}, 120_000);

const mutate = (query: string, variables: Record<string, unknown>) => server.query(query, variables, CURATOR_KEY);
const upsertPerson = (input: Record<string, unknown>) =>
  mutate(`mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }`, { input });
const addClaim = (input: Record<string, unknown>) =>
  mutate(`mutation ($input: ClaimInput!) { addClaim(input: $input) { id } }`, { input });

type Step =
  | { kind: 'claim'; input: Record<string, unknown> }
  | { kind: 'person'; input: Record<string, unknown> }
  | { kind: 'together'; inputs: Array<Record<string, unknown>> }
  | { kind: 'undo'; input: Record<string, unknown> };

const claimInput = fc
  .record({
    subject: fc.constantFrom(...WORKS),
    property: fc.constantFrom('year', 'releaseDate', 'runtimeMinutes'),
    pick: fc.nat(5),
    rank: fc.constantFrom(undefined, 'NORMAL', 'PREFERRED', 'PREFERRED', 'DEPRECATED'),
  })
  .map(({ subject, property, pick, rank }) => {
    return {
      subject,
      property,
      value: VALUES[property]?.values[pick] ?? '2024',
      sources: ['seed-004'],
      ...(rank ? { rank, reason: 'property test' } : {}),
    };
  });
const personInput = fc
  .record({
    id: fc.constantFrom(...PEOPLE),
    name: fc.constantFrom('Alpha One', 'Beta Two', 'Gamma Three'),
    aliases: fc.constantFrom(undefined, [], ['Also Known']),
    description: fc.constantFrom(undefined, null, 'A description'),
  })
  .map(({ id, name, aliases, description }) => ({
    id,
    name,
    sources: ['seed-001'],
    ...(aliases === undefined ? {} : { aliases }),
    ...(description === undefined ? {} : { description }),
  }));
const step: fc.Arbitrary<Step> = fc.oneof(
  claimInput.map((input) => ({ kind: 'claim' as const, input })),
  personInput.map((input) => ({ kind: 'person' as const, input })),
  fc.array(claimInput, { minLength: 2, maxLength: 3 }).map((inputs) => ({ kind: 'together' as const, inputs })),
  claimInput.map((input) => ({ kind: 'undo' as const, input })),
);

/** What a subject reads as: the fields a step may change and its claims. */
async function snapshot(id: string): Promise<unknown> {
  const body = await server.query(
    `query ($id: ID!) { node(id: $id) {
      ... on Work { year releaseDate runtimeMinutes claims(first: 100) { nodes { id value rank reason } } }
      ... on Person { name aliases description }
    } }`,
    { id },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.node;
}
/**
 * Every subject a step can change as the write path stores it: fields, citations, which fields
 * are curated (with the seed values they cover) and who created it, and every claim on it.
 */
async function state(): Promise<unknown> {
  const run: Run = async (statement, params) => ({
    rows: await server.executor.read(statement, params),
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
  });
  const ids = [...WORKS, ...PEOPLE];
  const entities = await readEntities(run, ids);
  const claims = await readClaimsOf(
    run,
    ids.map((subject) => ({ subject, property: null })),
  );
  return {
    entities: ids.map((id) => entities.get(id) ?? null),
    claims: claims.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
async function newest(id: string): Promise<{ id: string; author: string; at: string } | undefined> {
  const body = await server.query(`query ($id: ID!) { history(id: $id, first: 1) { nodes { id author at } } }`, { id });
  return (body.data?.history as { nodes: Array<{ id: string; author: string; at: string }> }).nodes[0];
}
/**
 * A person write is always taken; a claim write is refused only for a value its type does not
 * allow, or for taking the rank from a field's PREFERRED claim without naming another.
 */
function expectTakenUnlessBad(body: GraphQLBody, input: Record<string, unknown>, kind: 'claim' | 'person'): boolean {
  const error = body.errors?.[0];
  if (!error) return true;
  const argument = String(error.extensions?.argument);
  const known = VALUES[String(input.property)];
  const validValue = kind === 'claim' && !!known && known.values.indexOf(String(input.value)) < known.valid;
  const allowed = kind === 'claim' && ((!validValue && argument === 'input.value') || argument === 'input.rank');
  expect([error.extensions?.code, argument, allowed]).toEqual(['BAD_USER_INPUT', argument, true]);
  return false;
}

async function run(step: Step): Promise<void> {
  const subjects =
    step.kind === 'together'
      ? step.inputs.map((i) => String(i.subject))
      : [String(step.input.subject ?? step.input.id)];
  const before = new Map(await Promise.all(subjects.map(async (id) => [id, await snapshot(id)] as const)));
  const stateBefore = step.kind === 'undo' ? await state() : undefined;
  const started = new Date().toISOString();
  if (step.kind === 'together') {
    const bodies = await Promise.all(step.inputs.map(addClaim));
    bodies.forEach((body, i) => expectTakenUnlessBad(body, step.inputs[i] ?? {}, 'claim'));
  } else {
    const body = step.kind === 'person' ? await upsertPerson(step.input) : await addClaim(step.input);
    const subject = subjects[0] ?? '';
    const taken = expectTakenUnlessBad(body, step.input, step.kind === 'person' ? 'person' : 'claim');
    if (taken && JSON.stringify(await snapshot(subject)) !== JSON.stringify(before.get(subject))) {
      const latest = await newest(subject);
      expect(latest?.author).toBe(`key:${CURATOR}`);
      expect((latest?.at ?? '') >= started).toBe(true);
      if (step.kind === 'undo') {
        const undo = await mutate(`mutation ($r: ID!) { revert(revision: $r) { id } }`, { r: latest?.id });
        expect(undo.errors).toBeUndefined();
        expect(await snapshot(subject)).toEqual(before.get(subject));
        expect(await state()).toEqual(stateBefore);
      }
    }
  }
  const found = await auditGraph(server.executor, INVARIANTS);
  for (const finding of found) {
    expect([finding.rule, finding.offenders]).toEqual([finding.rule, []]);
  }
}

test('random curation keeps the invariants after every step', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
      for (const s of steps) await run(s);
    }),
    { numRuns: 12, endOnFailure: true },
  );
}, 600_000);

test('replaying the log of those writes on a graph fresh from the seed reproduces the graph', async () => {
  const curated = await state();
  const log = (await new CurationRepository(server.executor).log.after(0)).filter((r) => r.author !== 'seed');
  // Writes, reverts and writes refused partway: the log holds what was acknowledged.
  expect(log.length).toBeGreaterThan(PEOPLE.length);
  await reseedTestGraph();
  expect(await state()).not.toEqual(curated);
  const replayed = await new CurationRepository(server.executor).replay(log);
  expect(replayed).toHaveLength(log.length);
  expect(await state()).toEqual(curated);
  const after = await new CurationRepository(server.executor).log.after(0);
  expect(after.filter((r) => r.author !== 'seed').map((r) => [r.author, r.operation, r.cells])).toEqual(
    log.map((r) => [r.author, r.operation, r.cells]),
  );
  const found = await auditGraph(server.executor, INVARIANTS);
  for (const finding of found) expect([finding.rule, finding.offenders]).toEqual([finding.rule, []]);
}, 300_000);
