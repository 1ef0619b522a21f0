import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { GraphContext } from '../graphql/context';
import type { Logger } from '../logger';
import { applyCors } from './apply-cors';
import { closeAfterAnswer } from './close-after-answer';
import { isClientAbort } from './is-client-abort';
import { BodyTooLargeError, readBody } from './read-body';
import { sendJson } from './send-json';
import { isExplorerPath, serveExplorerAsset } from './static-assets';

export interface HandlerOptions {
  readonly apollo: ApolloServer<GraphContext>;
  readonly createContext: (requestId: string, authorization: string | undefined) => GraphContext;
  readonly ready: () => Promise<boolean>;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  /** Answers larger than this are replaced by a RESPONSE_TOO_LARGE error: the last line behind the cost limit. */
  readonly responseLimitBytes?: number;
  /**
   * False while the database is down or its plans are being compiled again after an outage:
   * GraphQL requests are then refused at once with SERVICE_UNAVAILABLE instead of piling up.
   */
  readonly serving?: () => boolean;
  /** Browser origins allowed to call the API; '*' allows any. */
  readonly corsOrigins?: readonly string[];
  /** The built explorer (index.html and assets/), served under /explore; unset serves no explorer. */
  readonly explorerDir?: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const GRAPHQL_PATH = '/graphql';

const UNAVAILABLE = {
  errors: [
    {
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    },
  ],
};

/** Adapts Node's HTTP server to Apollo Server's core; also serves the health checks. */
export function createRequestHandler(options: HandlerOptions): Handler {
  return (request, response) => {
    const requestId = headerValue(request.headers['x-request-id']) ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    // Every answer is JSON or a page of our own: none is to be sniffed into something else, and
    // API answers (errors above all) belong to one client at one moment, never to a cache.
    // The explorer's assets set their own caching over this.
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('cache-control', 'no-store');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (applyCors(request, response, options.corsOrigins ?? [])) return;
    handle(url, requestId).catch((error: unknown) => {
      if (isClientAbort(error, request)) {
        options.logger.info('request aborted by the client', { requestId, path: url.pathname });
        response.destroy();
        return;
      }
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
          if (!(error instanceof BodyTooLargeError)) throw error;
          // The rest of the upload is never read: the connection ends with this answer.
          closeAfterAnswer(response);
          sendJson(response, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
          return;
        }
        const isJson = (request.headers['content-type'] ?? '').toLowerCase().includes('json');
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
      if (options.serving && !options.serving()) {
        sendJson(response, 200, UNAVAILABLE, { 'retry-after': '1' });
        return;
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
        response.end(boundedAnswer(result.body.string, requestId));
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }

    function boundedAnswer(answer: string, requestId: string): string {
      const limit = options.responseLimitBytes;
      if (limit === undefined || answer.length <= limit / 4) return answer;
      const bytes = Buffer.byteLength(answer);
      if (bytes <= limit) return answer;
      options.logger.warn('answer too large', { requestId, bytes, limit });
      return JSON.stringify({
        data: null,
        errors: [
          {
            message: `The answer would be ${bytes} bytes, more than the ${limit} this server sends; ask for fewer fields or smaller pages.`,
            extensions: { code: ErrorCode.RESPONSE_TOO_LARGE },
          },
        ],
      });
    }
  };
}

function headerValueRaw(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^[\w.-]{1,128}$/.test(text) ? text : undefined;
}
