import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigError } from '../config';

export type NextFunction = (error?: unknown) => void;

/** A Node request listener that is also Express/Connect-style middleware. */
export type MountableHandler = (request: IncomingMessage, response: ServerResponse, next?: NextFunction) => void;

/**
 * Serves `handler` under `basePath` ("/kg" → /kg/graphql, /kg/health) with the prefix taken off
 * the URL, as Express does for a mounted app. Other paths go to `next`, or get a 404 without one,
 * so a plain `http.createServer` host can put its own routes around it.
 */
export function mountAt(basePath: string | undefined, handler: MountableHandler): MountableHandler {
  const base = normaliseBasePath(basePath);
  if (base === '') return handler;
  return (request, response, next) => {
    const url = request.url ?? '/';
    const queryAt = url.search(/[?#]/);
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (path !== base && !path.startsWith(`${base}/`)) {
      if (next) return next();
      response.statusCode = 404;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ error: `Not found. The GraphQL endpoint is ${base}/graphql.` }));
      return;
    }
    request.url = (path.slice(base.length) || '/') + (queryAt === -1 ? '' : url.slice(queryAt));
    handler(request, response, next);
  };
}

/** "/kg", "kg/" and "/kg/" all mean "/kg"; "" and "/" mean the root. */
export function normaliseBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  const segments = trimmed.split('/');
  if (segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || /^\.+$/.test(segment))) {
    throw new ConfigError(`Invalid configuration: basePath "${basePath}" must be a URL path such as /kg`);
  }
  return `/${trimmed}`;
}
