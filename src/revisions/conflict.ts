import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** A write that cannot be applied to the graph as it now stands: the client can resolve it, so it is theirs to see. */
export function conflict(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.CONFLICT, argument },
  });
}
