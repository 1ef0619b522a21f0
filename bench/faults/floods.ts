import { connect, type Socket } from 'node:net';

/** What a flood did to the server: how its connections ended. */
export interface FloodResult {
  readonly opened: number;
  /** Answered with this status line's code before the server closed them (503 over the cap, 408 too slow…). */
  readonly answered: Record<string, number>;
  /** Closed by the server before the flood gave up on them. */
  readonly closedByServer: number;
  /** Still open when the flood ended them itself. */
  readonly stillOpen: number;
}

/**
 * `count` connections to 127.0.0.1:`port` held for `seconds`: idle ones send nothing, slow ones
 * send a request whose 100-byte body comes one byte a second. Bounded in count and time.
 */
export async function connectionFlood(
  port: number,
  kind: 'idle' | 'slow',
  count: number,
  seconds: number,
): Promise<FloodResult> {
  const sockets: Array<{ socket: Socket; status?: string; closed: boolean }> = [];
  for (let i = 0; i < count; i++) {
    const entry: { socket: Socket; status?: string; closed: boolean } = {
      socket: connect(port, '127.0.0.1'),
      closed: false,
    };
    entry.socket.on('error', () => undefined);
    entry.socket.on('data', (chunk: Buffer) => (entry.status ??= /^HTTP\/1\.1 (\d{3})/.exec(chunk.toString())?.[1]));
    entry.socket.on('close', () => (entry.closed = true));
    if (kind === 'slow') {
      entry.socket.write(
        'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n',
      );
    }
    sockets.push(entry);
  }
  const drip =
    kind === 'slow' ? setInterval(() => sockets.forEach((s) => s.closed || s.socket.write('x')), 1_000) : undefined;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1_000));
  clearInterval(drip);
  const answered: Record<string, number> = {};
  for (const s of sockets) if (s.status) answered[s.status] = (answered[s.status] ?? 0) + 1;
  const result = {
    opened: count,
    answered,
    closedByServer: sockets.filter((s) => s.closed).length,
    stillOpen: sockets.filter((s) => !s.closed).length,
  };
  sockets.forEach((s) => s.socket.destroy());
  return result;
}

/** The adversary's fan-out (15 aliases, lists without `first`), sent by `clients` loops for `seconds`. */
export async function fanOutFlood(
  url: string,
  clients: number,
  seconds: number,
): Promise<{ readonly sent: number; readonly byStatus: Record<string, number>; readonly bytes: number }> {
  const alias = (i: number) =>
    `a${i}: works { events { participants { ... on Person { credits { work { events { title participants { id } } } } } } } }`;
  const body = JSON.stringify({ query: `{ ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }` });
  const until = Date.now() + seconds * 1_000;
  const byStatus: Record<string, number> = {};
  let sent = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        sent++;
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          bytes += (await response.arrayBuffer()).byteLength;
          byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        } catch {
          byStatus.error = (byStatus.error ?? 0) + 1;
        }
      }
    }),
  );
  return { sent, byStatus, bytes };
}
