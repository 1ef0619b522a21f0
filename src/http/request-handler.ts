import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphContext } from '../graphql/context';
import type { Logger } from '../logger';
import { BodyTooLargeError, readBody } from './read-body';
import { isExplorerPath, serveExplorerAsset } from './static-assets';

export interface HandlerOptions {
  readonly apollo: ApolloServer<GraphContext>;
  readonly createContext: (requestId: string, authorization: string | undefined) => GraphContext;
  readonly ready: () => Promise<boolean>;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  /** Browser origins allowed to call the API; '*' allows any. */
  readonly corsOrigins?: readonly string[];
  /** The built explorer (index.html and assets/), served under /explore; unset serves no explorer. */
  readonly explorerDir?: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const GRAPHQL_PATH = '/graphql';

/** Adapts Node's HTTP server to Apollo Server's core; also serves the health checks. */
export function createRequestHandler(options: HandlerOptions): Handler {
  return (request, response) => {
    const requestId = headerValue(request.headers['x-request-id']) ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (applyCors(request, response, options.corsOrigins ?? [])) return;
    handle(url, requestId).catch((error: unknown) => {
      options.logger.error('request failed', { requestId, error: String((error as Error)?.stack ?? error) });
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else response.end();
    });

    async function handle(url: URL, requestId: string): Promise<void> {
      if (url.pathname === '/health' || url.pathname === '/health/ready') {
        const up = await options.ready();
        sendJson(response, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
        return;
      }
      if (url.pathname === '/health/live') {
        sendJson(response, 200, { status: 'ok' });
        return;
      }
      if (options.explorerDir !== undefined && isExplorerPath(url.pathname)) {
        await serveExplorerAsset(request, response, url.pathname, options.explorerDir);
        return;
      }
      if (url.pathname !== GRAPHQL_PATH) {
        sendJson(response, 404, { error: `Not found. The GraphQL endpoint is ${GRAPHQL_PATH}.` });
        return;
      }
      let body: unknown;
      if (request.method === 'POST') {
        let text: string;
        try {
          text = await readBody(request, options.bodyLimitBytes);
        } catch (error) {
          if (error instanceof BodyTooLargeError) {
            sendJson(response, 413, {
              errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
            });
            return;
          }
          throw error;
        }
        const isJson = (request.headers['content-type'] ?? '').includes('json');
        if (isJson) {
          try {
            body = text.length > 0 ? JSON.parse(text) : {};
          } catch {
            sendJson(response, 400, {
              errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
            });
            return;
          }
        } else {
          body = text;
        }
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: async () => options.createContext(requestId, headerValueRaw(request.headers.authorization)),
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  };
}

/**
 * Answers a CORS preflight itself (returns true) or adds the allow header to a normal response.
 * Only listed origins get it; CSRF prevention still guards the rest.
 */
function applyCors(request: IncomingMessage, response: ServerResponse, origins: readonly string[]): boolean {
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

function headerValueRaw(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^[\w.-]{1,128}$/.test(text) ? text : undefined;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
