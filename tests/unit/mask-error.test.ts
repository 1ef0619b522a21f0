import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, maskError, QueryTimeoutError } from '../../src/errors';

/** What clients see of an error: a message written for them and a code, never the internals. */
const formatted = {
  message: 'Neo.ClientError.Statement.SyntaxError: MATCH (n) …',
  path: ['works'],
  locations: [{ line: 1, column: 3 }],
};
const wrapped = (original: Error) => new GraphQLError(formatted.message, { originalError: original });

test.each([
  [
    new DatabaseUnavailableError('connection refused'),
    'SERVICE_UNAVAILABLE',
    'The graph database is unavailable; try again shortly.',
  ],
  [new QueryTimeoutError('terminated'), 'TIMEOUT', 'The query took too long and was stopped.'],
])('a %p becomes %s with a message of our own', (cause, code, message) => {
  expect(maskError(formatted, wrapped(cause), { exposeDetails: true })).toEqual({
    message,
    path: ['works'],
    locations: [{ line: 1, column: 3 }],
    extensions: { code },
  });
});

test('an unexpected error is "Unexpected error." in production, its message in development, and never its stack', () => {
  const original = wrapped(new Error(formatted.message));
  expect(maskError(formatted, original, { exposeDetails: false })).toEqual({
    message: 'Unexpected error.',
    path: ['works'],
    locations: [{ line: 1, column: 3 }],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  expect(maskError({ ...formatted, extensions: { stacktrace: ['at x'] } }, original, { exposeDetails: true })).toEqual({
    message: formatted.message,
    path: ['works'],
    locations: [{ line: 1, column: 3 }],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
});

test('errors written for the client keep their message and code', () => {
  const client = {
    message: 'Argument "first": must be at most 100',
    extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
  };
  expect(maskError(client, new GraphQLError(client.message), { exposeDetails: false })).toBe(client);
});
