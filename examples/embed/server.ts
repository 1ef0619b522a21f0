import { createServer } from 'node:http';
import { createGraphServer } from '../../src/index';

/**
 * A host application with routes of its own that mounts Big City Graph under /kg. In another
 * project the import is `from 'big-city-graph'`; the factory reads NEO4J_URI and the rest of the
 * configuration from the environment, as `npm start` does.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4500);
  const graph = await createGraphServer({ basePath: '/kg', log: (line) => process.stdout.write(`${line}\n`) });

  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/') {
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('The host app. Big City Graph answers at /kg/graphql, its health at /kg/health.\n');
      return;
    }
    // The graph's own paths are served; anything else comes back here.
    graph.handler(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('Not a route of the host app.\n');
    });
  });

  let closing = false;
  const stop = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await graph.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  server.once('error', (error) => {
    process.stderr.write(`The embed example could not listen on port ${port}: ${error.message}\n`);
    void graph.close().finally(() => process.exit(1));
  });
  server.listen(port, graph.config.host, () => {
    process.stdout.write(
      `Host app on http://localhost:${port}/ with Big City Graph at http://localhost:${port}/kg/graphql\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The embed example could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
