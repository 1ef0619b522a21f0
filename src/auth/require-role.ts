import { GraphQLError } from 'graphql';
import type { Role } from '../config';
import { ErrorCode } from '../errors';
import type { Viewer } from './authenticate';

/** The viewer, if they hold the role; otherwise UNAUTHENTICATED (no or bad credentials) or FORBIDDEN. */
export function requireRole(viewer: Viewer, role: Role): { name: string; role: Role } {
  if (viewer.kind === 'anonymous') {
    throw new GraphQLError('Writing needs a curator token: send Authorization: Bearer <token>.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  if (viewer.kind === 'invalid') {
    throw new GraphQLError(`Not authenticated: ${viewer.reason}.`, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (viewer.role !== role) {
    throw new GraphQLError(`This needs the ${role} role; your token has the ${viewer.role} role.`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  return viewer;
}
