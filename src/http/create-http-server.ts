import { createServer, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ServerLimits {
  /** Time a client has to send a request's headers (and, on a new connection, its first byte). */
  readonly headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included; a slower one gets 408. */
  readonly requestTimeoutMs: number;
  /** How long a kept-alive connection may sit idle between requests. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at most; one more is answered 503 and closed. */
  readonly maxConnections: number;
}

/** What a connection past the cap is told before it is closed: a refusal a client can read. */
const REFUSAL = Buffer.from(
  [
    'HTTP/1.1 503 Service Unavailable',
    'content-type: application/json; charset=utf-8',
    'x-content-type-options: nosniff',
    'cache-control: no-store',
    'retry-after: 1',
    'connection: close',
    '',
    '{"errors":[{"message":"Too many open connections; try again shortly.","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}',
  ].join('\r\n'),
);

/**
 * A Node HTTP server that an adversary cannot tie up with slow or idle connections: headers and
 * whole requests have deadlines (checked every second, not Node's default 30), a connection that
 * never sends a byte is closed when its headers would be late, idle keep-alive connections are
 * closed, and connections past the cap are refused with a 503 (and `onRefuse` told, for metrics).
 * `main.ts` serves the app with it; embedders can too.
 */
export function createHttpServer(listener: RequestListener, limits: ServerLimits, onRefuse?: () => void): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    listener,
  );
  // A client may half-close once its request is sent (a shell's `nc -N`, many raw-socket
  // clients). Node's default answers that FIN by ending the socket at once, so any answer that
  // waits on Neo4j was lost; with half-open allowed the answer goes out and then the socket ends.
  // The switch is a long-standing property of Node's http.Server that its typings leave out.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      onRefuse?.();
      // Destroyed a moment later rather than at once: closing on unread input resets the
      // connection, and the client would lose the refusal.
      socket.end(REFUSAL);
      setTimeout(() => socket.destroy(), 1_000).unref();
      return;
    }
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    // Node's header deadline starts with the first byte; until then an idle socket is only this
    // inactivity timer, which Node's own 'timeout' handling turns into a close.
    socket.setTimeout(limits.headersTimeoutMs);
  });
  // Once a request has arrived, Node's request deadline and keep-alive timer take over.
  server.on('request', (request: { socket: Socket }) => request.socket.setTimeout(0));
  return server;
}
