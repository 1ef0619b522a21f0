import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What the handler knows about an answer once Apollo has built it. */
export interface AnsweredRequest {
  readonly method: string;
  readonly status: number;
  readonly authenticated: boolean;
  /** The Cache-Control Apollo's cache-control plugin computed from the operation's hints, if any. */
  readonly policy: string | undefined;
  /** False when the answer was replaced on the way out (the answer-size cap). */
  readonly asComputed: boolean;
  /** HTTP_CACHE_MAX_AGE_SECONDS: the longest any cache outside may keep an answer; 0: never. */
  readonly maxAgeCap: number;
}

/**
 * Who may keep a GraphQL answer and for how long. Only a GET can be kept by a browser or a CDN
 * (URLs are the cache key; POST bodies are not), only a 200 whose operation Apollo found cacheable,
 * and never one that carried errors (Apollo leaves those without a positive policy). An answer to
 * an authenticated request is the caller's own: browsers may keep it, shared caches may not.
 */
export function cacheControlFor(answer: AnsweredRequest): string {
  const maxAge = Math.min(answer.policy === undefined ? 0 : maxAgeOf(answer.policy), answer.maxAgeCap);
  if (answer.method !== 'GET' || answer.status !== 200 || !answer.asComputed || maxAge <= 0) return 'no-store';
  const privateHint = /\bprivate\b/i.test(answer.policy ?? '');
  return `${answer.authenticated || privateHint ? 'private' : 'public'}, max-age=${maxAge}`;
}

/** A weak validator: the same answer compressed or not is the same representation to a client. */
export function etagOf(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the client already holds this answer (If-None-Match lists its ETag or `*`). */
export function clientHasFresh(request: IncomingMessage, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  const bare = etag.replace(/^W\//, '');
  return tags.some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare);
}

function maxAgeOf(policy: string): number {
  const match = /\bmax-age=(\d+)/i.exec(policy);
  return match?.[1] ? Number(match[1]) : 0;
}
