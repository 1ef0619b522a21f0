import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import compression from 'compression';
import type { Viewer } from '../auth/authenticate';
import { withStatementOrigin } from '../db/statement-origin';
import { ErrorCode } from '../errors';
import type { GraphContext } from '../graphql/context';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics/metrics';
import { inOperationSpan, inRequestSpan } from '../tracing/spans';
import { applyCors, type CorsPolicy } from './apply-cors';
import { closeAfterAnswer } from './close-after-answer';
import { cacheControlFor, clientHasFresh, etagOf } from './http-caching';
import { isClientAbort } from './is-client-abort';
import { METRICS_PATH, serveMetrics } from './metrics-endpoint';
import { BodyTooLargeError, readBody } from './read-body';
import { routeOf } from './route-of';
import { sendJson } from './send-json';
import { isExplorerPath, serveExplorerAsset } from './static-assets';

export interface HandlerOptions {
  readonly apollo: ApolloServer<GraphContext>;
  /** Who is asking, from the Authorization header. */
  readonly authenticate: (authorization: string | undefined) => Viewer;
  readonly createContext: (requestId: string, viewer: Viewer) => GraphContext;
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
  /** Which browser origins may call the API, with which request headers. */
  readonly cors: CorsPolicy;
  /** HTTP_CACHE_MAX_AGE_SECONDS: the longest browsers and CDNs may keep a public GET answer. */
  readonly httpCacheMaxAgeSeconds: number;
  /** The built explorer (index.html and assets/), served under /explore; unset serves no explorer. */
  readonly explorerDir?: string;
  /** Counts refusals and the errors this handler sends by itself. */
  readonly metrics?: Metrics;
  /** Serve GET /metrics here, behind the token when there is one; unset: /metrics is not found. */
  readonly metricsEndpoint?: { readonly token: string | undefined };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Below about 1 kB compression saves less than it costs. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

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
  // gzip or brotli, whichever the client prefers, for answers above the threshold.
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
  return (request, response) => {
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () =>
      answer(request, response),
    );
  };

  function answer(request: IncomingMessage, response: ServerResponse): void {
    const requestId = headerValue(request.headers['x-request-id']) ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    // Every answer is JSON or a page of our own: none is to be sniffed into something else, and
    // API answers (errors above all) belong to one client at one moment, never to a cache.
    // The explorer's assets set their own caching over this.
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('cache-control', 'no-store');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (applyCors(request, response, options.cors)) return;
    const route = routeOf(url.pathname);
    const started = performance.now();
    void inRequestSpan(request, response, route, async () => {
      try {
        await handle(url, requestId);
      } catch (error) {
        failed(error, url, requestId);
      }
      options.logger.debug('request', {
        requestId,
        method: request.method,
        route,
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
      });
    });

    /** A GraphQL-shaped refusal of the handler's own, counted by its code like Apollo's errors. */
    function refuse(status: number, code: string, message: string, headers?: Readonly<Record<string, string>>): void {
      options.metrics?.errorSent(code);
      sendJson(response, status, { errors: [{ message, extensions: { code } }] }, headers);
    }

    function failed(error: unknown, url: URL, requestId: string): void {
      if (isClientAbort(error, request)) {
        options.logger.info('request aborted by the client', { requestId, path: url.pathname });
        response.destroy();
        return;
      }
      options.logger.error('request failed', { requestId, error: String((error as Error)?.stack ?? error) });
      if (!response.headersSent) refuse(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.');
      else {
        options.metrics?.errorSent(ErrorCode.INTERNAL_SERVER_ERROR);
        response.end();
      }
    }

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
      if (url.pathname === METRICS_PATH && options.metrics && options.metricsEndpoint) {
        await serveMetrics(request, response, options.metrics.registry, options.metricsEndpoint.token);
        return;
      }
      if (url.pathname !== GRAPHQL_PATH) {
        sendJson(response, 404, { error: `Not found. The GraphQL endpoint is ${GRAPHQL_PATH}.` });
        return;
      }
      const viewer = options.authenticate(headerValueRaw(request.headers.authorization));
      if (viewer.kind === 'invalid') {
        // A credential that does not check out is refused on every request, reads included, so a
        // mistyped or expired token is noticed rather than silently read as anonymous.
        refuse(401, ErrorCode.UNAUTHENTICATED, `Unauthenticated: ${viewer.reason}.`, {
          'www-authenticate': 'Bearer error="invalid_token"',
        });
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
          options.metrics?.limitRefused('body_bytes');
          refuse(413, 'PAYLOAD_TOO_LARGE', error.message);
          return;
        }
        // Only JSON is read. This is what keeps a cross-site HTML form (text/plain, urlencoded or
        // multipart, the bodies a browser sends without asking) from ever reaching a mutation.
        if (!isJsonContentType(request.headers['content-type'])) {
          refuse(415, 'BAD_REQUEST', 'A POST body must be JSON: send Content-Type: application/json.');
          return;
        }
        try {
          body = text.length > 0 ? JSON.parse(text) : {};
        } catch {
          refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
          return;
        }
      }
      if (options.serving && !options.serving()) {
        options.metrics?.errorSent(ErrorCode.SERVICE_UNAVAILABLE);
        sendJson(response, 200, UNAVAILABLE, { 'retry-after': '1' });
        return;
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // The statements this operation runs name it and the request in their transaction metadata.
      const origin = { requestId, operation: undefined };
      const result = await withStatementOrigin(origin, () =>
        inOperationSpan(() =>
          options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
            context: async () => options.createContext(requestId, viewer),
          }),
        ),
      );
      for (const [name, value] of result.headers) {
        // The response cache's Age counts from when an answer was stored, but its answers are never
        // stale (they are keyed by the graph's version): an Age past max-age would only make caches
        // outside throw fresh answers away.
        if (name !== 'age') response.setHeader(name, value);
      }
      const status = result.status ?? 200;
      response.statusCode = status;
      if (result.body.kind === 'complete') {
        const computed = result.body.string;
        const sent = boundedAnswer(computed, requestId);
        const cacheControl = cacheControlFor({
          method: request.method ?? 'GET',
          status,
          authenticated: viewer.kind === 'user',
          policy: result.headers.get('cache-control'),
          asComputed: sent === computed,
          maxAgeCap: options.httpCacheMaxAgeSeconds,
        });
        response.setHeader('cache-control', cacheControl);
        if (cacheControl !== 'no-store') {
          const etag = etagOf(sent);
          response.setHeader('etag', etag);
          if (clientHasFresh(request, etag)) {
            response.statusCode = 304;
            response.removeHeader('content-type');
            response.end();
            return;
          }
        }
        response.end(sent);
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
      options.metrics?.limitRefused('response_bytes');
      options.metrics?.errorSent(ErrorCode.RESPONSE_TOO_LARGE);
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
  }
}

function isJsonContentType(value: string | undefined): boolean {
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function headerValueRaw(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^[\w.-]{1,128}$/.test(text) ? text : undefined;
}
