import type { IncomingMessage } from 'node:http';

/**
 * A client that hung up mid-request (a dropped upload, a closed tab) is its own business, not a
 * fault of ours: Node reports it as an "aborted" ECONNRESET on the request.
 */
export function isClientAbort(error: unknown, request: IncomingMessage): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || (request.destroyed && !request.complete);
}
