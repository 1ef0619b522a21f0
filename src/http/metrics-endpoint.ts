import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { sendJson } from './send-json';

export const METRICS_PATH = '/metrics';

/**
 * Answers a scrape in Prometheus's text format; with a token, only to `Authorization: Bearer
 * <token>` (compared in constant time) and 401 otherwise.
 */
export async function serveMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  registry: Registry,
  token: string | undefined,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, { error: 'Use GET for /metrics.' }, { allow: 'GET, HEAD' });
    return;
  }
  if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
    sendJson(response, 401, { error: 'Send Authorization: Bearer <METRICS_TOKEN>.' }, { 'www-authenticate': 'Bearer' });
    return;
  }
  const text = await registry.metrics();
  response.statusCode = 200;
  response.setHeader('content-type', registry.contentType);
  response.end(request.method === 'HEAD' ? undefined : text);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (given === undefined) return false;
  // Digests of equal length, so neither the comparison nor its length leaks the token.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}
