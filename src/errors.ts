import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { tidyErrorMessage } from './tidy-error-message';

/** The one list of error codes clients can rely on (in errors[].extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  /** The answer would exceed MAX_RESPONSE_BYTES: the last line behind the cost limit. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Errors whose message is written for the client and may be shown as it is. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.CONFLICT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.TIMEOUT,
  ErrorCode.RESPONSE_TOO_LARGE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Raised by the data layer; the GraphQL layer turns it into a coded error. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

/**
 * Apollo raises these two persisted-query errors without a code (so they would read as our own
 * 500s); the message is all that tells them apart.
 */
const PERSISTED_QUERY_ERRORS: Readonly<Record<string, string>> = {
  'provided sha does not match query': 'PERSISTED_QUERY_HASH_MISMATCH',
  'Unsupported persisted query version': 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
};

/**
 * Keeps client-facing errors to a message and a code: anything not written for the client
 * (a driver error, a bug) becomes a generic message, and the original goes to the log. Every
 * message quotes at most a bounded part of an input, and production names no suggestions.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: { exposeDetails: boolean },
): GraphQLFormattedError {
  const masked = maskedError(formatted, original, options);
  const message = tidyErrorMessage(masked.message, { hideSuggestions: !options.exposeDetails });
  return message === masked.message ? masked : { ...masked, message };
}

function maskedError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: { exposeDetails: boolean },
): GraphQLFormattedError {
  const cause = causeOf(original);
  const persisted = original instanceof GraphQLError ? PERSISTED_QUERY_ERRORS[original.message] : undefined;
  if (persisted && original instanceof GraphQLError && original.extensions.code === undefined) {
    return { message: original.message, extensions: { code: persisted } };
  }
  if (cause instanceof DatabaseUnavailableError) {
    return coded(formatted, ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
  }
  if (cause instanceof QueryTimeoutError) {
    return coded(formatted, ErrorCode.TIMEOUT, 'The query took too long and was stopped.');
  }
  if (isClientError(formatted.extensions?.code)) return formatted;
  if (options.exposeDetails) return coded(formatted, ErrorCode.INTERNAL_SERVER_ERROR, formatted.message);
  return coded(formatted, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.');
}

/** Errors the client caused or must be told about as such; anything else is ours and belongs in the log. */
export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

/** The error a resolver threw, behind the GraphQLError that wraps it. */
export function causeOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

function coded(formatted: GraphQLFormattedError, code: ErrorCode, message: string): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
}
