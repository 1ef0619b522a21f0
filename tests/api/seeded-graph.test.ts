import {
  auditGraph,
  countNodesByLabel,
  countRelationshipsByType,
  directedEpisodeNumbers,
} from '../../src/db/graph-audit';
import { seedFromDirectory } from '../../src/seed/seed-graph';
import { SEED_COUNTS } from '../fixtures/seed-counts';
import { SEED_DIR } from '../helpers/seed-files';
import { connectTestGraph } from '../helpers/test-graph';

const graph = connectTestGraph({ timeoutMs: 60_000 });
afterAll(() => graph.close());

describe('the seeded graph', () => {
  test.each([
    'fact-bearing relationship',
    'entity and claim',
    'exactly one work',
    'different works',
    'director',
    'without a name',
    'one PREFERRED claim',
    'equals it',
    'names nothing',
    'updated before',
  ])('holds the invariant about "%s"', async (fragment) => {
    const findings = await auditGraph(graph.executor);
    const finding = findings.find((f) => f.rule.includes(fragment));
    expect(finding).toBeDefined();
    expect(finding?.offenders).toEqual([]);
  });

  test('has every episode 1–8 of the series with a director', async () => {
    expect(await directedEpisodeNumbers(graph.executor, 'love-in-the-big-city-series')).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  test('holds the golden number of nodes per label and relationships per type', async () => {
    expect(await countNodesByLabel(graph.executor)).toEqual(SEED_COUNTS.nodes);
    expect(await countRelationshipsByType(graph.executor)).toEqual(SEED_COUNTS.relationships);
  });

  test('loading the seed again creates nothing and leaves every count as it was', async () => {
    const nodesBefore = await countNodesByLabel(graph.executor);
    const relationshipsBefore = await countRelationshipsByType(graph.executor);
    const load = await seedFromDirectory(graph.executor, SEED_DIR);
    expect(load.concerns.reduce((sum, s) => sum + s.nodesCreated + s.relationshipsCreated, 0)).toBe(0);
    expect(load.concerns.reduce((sum, s) => sum + s.nodes, 0)).toBeGreaterThan(0);
    expect(load.revisions).toBe(0);
    expect(await countNodesByLabel(graph.executor)).toEqual(nodesBefore);
    expect(await countRelationshipsByType(graph.executor)).toEqual(relationshipsBefore);
  });
});
