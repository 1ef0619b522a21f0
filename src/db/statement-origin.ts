import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who asked for the statements that run in one async scope: the request and, once it is known,
 * its GraphQL operation. The executor writes it into every transaction's metadata, so
 * `SHOW TRANSACTIONS` and Neo4j's query log point back to the request. Held in async-local
 * storage because the statements of one request are scheduled by DataLoader batches and bundles
 * far from the code that knows the request; threading it through every call would touch them all.
 */
export interface StatementOrigin {
  readonly requestId: string;
  /** The operation's name (or "anonymous"), set once Apollo has resolved it. */
  operation: string | undefined;
}

const origins = new AsyncLocalStorage<StatementOrigin>();

/** Runs `work` with `origin` as the origin of every statement it (and what it schedules) runs. */
export function withStatementOrigin<T>(origin: StatementOrigin, work: () => T): T {
  return origins.run(origin, work);
}

export function currentStatementOrigin(): StatementOrigin | undefined {
  return origins.getStore();
}

/** The transaction metadata of a statement: its name, and the request and operation it runs for. */
export function transactionMetadata(statement: string): Record<string, string> {
  const origin = origins.getStore();
  return {
    statement,
    ...(origin ? { requestId: origin.requestId } : {}),
    ...(origin?.operation !== undefined ? { operation: origin.operation } : {}),
  };
}
