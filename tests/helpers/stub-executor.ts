import type { Executor, Params, QueryEvent, Row, StatementFinished } from '../../src/db/executor';
import type { Statement } from '../../src/db/statement';

/**
 * An executor over an empty graph, for the HTTP tier: every read finds nothing, every write is
 * refused, and no Neo4j (or Java) is needed. Tests of the data itself belong to the api tier.
 */
export function stubExecutor(options: { up?: boolean } = {}): Executor {
  const observers = new Set<(event: QueryEvent) => void>();
  const tell = (event: QueryEvent) => observers.forEach((observer) => observer(event));
  const finishedListeners = new Set<(event: StatementFinished) => void>();
  const finished = (event: StatementFinished) => finishedListeners.forEach((listener) => listener(event));
  const refuse = (): never => {
    throw new Error('the HTTP tier runs without a database: writes are not possible here');
  };
  const executor: Executor = {
    database: 'stub',
    read: async ({ name, text }: Statement, params: Params = {}): Promise<Row[]> => {
      tell({ mode: 'READ', name, query: text, params });
      finished({ mode: 'READ', name, seconds: 0, rows: 0, outcome: 'ok' });
      return [];
    },
    write: async ({ name, text }: Statement, params: Params = {}) => {
      tell({ mode: 'WRITE', name, query: text, params });
      return refuse();
    },
    writeTransaction: async () => refuse(),
    autoCommit: async (): Promise<void> => refuse(),
    observe: (observer) => {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    onFinished: (listener) => {
      finishedListeners.add(listener);
      return () => finishedListeners.delete(listener);
    },
    load: () => ({ running: 0, waiting: 0, sessions: 0 }),
    observeCommits: () => () => undefined,
    ping: async () => options.up ?? true,
  };
  return executor;
}
