import { serveApp, type TestServer, type TestServerOptions } from './app-server';
import { stubExecutor } from './stub-executor';

/** The real app over an empty, database-less graph: for tests of the HTTP layer and the limits. */
export function startStubServer(options: TestServerOptions & { neo4jUp?: boolean } = {}): Promise<TestServer> {
  return serveApp(stubExecutor({ up: options.neo4jUp }), options);
}
