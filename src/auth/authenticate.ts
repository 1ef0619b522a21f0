import type { AuthConfig, Role } from '../config';
import { safeEqual, verifyJwt } from './verify-jwt';

export { signJwt } from './verify-jwt';

/**
 * Who is asking: nobody in particular, someone with a role, or someone whose credentials did not
 * check out. A user's name says how they authenticated (`key:alice`, `jwt:alice`): it is what
 * curated writes record as their author, and an API key and a JWT subject of the same name are
 * different people.
 */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'user'; readonly name: string; readonly role: Role }
  | { readonly kind: 'invalid'; readonly reason: string };

const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** Reads `Authorization: Bearer <token>`: an API key from configuration, or an HS256 JWT with a `role` claim. */
export function authenticate(header: string | undefined, config: AuthConfig, now = Date.now()): Viewer {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <token>"' };
  const token = match[1];
  for (const apiKey of config.apiKeys) {
    if (safeEqual(token, apiKey.key)) return { kind: 'user', name: `key:${apiKey.name}`, role: apiKey.role };
  }
  if (config.jwtSecret && token.split('.').length === 3) {
    const result = verifyJwt(token, config.jwtSecret, now, config.jwtMaxLifetimeSeconds);
    return result.kind === 'user' ? { kind: 'user', name: `jwt:${result.subject}`, role: result.role } : result;
  }
  return { kind: 'invalid', reason: 'the token is not a known API key or a valid JWT' };
}
