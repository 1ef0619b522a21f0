import { statement } from './statement';

/**
 * The graph's version: one bookkeeping node whose counter every committed write moves, inside the
 * write's own transaction, so a version read from Neo4j never runs ahead of the data it stands
 * for. The epoch is new whenever the node is made again (after a wipe), so a counter that starts
 * over is never mistaken for an old one.
 */
export interface GraphVersionStamp {
  readonly epoch: string;
  readonly counter: number;
}

export const GRAPH_VERSION_ID = 'graph';

/** MERGE on the unique id locks the node, so concurrent writers move the counter one at a time. */
export const BUMP_GRAPH_VERSION = statement(
  'graphVersion:bump',
  `
  MERGE (v:GraphVersion {id: $id})
  ON CREATE SET v.epoch = randomUUID(), v.counter = 0
  SET v.counter = v.counter + 1
  RETURN v.epoch AS epoch, v.counter AS counter`,
);

/** One index seek: what every instance asks at most once per poll interval. */
export const READ_GRAPH_VERSION = statement(
  'graphVersion',
  `
  MATCH (v:GraphVersion {id: $id})
  RETURN v.epoch AS epoch, v.counter AS counter`,
);

export function toStamp(row: Record<string, unknown> | undefined): GraphVersionStamp | null {
  if (!row || typeof row.epoch !== 'string' || typeof row.counter !== 'number') return null;
  return { epoch: row.epoch, counter: row.counter };
}
