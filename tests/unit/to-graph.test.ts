import { toGraph, type GraphBatches } from '../../src/seed/to-graph';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../src/vocabulary';
import { SEED_COUNTS } from '../fixtures/seed-counts';
import { projectSeed } from '../helpers/seed-files';

/** toGraph's rows, counted as the database would hold them (merged on the same keys as the loader merges). */
function counted(graph: GraphBatches) {
  const nodes: Record<string, number> = {};
  const cites = new Set<string>();
  const keys = new Set<string>();
  const named = new Set<string>();
  for (const { label, rows } of graph.entities) {
    nodes[label] = rows.length;
    for (const row of rows) {
      for (const source of row.sources) cites.add(`${row.id}>${source}`);
      for (const key of row.keys) {
        keys.add(key);
        named.add(`${row.id}>${key}`);
      }
    }
  }
  for (const claim of graph.claims) for (const source of claim.sources) cites.add(`${claim.id}>${source}`);
  const relationships: Record<string, number> = {};
  for (const { type, rows } of graph.relationships) {
    relationships[type] = new Set(rows.map((row) => `${row.from}>${row.to}>${row.key}`)).size;
  }
  return {
    nodes: { ...nodes, Claim: new Set(graph.claims.map((claim) => claim.id)).size, NameKey: keys.size },
    relationships: {
      ...relationships,
      CITES: cites.size,
      HAS_CLAIM: new Set(graph.claims.map((claim) => `${claim.subject}>${claim.id}`)).size,
      NAMED: named.size,
    },
  };
}

const graph = toGraph(projectSeed());

test('the seed becomes the golden number of nodes per label and relationships per type', () => {
  const sorted = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort());
  const { nodes, relationships } = counted(graph);
  expect(sorted(nodes)).toEqual(sorted(SEED_COUNTS.nodes));
  expect(sorted(relationships)).toEqual(sorted(SEED_COUNTS.relationships));
});

test('rows come in the loader’s order: entities by the vocabulary’s labels, relationships by its types', () => {
  expect(graph.entities.map((batch) => batch.label)).toEqual(
    ENTITY_LABELS.filter((label) => graph.entities.some((batch) => batch.label === label)),
  );
  const types = graph.relationships.map((batch) => batch.type);
  expect(types).toEqual(RELATIONSHIP_TYPES.filter((type) => types.includes(type)));
});

test('a source cites nothing; every other entity cites at least one existing source', () => {
  const sourceIds = new Set(graph.entities.find((batch) => batch.label === 'Source')!.rows.map((row) => row.id));
  for (const { label, rows } of graph.entities) {
    for (const row of rows) {
      if (label === 'Source') expect(row.sources).toEqual([]);
      else
        expect({ id: row.id, unknown: row.sources.filter((id) => !sourceIds.has(id)) }).toEqual({
          id: row.id,
          unknown: [],
        });
    }
  }
});

test('an alias only some sources use becomes a claim citing them, and a name key of its entity', () => {
  const claim = graph.claims.find((c) => c.subject === 'go-young-series' && c.props.property === 'alias');
  expect(claim).toMatchObject({ props: { value: 'Go Yeong', rank: 'NORMAL' } });
  const character = graph.entities.flatMap((batch) => batch.rows).find((row) => row.id === 'go-young-series');
  expect(character?.keys).toContain('goyeong');
});
