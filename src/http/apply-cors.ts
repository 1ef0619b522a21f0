import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Request headers a browser may send cross-origin unless CORS_ALLOWED_HEADERS says otherwise:
 * ours, Apollo Client's (CSRF, client awareness), W3C trace context with OpenTelemetry's baggage,
 * and Sentry's tracing headers.
 */
export const DEFAULT_CORS_ALLOWED_HEADERS: readonly string[] = [
  'content-type',
  'authorization',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'traceparent',
  'tracestate',
  'baggage',
  'sentry-trace',
];

/** Response headers a page may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = 'x-request-id, etag';

export interface CorsPolicy {
  /** Browser origins allowed to call the API; '*' allows any. */
  readonly origins: readonly string[];
  readonly allowedHeaders: readonly string[];
}

/**
 * Answers a CORS preflight itself (returns true) or adds the allow headers to a normal response.
 * Only listed origins get them.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, policy: CorsPolicy): boolean {
  const origin = request.headers.origin;
  const anyOrigin = policy.origins.includes('*');
  const allowed = origin !== undefined && (anyOrigin || policy.origins.includes(origin));
  // Caches must keep one answer per origin when the allow header depends on it.
  if (!anyOrigin) response.setHeader('vary', 'origin');
  if (allowed) {
    response.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
    response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  if (request.method !== 'OPTIONS') return false;
  if (allowed) {
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-allow-headers', policy.allowedHeaders.join(', '));
    response.setHeader('access-control-max-age', '600');
  }
  response.statusCode = allowed ? 204 : 403;
  response.end();
  return true;
}
