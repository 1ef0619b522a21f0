import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuthConfig, Role } from '../config';

/** Who is asking: nobody in particular, someone with a role, or someone whose credentials did not check out. */
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
    if (safeEqual(token, apiKey.key)) return { kind: 'user', name: apiKey.name, role: apiKey.role };
  }
  if (config.jwtSecret && token.split('.').length === 3) return verifyJwt(token, config.jwtSecret, now);
  return { kind: 'invalid', reason: 'the token is not a known API key or a valid JWT' };
}

function verifyJwt(token: string, secret: string, now: number): Viewer {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const decoded = (part: string): Record<string, unknown> | undefined => {
    try {
      const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  // Only HS256: accepting the header's choice of algorithm is the classic JWT forgery.
  if (decoded(header)?.alg !== 'HS256') return { kind: 'invalid', reason: 'the JWT must be signed with HS256' };
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  if (!safeEqual(signature, expected)) return { kind: 'invalid', reason: 'the JWT signature does not match' };
  const claims = decoded(payload);
  if (!claims) return { kind: 'invalid', reason: 'the JWT payload is not JSON' };
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now)
    return { kind: 'invalid', reason: 'the JWT has expired' };
  if (typeof claims.nbf === 'number' && claims.nbf * 1000 > now)
    return { kind: 'invalid', reason: 'the JWT is not valid yet' };
  const role = claims.role;
  if (role !== 'reader' && role !== 'curator')
    return { kind: 'invalid', reason: 'the JWT needs a role claim of reader or curator' };
  const name = typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : 'jwt';
  return { kind: 'user', name, role };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Signs an HS256 token; for operators minting curator tokens and for tests. */
export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
