import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { createGraphServer } from './graph-server';
import { createHttpServer } from './http/create-http-server';
import { createLogger } from './logger';
import { isPortFree } from './neo4j-local/bolt-probe';

/** Bootstrap only: config → Neo4j → seed → app → listen; signals close everything in order. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  if (!(await isPortFree(config.port, config.host))) {
    throw new StartupError(`port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT`);
  }
  const startedAt = Date.now();
  // The environment was read once above; the factory gets that config whole.
  const graph = await createGraphServer({ config, env: {}, logger, log: say });
  let server: Server | undefined;
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> =>
    (closing ??= (async () => {
      say(`${signal}: shutting down…`);
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server?.closeAllConnections();
      await graph.close();
      say('Stopped.');
    })());
  try {
    server = createHttpServer(graph.handler, config.http);
    await listen(server, config.port, config.host);
  } catch (error) {
    await graph.close().catch(() => undefined);
    throw error;
  }
  // `on`, not `once`: npm passes a Ctrl-C on to its child, so a second signal arrives at once,
  // and it must not cut the orderly shutdown short.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      const timer = setTimeout(() => process.exit(1), 10_000);
      timer.unref();
      void shutdown(signal).then(() => process.exit(0));
    });
  }
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  say(
    `Big City Graph is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: http://${host === '127.0.0.1' ? 'localhost' : host}:${config.port}/graphql`,
  );
}

class StartupError extends Error {
  override readonly name = 'StartupError';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new StartupError(`port ${port} is already in use; set PORT`) : error),
    );
    server.listen(port, host, () => resolve());
  });
}

main().catch((error: unknown) => {
  const expected = error instanceof ConfigError || (error instanceof Error && error.name !== 'Error');
  process.stderr.write(
    `Big City Graph could not start: ${expected ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
