import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

export type StatementOutcome = 'ok' | 'timeout' | 'unavailable' | 'error';

/** What the executor tells its listeners when a statement has answered or failed. */
export interface StatementFinished {
  readonly mode: 'READ' | 'WRITE';
  readonly name: string;
  /** From the call to the answer, the wait for a turn included. */
  readonly seconds: number;
  readonly rows: number | undefined;
  readonly outcome: StatementOutcome;
}

/**
 * A proxy until a tracer provider is registered (src/tracing), and the API's no-op tracer while
 * none is: spans then cost a call and an object each.
 */
const tracer = trace.getTracer('big-city-graph');

/**
 * Runs one statement inside a client span named after it (statement name, database, rows) and
 * reports its duration and outcome to `finished`.
 */
export async function observeStatement<T>(
  statement: { readonly mode: 'READ' | 'WRITE'; readonly name: string; readonly database: string },
  work: () => Promise<T>,
  rowsOf: (result: T) => number | undefined,
  finished: (event: StatementFinished) => void,
): Promise<T> {
  const { mode, name, database } = statement;
  const span = tracer.startSpan(`neo4j ${name}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system': 'neo4j', 'db.namespace': database, 'db.operation.name': name, 'db.neo4j.mode': mode },
  });
  const started = performance.now();
  const report = (outcome: StatementOutcome, rows: number | undefined): void =>
    finished({ mode, name, seconds: (performance.now() - started) / 1000, rows, outcome });
  try {
    const result = await work();
    const rows = rowsOf(result);
    if (rows !== undefined) span.setAttribute('db.response.returned_rows', rows);
    report('ok', rows);
    return result;
  } catch (error) {
    const outcome = outcomeOf(error);
    span.setAttribute('error.type', outcome);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    report(outcome, undefined);
    throw error;
  } finally {
    span.end();
  }
}

function outcomeOf(error: unknown): StatementOutcome {
  if (error instanceof QueryTimeoutError) return 'timeout';
  if (error instanceof DatabaseUnavailableError) return 'unavailable';
  return 'error';
}
