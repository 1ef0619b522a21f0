import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

/**
 * The driver's failures as the two the API tells clients about, or the error as it was (a bug,
 * a constraint). `elapsedMs` and `timeoutMs` tell a statement stopped by its own timeout from one
 * stopped by a database going away.
 */
export function translateDriverError(error: unknown, elapsedMs = Infinity, timeoutMs = 0): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // Transient failures (a database stopping, a lost connection) mean "try again later", even
  // when they surface as a terminated transaction; only the client's own timeout is a timeout.
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || isRetryableError(error)) {
    return new DatabaseUnavailableError(error.message, { cause: error });
  }
  // The pool had no connection to give within connectionAcquisitionTimeout: every connection is
  // busy or stuck on a Neo4j that does not answer (the driver gives this no code of its own).
  if (/^Connection acquisition timed out/.test(error.message)) {
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
