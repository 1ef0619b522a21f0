import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import type { ResponseCacheStats } from '../../src/graphql/response-cache/response-cache';
import { createLogger } from '../../src/logger';

/**
 * Big City Graph as it runs in production (landing page off, errors masked, query limits on),
 * with the configuration main.ts would read from an environment that sets nothing else: with
 * its response cache (`cached`, as deployed) or without it (every answer from Neo4j). `env` lays
 * settings over that environment (the two-instance run's API key, a smaller cache).
 */
export async function startOurServer(
  executor: Executor,
  options: { cached?: boolean; env?: Record<string, string> } = {},
): Promise<{ url: string; stop(): Promise<void>; cacheStats(): ResponseCacheStats | undefined }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    ...(options.cached ? {} : { RESPONSE_CACHE_MAX_BYTES: '0' }),
    ...options.env,
  });
  const app = await createApp({ config, executor, logger: createLogger('warn') });
  const server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    cacheStats: () => app.responseCacheStats(),
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.stop();
    },
  };
}
