import { isRetryableError, type Driver } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import { ConcurrencyLimit, DEFAULT_MAX_CONCURRENCY } from './concurrency-limit';
import type { Statement } from './statement';
import { translateDriverError as translate } from './translate-driver-error';
import { withDeadline } from './with-deadline';

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
  /** True when the database answers a trivial query within the timeout (800 ms by default). */
  ping(timeoutMs?: number): Promise<boolean>;
  readonly database: string;
}

/**
 * The only code that runs Cypher. Every statement names its database, its routing and a
 * timeout; failures come out as DatabaseUnavailableError, QueryTimeoutError or the driver's own.
 * Reads and writes answer within `timeoutMs` whatever Neo4j does: the transaction timeout only
 * works while Neo4j runs, so a frozen one (SIGSTOP, a long GC pause, a dead network) is met by a
 * deadline of our own, which covers the wait for a turn too.
 */
export class DriverExecutor implements Executor {
  private readonly observers = new Set<(event: QueryEvent) => void>();
  private readonly limit: ConcurrencyLimit;
  /** The ping in flight: health checks share it rather than stacking connections on a stuck Neo4j. */
  private pinging: Promise<boolean> | undefined;

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
      const written = session.executeWrite(
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
      return await withDeadline(written, timeoutMs, () => noAnswer(timeoutMs));
    } catch (error) {
      throw translate(error, Date.now() - started, timeoutMs);
    } finally {
      // Not awaited past the deadline: closing waits on the same Neo4j that did not answer.
      void session.close().catch(() => undefined);
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

  ping(timeoutMs = 800): Promise<boolean> {
    this.pinging ??= withDeadline(
      this.driver.executeQuery(
        'RETURN 1 AS ok',
        {},
        { database: this.options.database, routing: 'READ', transactionConfig: { timeout: timeoutMs } },
      ),
      timeoutMs,
      () => noAnswer(timeoutMs),
    )
      .then(
        () => true,
        () => false,
      )
      .finally(() => (this.pinging = undefined));
    return this.pinging;
  }

  get database(): string {
    return this.options.database;
  }

  private tell(mode: QueryEvent['mode'], statement: Statement, params: Params): void {
    for (const observer of this.observers) observer({ mode, name: statement.name, query: statement.text, params });
  }

  private run(mode: 'READ' | 'WRITE', statement: Statement, params: Params): Promise<Row[]> {
    this.tell(mode, statement, params);
    const query = statement.text;
    const { timeoutMs } = this.options;
    const queued = Date.now();
    // The slot is held until Neo4j really lets go of the statement, so a stuck Neo4j holds at
    // most NEO4J_MAX_CONCURRENCY connections; the caller is answered at the deadline regardless.
    const work = this.limit.run(async () => {
      const started = Date.now();
      // What is left of the deadline after waiting for a turn is the statement's own timeout.
      const remaining = Math.max(1, timeoutMs - (started - queued));
      try {
        if (mode === 'READ') return await this.readOnce(query, params, started, remaining);
        const result = await this.driver.executeQuery(query, params, {
          database: this.options.database,
          routing: mode,
          transactionConfig: { timeout: remaining },
        });
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        throw translate(error, Date.now() - started, remaining);
      }
    });
    return withDeadline(work, timeoutMs, () => noAnswer(timeoutMs));
  }

  /**
   * A read as one auto-commit statement: RUN and PULL go out in one write and come back in one
   * answer, where a managed transaction adds BEGIN and COMMIT, two more writes and round trips
   * that cost a quarter of a small read's time. A read changes nothing, so a transient failure
   * (a lost connection, a cluster member leaving) is retried here as executeQuery would retry it,
   * within READ_RETRY_MS. The bookmark manager is executeQuery's, so a read still follows the
   * writes this process made before it, on a cluster too.
   */
  private async readOnce(query: string, params: Params, started: number, timeoutMs: number): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: 'READ',
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run(query, params, { timeout: timeoutMs });
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

/** What a statement that got no answer in time reports: the client's own timeout. */
function noAnswer(timeoutMs: number): QueryTimeoutError {
  return new QueryTimeoutError(`Neo4j gave no answer within ${timeoutMs} ms`);
}
