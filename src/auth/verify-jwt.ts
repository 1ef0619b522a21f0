import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from '../config';

export type JwtResult =
  | { readonly kind: 'user'; readonly subject: string; readonly role: Role }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Seconds of clock difference between the issuer and us accepted on iat and nbf. */
const CLOCK_SKEW_S = 30;
/** A subject is stored as the author of curated writes: a short, plain name, never markup. */
const SUBJECT = /^[A-Za-z0-9._@+|:-]{1,128}$/;

/**
 * Checks an HS256 JWT: the signature, `exp` (required, and at most `maxLifetimeS` after `iat`
 * and after now), `nbf` and `iat` when present, a plain `sub` and a `role` of reader or curator.
 */
export function verifyJwt(token: string, secret: string, now: number, maxLifetimeS: number): JwtResult {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  // Only HS256: accepting the header's choice of algorithm is the classic JWT forgery.
  if (decoded(header)?.alg !== 'HS256') return invalid('the JWT must be signed with HS256');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  if (!safeEqual(signature, expected)) return invalid('the JWT signature does not match');
  const claims = decoded(payload);
  if (!claims) return invalid('the JWT payload is not JSON');
  const nowS = now / 1000;
  const { exp, nbf, iat } = claims;
  if (!isNumber(exp)) return invalid('the JWT must have a numeric exp claim');
  if (exp <= nowS) return invalid('the JWT has expired');
  if (iat !== undefined && !isNumber(iat)) return invalid('the JWT iat claim must be a number');
  if (nbf !== undefined && !isNumber(nbf)) return invalid('the JWT nbf claim must be a number');
  if (isNumber(iat) && iat > nowS + CLOCK_SKEW_S) return invalid('the JWT was issued in the future');
  if (isNumber(nbf) && nbf > nowS + CLOCK_SKEW_S) return invalid('the JWT is not valid yet');
  // A token that lives for ever is a password that cannot be changed: its life is bounded from
  // when it was issued and, for tokens without iat, from now.
  if (exp - Math.min(isNumber(iat) ? iat : nowS, nowS) > maxLifetimeS + CLOCK_SKEW_S) {
    return invalid(`the JWT lives longer than ${maxLifetimeS} s`);
  }
  const { role, sub } = claims;
  if (role !== 'reader' && role !== 'curator') return invalid('the JWT needs a role claim of reader or curator');
  if (typeof sub !== 'string' || !SUBJECT.test(sub)) {
    return invalid('the JWT sub claim must be 1–128 letters, digits or ._@+|:-');
  }
  return { kind: 'user', subject: sub, role };
}

/** Signs an HS256 token; for operators minting curator tokens and for tests. */
export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const invalid = (reason: string): JwtResult => ({ kind: 'invalid', reason });
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function decoded(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
