import { serverAudits } from 'graphql-http';
import { startStubServer } from '../helpers/stub-server';
import type { TestServer } from '../helpers/app-server';

/** The GraphQL-over-HTTP specification's own audits (graphql-http): every MUST passes. */
let server: TestServer;
beforeAll(async () => {
  server = await startStubServer();
});
afterAll(() => server.close());

const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });

test.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
  '%s',
  async (_, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
      status: 'ok',
      reason: undefined,
    });
  },
);
