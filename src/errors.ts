import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The one list of error codes clients can rely on (in errors[].extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
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
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
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
 * Keeps client-facing errors to a message and a code: anything not written for the client
 * (a driver error, a bug) becomes a generic message, and the original goes to the log.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: { exposeDetails: boolean },
): GraphQLFormattedError {
  const cause = causeOf(original);
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
