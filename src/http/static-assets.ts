import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Where the explorer is served: the page at /explore (and /explore/), its files below it. */
export const EXPLORER_PATH = '/explore';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page may load only its own files and talk only to this server. Cytoscape adds one small
 * <style> element at run time, hence the inline styles.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Vite names every file under assets/ after a hash of its content, so those never change. */
const HASHED_PREFIX = `assets${sep}`;

export function isExplorerPath(pathname: string): boolean {
  return pathname === EXPLORER_PATH || pathname.startsWith(`${EXPLORER_PATH}/`);
}

/**
 * Serves the built explorer from `root`: GET and HEAD only, the page for /explore and /explore/
 * (whatever the query string), files below it with their content type, nothing outside `root`.
 */
export async function serveExplorerAsset(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  root: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed: the explorer is read with GET or HEAD.');
  }
  const base = resolve(root);
  const page = join(base, 'index.html');
  if (!(await fileStats(page))) {
    return sendText(
      response,
      503,
      'The explorer has not been built. Run `npm run build` (or `npm run build:explorer`) and reload.',
    );
  }
  const relative = relativeFilePath(pathname);
  if (relative === undefined) return sendText(response, 404, 'Not found.');
  const file = relative === '' ? page : resolve(base, relative);
  // Refuses anything that resolves outside the built folder ("..", encoded or not) and dotfiles.
  if (
    file !== page &&
    (!file.startsWith(`${base}${sep}`) || relative.split('/').some((part) => part.startsWith('.')))
  ) {
    return sendText(response, 404, 'Not found.');
  }
  const stats = await fileStats(file);
  if (!stats) return sendText(response, 404, 'Not found.');
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.statusCode = 200;
  response.setHeader('content-type', type);
  response.setHeader('content-length', stats.size);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader(
    'cache-control',
    file.startsWith(join(base, HASHED_PREFIX)) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (type.startsWith('text/html')) {
    response.setHeader('content-security-policy', PAGE_POLICY);
    response.setHeader('referrer-policy', 'no-referrer');
  }
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(file), response).catch((error: unknown) => {
    // A reader who leaves mid-download is not a server error.
    if (!response.destroyed) throw error;
  });
}

/** The file path below /explore/, '' for the page itself, undefined when it cannot name a file. */
function relativeFilePath(pathname: string): string | undefined {
  const rest = pathname.slice(EXPLORER_PATH.length).replace(/^\/+/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  return decoded === 'index.html' ? '' : decoded;
}

async function fileStats(path: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(text);
}
