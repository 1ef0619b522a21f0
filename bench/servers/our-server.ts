import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';

/**
 * Big City Graph as it runs in production (landing page off, errors masked, query limits on),
 * with the configuration main.ts would read from an environment that sets nothing else.
 */
export async function startOurServer(executor: Executor): Promise<{ url: string; stop(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'production' });
  const app = await createApp({ config, executor, logger: createLogger('warn') });
  const server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.stop();
    },
  };
}
