import { isRetryableError, type Driver, type Session } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import { ConcurrencyLimit, DEFAULT_MAX_CONCURRENCY } from './concurrency-limit';
import { observeStatement, type StatementFinished } from './observe-statement';
import { BUMP_GRAPH_VERSION, GRAPH_VERSION_ID, toStamp, type GraphVersionStamp } from './graph-version-statements';
import type { Statement } from './statement';
import { transactionMetadata } from './statement-origin';
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

export type { StatementFinished, StatementOutcome } from './observe-statement';

/** What is in flight in the executor right now, for metrics. */
export interface ExecutorLoad {
  /** Statements holding one of the NEO4J_MAX_CONCURRENCY turns. */
  readonly running: number;
  /** Statements waiting for a turn (the concurrency limit's queue). */
  readonly waiting: number;
  /**
   * Driver sessions this executor holds open: each holds a pooled connection while its statement
   * runs. The driver does not expose its pool's counts, so they are counted here.
   */
  readonly sessions: number;
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
  /**
   * For statements that change no answer (constraints, indexes): Neo4j does not let a schema
   * change share a transaction with the graph version's bump, so these leave the version alone.
   */
  write(statement: Statement, params?: Params): Promise<Row[]>;
  /**
   * Runs several statements in one write transaction that commits only if all succeed, and moves
   * the graph's version in the same transaction. The function may be retried on transient
   * errors, so it must be idempotent.
   */
  writeTransaction<T>(work: (run: Run) => Promise<T>, options?: WriteTransactionOptions): Promise<T>;
  /**
   * For statements that manage their own transactions (CALL … IN TRANSACTIONS); the graph's
   * version moves in a transaction of its own once the statement is done.
   */
  autoCommit(statement: Statement, params?: Params): Promise<void>;
  observe(observer: (event: QueryEvent) => void): () => void;
  /** Called when each statement has answered or failed, with its duration and outcome. */
  onFinished(listener: (event: StatementFinished) => void): () => void;
  load(): ExecutorLoad;
  /**
   * Hears the graph version each write of this executor committed, as soon as it committed and
   * before the write's caller is answered, so this process never serves an answer older than
   * its own writes (src/graphql/response-cache).
   */
  observeCommits(observer: (version: GraphVersionStamp) => void): () => void;
  /** True when the database answers a trivial query within the timeout (800 ms by default). */
  ping(timeoutMs?: number): Promise<boolean>;
  readonly database: string;
}

export interface WriteTransactionOptions {
  readonly timeoutMs?: number;
  /** The transaction's name in its metadata ("curation", "seed"); each statement in it is named too. */
  readonly name?: string;
}

/**
 * The only code that runs Cypher. Every statement names its database, its routing and a
 * timeout; failures come out as DatabaseUnavailableError, QueryTimeoutError or the driver's own.
 * Reads and writes answer within `timeoutMs` whatever Neo4j does: the transaction timeout only
 * works while Neo4j runs, so a frozen one (SIGSTOP, a long GC pause, a dead network) is met by a
 * deadline of our own, which covers the wait for a turn too. Every transaction carries metadata
 * naming its statement and the request and operation it runs for (src/db/statement-origin.ts),
 * every statement runs in a client span (a no-op unless tracing is on) and is reported to
 * onFinished listeners.
 */
export class DriverExecutor implements Executor {
  private readonly observers = new Set<(event: QueryEvent) => void>();
  private readonly finishedListeners = new Set<(event: StatementFinished) => void>();
  private openSessions = 0;
  private readonly commitObservers = new Set<(version: GraphVersionStamp) => void>();
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

  async writeTransaction<T>(work: (run: Run) => Promise<T>, options: WriteTransactionOptions = {}): Promise<T> {
    // Sharing executeQuery's bookmark manager makes the next read see this write, even on a cluster.
    const session = this.openSession({
      database: this.options.database,
      defaultAccessMode: 'WRITE',
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const started = Date.now();
    try {
      const written = session.executeWrite(
        async (tx) => {
          const run: Run = async (statement, params = {}) => {
            this.tell('WRITE', statement, params);
            return this.observed(
              'WRITE',
              statement,
              async () => {
                const result = await tx.run(statement.text, params);
                const updates = result.summary.counters.updates();
                return {
                  rows: result.records.map((record) => record.toObject() as Row),
                  nodesCreated: updates.nodesCreated,
                  relationshipsCreated: updates.relationshipsCreated,
                  propertiesSet: updates.propertiesSet,
                };
              },
              (summary) => summary.rows.length,
            );
          };
          const value = await work(run);
          const version = toStamp((await run(BUMP_GRAPH_VERSION, { id: GRAPH_VERSION_ID })).rows[0]);
          return { value, version };
        },
        { timeout: timeoutMs, metadata: transactionMetadata(options.name ?? 'transaction') },
      );
      const { value, version } = await withDeadline(written, timeoutMs, () => noAnswer(timeoutMs));
      if (version) for (const observer of this.commitObservers) observer(version);
      return value;
    } catch (error) {
      throw translate(error, Date.now() - started, timeoutMs);
    } finally {
      // Not awaited past the deadline: closing waits on the same Neo4j that did not answer.
      void this.closeSession(session).catch(() => undefined);
    }
  }

  async autoCommit(statement: Statement, params: Params = {}): Promise<void> {
    this.tell('WRITE', statement, params);
    const session = this.openSession({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      await this.observed(
        'WRITE',
        statement,
        () => session.run(statement.text, params, { metadata: transactionMetadata(statement.name) }),
        () => undefined,
      );
    } catch (error) {
      throw translate(error);
    } finally {
      await this.closeSession(session);
    }
    // Its own transactions committed one by one: the version moves once, after the last.
    await this.writeTransaction(async () => undefined);
  }

  onFinished(listener: (event: StatementFinished) => void): () => void {
    this.finishedListeners.add(listener);
    return () => this.finishedListeners.delete(listener);
  }

  load(): ExecutorLoad {
    const { active, waiting } = this.limit.load;
    return { running: active, waiting, sessions: this.openSessions };
  }

  observe(observer: (event: QueryEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  observeCommits(observer: (version: GraphVersionStamp) => void): () => void {
    this.commitObservers.add(observer);
    return () => this.commitObservers.delete(observer);
  }

  ping(timeoutMs = 800): Promise<boolean> {
    this.pinging ??= withDeadline(
      this.driver.executeQuery(
        'RETURN 1 AS ok',
        {},
        {
          database: this.options.database,
          routing: 'READ',
          transactionConfig: { timeout: timeoutMs, metadata: transactionMetadata('ping') },
        },
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

  private observed<T>(
    mode: 'READ' | 'WRITE',
    statement: Statement,
    work: () => Promise<T>,
    rowsOf: (result: T) => number | undefined,
  ): Promise<T> {
    return observeStatement({ mode, name: statement.name, database: this.options.database }, work, rowsOf, (event) => {
      for (const listener of this.finishedListeners) listener(event);
    });
  }

  private openSession(config: Parameters<Driver['session']>[0]): Session {
    const session = this.driver.session(config);
    this.openSessions++;
    return session;
  }

  private async closeSession(session: Session): Promise<void> {
    this.openSessions--;
    await session.close();
  }

  private tell(mode: QueryEvent['mode'], statement: Statement, params: Params): void {
    for (const observer of this.observers) observer({ mode, name: statement.name, query: statement.text, params });
  }

  private run(mode: 'READ' | 'WRITE', statement: Statement, params: Params): Promise<Row[]> {
    this.tell(mode, statement, params);
    return this.observed(
      mode,
      statement,
      () => this.runLimited(mode, statement, params),
      (rows) => rows.length,
    );
  }

  private runLimited(mode: 'READ' | 'WRITE', statement: Statement, params: Params): Promise<Row[]> {
    const query = statement.text;
    // Read here, in the caller's async scope: the turn may start in another's.
    const metadata = transactionMetadata(statement.name);
    const { timeoutMs } = this.options;
    const queued = Date.now();
    // The slot is held until Neo4j really lets go of the statement, so a stuck Neo4j holds at
    // most NEO4J_MAX_CONCURRENCY connections; the caller is answered at the deadline regardless.
    const work = this.limit.run(async () => {
      const started = Date.now();
      // What is left of the deadline after waiting for a turn is the statement's own timeout.
      const remaining = Math.max(1, timeoutMs - (started - queued));
      try {
        if (mode === 'READ') return await this.readOnce(query, params, started, { timeout: remaining, metadata });
        const result = await this.driver.executeQuery(query, params, {
          database: this.options.database,
          routing: mode,
          transactionConfig: { timeout: remaining, metadata },
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
  private async readOnce(
    query: string,
    params: Params,
    started: number,
    config: { readonly timeout: number; readonly metadata: Record<string, string> },
  ): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.openSession({
        database: this.options.database,
        defaultAccessMode: 'READ',
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await session.run(query, params, config);
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        const elapsed = Date.now() - started;
        if (!isRetryableError(error) || elapsed + RETRY_DELAY_MS * attempt > READ_RETRY_MS) throw error;
      } finally {
        await this.closeSession(session);
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
