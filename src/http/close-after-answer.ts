import type { ServerResponse } from 'node:http';

/** How long a connection refused mid-upload stays (unread) after its answer, for the client to read it. */
const LINGER_MS = 1_000;

/**
 * Ends the connection once this answer is out without reading another byte of the request.
 * Node would close the socket the moment the answer is written, and a socket closed on unread
 * input is reset, which makes the client's kernel drop the answer it had not read yet (the 413
 * went missing under a fast upload). So: answer, send FIN, stop reading, and only drop the
 * connection a second later.
 */
export function closeAfterAnswer(response: ServerResponse): void {
  response.setHeader('connection', 'close');
  const socket = response.socket;
  if (!socket) return;
  socket.destroySoon = () => {
    socket.end();
    socket.pause();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
