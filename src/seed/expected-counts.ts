import type { Seed } from './read-seed';
import { toGraph } from './to-graph';

/**
 * The node and relationship counts a seed should produce once loaded, derived from the seed
 * files themselves, so a test can compare the graph with them without hard-coding numbers.
 */
export function expectedCounts(seed: Seed): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const graph = toGraph(seed);
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const cites = new Set<string>();
  const keys = new Set<string>();
  const named = new Set<string>();
  for (const { label, rows } of graph.entities) {
    for (const row of rows) {
      nodes[label] = (nodes[label] ?? 0) + 1;
      for (const source of row.sources) cites.add(`${row.id}>${source}`);
      for (const key of row.keys) {
        keys.add(key);
        named.add(`${row.id}>${key}`);
      }
    }
  }
  const claimIds = new Set(graph.claims.map((claim) => claim.id));
  for (const claim of graph.claims) for (const source of claim.sources) cites.add(`${claim.id}>${source}`);
  nodes.Claim = claimIds.size;
  nodes.NameKey = keys.size;
  for (const { type, rows } of graph.relationships) {
    const unique = new Set(rows.map((row) => `${row.from}>${row.to}>${row.key}`));
    relationships[type] = (relationships[type] ?? 0) + unique.size;
  }
  relationships.CITES = cites.size;
  relationships.HAS_CLAIM = new Set(graph.claims.map((claim) => `${claim.subject}>${claim.id}`)).size;
  relationships.NAMED = named.size;
  return { nodes, relationships };
}
