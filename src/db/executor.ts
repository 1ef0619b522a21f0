import { Neo4jError, isRetryableError, type Driver } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import { ConcurrencyLimit, DEFAULT_MAX_CONCURRENCY } from './concurrency-limit';
import type { Statement } from './statement';

export type Params = Readonly<Record<string, unknown>>;
export type Row = Record<string, unknown>;
export interface RunSummary {
  readonly rows: Row[];
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly propertiesSet: number;
}
export interface QueryEvent {
  readonly mode: 'READ' | 'WRITE';
  /** The statement's name (see Statement). */
  readonly name: string;
  readonly query: string;
  readonly params: Params;
}

/** Runs a statement inside a write transaction. */
export type Run = (statement: Statement, params?: Params) => Promise<RunSummary>;

/**
 * What runs Cypher, as the repositories and the seed loader see it. DriverExecutor is the one
 * that talks to Neo4j; the HTTP tier's tests run the app over a stand-in that has no database.
 */
export interface Executor {
  /** Reads go to any member of a cluster that can serve them (READ routing). */
  read(statement: Statement, params?: Params): Promise<Row[]>;
  write(statement: Statement, params?: Params): Promise<Row[]>;
  /**
   * Runs several statements in one write transaction that commits only if all succeed.
   * The function may be retried on transient errors, so it must be idempotent.
   */
  writeTransaction<T>(work: (run: Run) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** For statements that manage their own transactions (CALL … IN TRANSACTIONS). */
  autoCommit(statement: Statement, params?: Params): Promise<void>;
  observe(observer: (event: QueryEvent) => void): () => void;
  /** True when the database answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  readonly database: string;
}

/**
 * The only code that runs Cypher. Every statement names its database, its routing and a
 * timeout; failures come out as DatabaseUnavailableError, QueryTimeoutError or the driver's own.
 */
export class DriverExecutor implements Executor {
  private readonly observers = new Set<(event: QueryEvent) => void>();
  private readonly limit: ConcurrencyLimit;

  constructor(
    private readonly driver: Driver,
    private readonly options: {
      readonly database: string;
      readonly timeoutMs: number;
      /** Statements in Neo4j at once from this process (see ConcurrencyLimit); the rest queue. */
      readonly maxConcurrency?: number;
    },
  ) {
    this.limit = new ConcurrencyLimit(
      options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY,
      options.timeoutMs,
      () => new DatabaseUnavailableError(`Neo4j is busy: no turn to run a statement within ${options.timeoutMs} ms`),
    );
  }

  /** Reads go to any member of a cluster that can serve them (READ routing). */
  read(statement: Statement, params: Params = {}): Promise<Row[]> {
    return this.run('READ', statement, params);
  }

  write(statement: Statement, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', statement, params);
  }

  async writeTransaction<T>(work: (run: Run) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    // Sharing executeQuery's bookmark manager makes the next read see this write, even on a cluster.
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: 'WRITE',
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const started = Date.now();
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (statement, params = {}) => {
            this.tell('WRITE', statement, params);
            const result = await tx.run(statement.text, params);
            const updates = result.summary.counters.updates();
            return {
              rows: result.records.map((record) => record.toObject() as Row),
              nodesCreated: updates.nodesCreated,
              relationshipsCreated: updates.relationshipsCreated,
              propertiesSet: updates.propertiesSet,
            };
          }),
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translate(error, Date.now() - started, timeoutMs);
    } finally {
      await session.close();
    }
  }

  async autoCommit(statement: Statement, params: Params = {}): Promise<void> {
    this.tell('WRITE', statement, params);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(statement.text, params);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  observe(observer: (event: QueryEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async ping(timeoutMs = 2_000): Promise<boolean> {
    try {
      await this.driver.executeQuery(
        'RETURN 1 AS ok',
        {},
        {
          database: this.options.database,
          routing: 'READ',
          transactionConfig: { timeout: timeoutMs },
        },
      );
      return true;
    } catch {
      return false;
    }
  }

  get database(): string {
    return this.options.database;
  }

  private tell(mode: QueryEvent['mode'], statement: Statement, params: Params): void {
    for (const observer of this.observers) observer({ mode, name: statement.name, query: statement.text, params });
  }

  private async run(mode: 'READ' | 'WRITE', statement: Statement, params: Params): Promise<Row[]> {
    this.tell(mode, statement, params);
    return this.limit.run(async () => {
      const started = Date.now();
      try {
        if (mode === 'READ') return await this.readOnce(statement.text, params, started);
        const result = await this.driver.executeQuery(statement.text, params, {
          database: this.options.database,
          routing: mode,
          transactionConfig: { timeout: this.options.timeoutMs },
        });
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        throw translate(error, Date.now() - started, this.options.timeoutMs);
      }
    });
  }

  /**
   * A read as one auto-commit statement: RUN and PULL go out in one write and come back in one
   * answer, where a managed transaction adds BEGIN and COMMIT, two more writes and round trips
   * that cost a quarter of a small read's time. A read changes nothing, so a transient failure
   * (a lost connection, a cluster member leaving) is retried here as executeQuery would retry it,
   * within READ_RETRY_MS. The bookmark manager is executeQuery's, so a read still follows the
   * writes this process made before it, on a cluster too.
   */
  private async readOnce(query: string, params: Params, started: number): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: 'READ',
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run(query, params, { timeout: this.options.timeoutMs });
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        const elapsed = Date.now() - started;
        if (!isRetryableError(error) || elapsed + RETRY_DELAY_MS * attempt > READ_RETRY_MS) throw error;
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
}

/** How long a read keeps retrying transient failures; the driver's own maxTransactionRetryTime. */
const READ_RETRY_MS = 2_000;
const RETRY_DELAY_MS = 200;

function translate(error: unknown, elapsedMs = Infinity, timeoutMs = 0): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // Transient failures (a database stopping, a lost connection) mean "try again later", even
  // when they surface as a terminated transaction; only the client's own timeout is a timeout.
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || isRetryableError(error)) {
    return new DatabaseUnavailableError(error.message, { cause: error });
  }
  // A transaction stopped while waiting for a lock reports LockClientStopped rather than a
  // timeout; stopped well before its timeout, it was stopped by a database shutting down.
  if (/TransactionTimedOut|LockClientStopped|Transaction\.Terminated/.test(error.code)) {
    return elapsedMs >= timeoutMs * 0.9
      ? new QueryTimeoutError(error.message, { cause: error })
      : new DatabaseUnavailableError(error.message, { cause: error });
  }
  return error;
}
