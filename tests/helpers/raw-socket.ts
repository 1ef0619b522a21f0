import { connect, type Socket } from 'node:net';

export interface RawSocket {
  readonly socket: Socket;
  /** Everything the server sent back so far. */
  received(): string;
  /** Milliseconds from opening to the close, whoever closed it. */
  readonly closed: Promise<number>;
}

/** A raw socket on a server of 127.0.0.1, and what happens to it: what it was sent back and when it closed. */
export function openSocket(port: number): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(port, '127.0.0.1');
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<number>((done) => socket.on('close', () => done(Date.now() - started)));
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

/** The promise's value, or 'still open' when it has not settled within `ms`. */
export const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'still open'> =>
  Promise.race([promise, new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms))]);
