import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../src/http/create-http-server';
import { testConfig } from '../helpers/app-server';
import { openSocket } from '../helpers/raw-socket';

/** A handler that answers only after a pause, as every answer that waits on Neo4j does. */
const slowHandler = (_request: IncomingMessage, response: ServerResponse) => {
  setTimeout(() => response.end('{"data":{"__typename":"Query"}}'), 150);
};

test('a client that half-closes after its request still gets an answer that took a while', async () => {
  const server = createHttpServer(slowHandler, testConfig().http);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const raw = await openSocket((server.address() as AddressInfo).port);
    const body = '{"query":"{ __typename }"}';
    // end(): the request, then FIN, as `nc -N` or a socket shut for writing sends it.
    raw.socket.end(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}`,
    );
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(raw.received()).toContain('{"data":{"__typename":"Query"}}');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
