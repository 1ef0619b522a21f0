import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Reads a request body up to a limit. Past it, reading stops for good: the caller answers 413
 * with `Connection: close`, so the rest of an upload is never read, nor kept in memory.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = (): void => {
      request.removeAllListeners('data');
      request.pause();
      reject(new BodyTooLargeError(`request body is larger than ${limitBytes} bytes`));
    };
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limitBytes) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) tooLarge();
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
