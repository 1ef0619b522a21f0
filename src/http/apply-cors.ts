import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answers a CORS preflight itself (returns true) or adds the allow header to a normal response.
 * Only listed origins get it; CSRF prevention still guards the rest.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, origins: readonly string[]): boolean {
  const origin = request.headers.origin;
  const allowed = origin !== undefined && (origins.includes('*') || origins.includes(origin));
  if (allowed) {
    response.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
    response.setHeader('vary', 'origin');
  }
  if (request.method !== 'OPTIONS') return false;
  if (allowed) {
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader(
      'access-control-allow-headers',
      'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id',
    );
    response.setHeader('access-control-max-age', '600');
  }
  response.statusCode = allowed ? 204 : 403;
  response.end();
  return true;
}
