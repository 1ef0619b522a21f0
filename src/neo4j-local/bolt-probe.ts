import { createConnection, createServer } from 'node:net';

/** Bolt's handshake: a magic preamble, then four protocol versions the client speaks (5.x down to 4.4). */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00,
  0x00,
]);

/** True when something on the port completes a Bolt handshake, which a bare open port does not prove. */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.once('data', (reply) => done(reply.length >= 4 && reply.readUInt32BE(0) !== 0));
  });
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
