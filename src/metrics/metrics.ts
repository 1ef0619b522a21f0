import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ExecutorLoad, StatementFinished } from '../db/executor';

/** The limits whose refusals are counted, one label value each. */
export type LimitName =
  'depth' | 'aliases' | 'directives' | 'cost' | 'tokens' | 'body_bytes' | 'response_bytes' | 'connections';

export type OperationOutcome = 'ok' | 'partial' | 'error';

export interface OperationFinished {
  /** The operation's name as the client gave it, "anonymous", or "unparsed" when it never got that far. */
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription' | 'unknown';
  readonly outcome: OperationOutcome;
  readonly seconds: number;
}

/**
 * What the rest of the server reports. Each app owns one (and its own prom-client Registry), so
 * several apps in one process, tests above all, never add into each other's counts.
 */
export interface Metrics {
  readonly registry: Registry;
  operationFinished(operation: OperationFinished): void;
  /** One error sent to a client, by its extensions.code. */
  errorSent(code: string): void;
  limitRefused(limit: LimitName): void;
  /** A response cache's lookups: bcg_response_cache_requests_total{result="hit|miss"}. */
  cacheHit(): void;
  cacheMiss(): void;
  statementFinished(statement: StatementFinished): void;
}

export interface MetricSources {
  /** The executor's statements in flight and sessions open, read at each scrape. */
  readonly load?: () => ExecutorLoad;
  /** What /health/ready would answer without asking Neo4j: 1 serving, 0 refusing. */
  readonly serving?: () => boolean;
}

/** Operation names are the client's to choose: past this many distinct ones, the rest count as "other". */
export const MAX_OPERATION_NAMES = 200;

const STATEMENT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const OPERATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(sources: MetricSources = {}): Metrics {
  const registry = new Registry();
  // process_* and nodejs_* (event-loop lag, heap, GC, handles) under their usual names, so
  // existing Node.js dashboards read them.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const operations = new Histogram({
    name: 'bcg_graphql_operation_duration_seconds',
    help: 'GraphQL operations from request to answer, by operation name, type and outcome (ok, partial, error).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: OPERATION_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'bcg_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });
  const refusals = new Counter({
    name: 'bcg_limit_refusals_total',
    help: 'Requests refused by a limit: depth, aliases, directives, cost, tokens, body_bytes, response_bytes, connections.',
    labelNames: ['limit'] as const,
    registers,
  });
  const cache = new Counter({
    name: 'bcg_response_cache_requests_total',
    help: 'Response cache lookups, by result (hit or miss).',
    labelNames: ['result'] as const,
    registers,
  });
  // Present from the first scrape, so rate() and alerts see a zero rather than no series.
  cache.inc({ result: 'hit' }, 0);
  cache.inc({ result: 'miss' }, 0);
  const statements = new Histogram({
    name: 'bcg_neo4j_statement_duration_seconds',
    help: 'Neo4j statements from call to answer (the wait for a turn included), by statement name, mode and outcome.',
    labelNames: ['statement', 'mode', 'outcome'] as const,
    buckets: STATEMENT_BUCKETS,
    registers,
  });
  const load = sources.load;
  if (load) {
    const gauge = (name: string, help: string, read: (now: ExecutorLoad) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read(load()));
        },
      });
    gauge('bcg_neo4j_statements_running', 'Statements holding a turn of NEO4J_MAX_CONCURRENCY.', (now) => now.running);
    gauge(
      'bcg_neo4j_statements_waiting',
      'Statements queued for a turn (the concurrency limit).',
      (now) => now.waiting,
    );
    gauge(
      'bcg_neo4j_sessions_in_use',
      'Driver sessions open, each holding a pooled connection (counted by the executor: the driver does not expose its pool).',
      (now) => now.sessions,
    );
  }
  const serving = sources.serving;
  if (serving) {
    new Gauge({
      name: 'bcg_ready',
      help: '1 while the server serves GraphQL (Neo4j up and warmed up), 0 while it refuses with SERVICE_UNAVAILABLE.',
      registers,
      collect() {
        this.set(serving() ? 1 : 0);
      },
    });
  }
  const names = new Set<string>();
  const operationLabel = (name: string): string => {
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    registry,
    operationFinished: ({ name, type, outcome, seconds }) =>
      operations.observe({ operation: operationLabel(name), type, outcome }, seconds),
    errorSent: (code) => errors.inc({ code }),
    limitRefused: (limit) => refusals.inc({ limit }),
    cacheHit: () => cache.inc({ result: 'hit' }),
    cacheMiss: () => cache.inc({ result: 'miss' }),
    statementFinished: ({ name, mode, outcome, seconds }) =>
      statements.observe({ statement: name, mode, outcome }, seconds),
  };
}
