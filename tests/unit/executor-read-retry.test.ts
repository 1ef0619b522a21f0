import { Neo4jError, type Driver } from 'neo4j-driver';
import { DriverExecutor } from '../../src/db/executor';
import { statement } from '../../src/db/statement';
import { DatabaseUnavailableError } from '../../src/errors';

/**
 * How a read treats failures. The integration suites run reads against a real Neo4j, where a
 * transient failure cannot be produced on demand; this driver fails on cue instead, and records
 * how each session was opened.
 */
function scriptedDriver(outcomes: Array<Error | Record<string, unknown>[]>) {
  const sessions: Array<{ database?: string; defaultAccessMode?: string; hasBookmarks: boolean }> = [];
  let closed = 0;
  const bookmarkManager = {};
  const driver = {
    executeQueryBookmarkManager: bookmarkManager,
    session(config: { database?: string; defaultAccessMode?: string; bookmarkManager?: unknown }) {
      sessions.push({
        database: config.database,
        defaultAccessMode: config.defaultAccessMode,
        hasBookmarks: config.bookmarkManager === bookmarkManager,
      });
      return {
        run: async () => {
          const outcome = outcomes.shift();
          if (!outcome) throw new Error('no outcome scripted');
          if (outcome instanceof Error) throw outcome;
          return { records: outcome.map((row) => ({ toObject: () => row })) };
        },
        close: async () => void (closed += 1),
      };
    },
  };
  return { driver: driver as unknown as Driver, sessions, closed: () => closed };
}

const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'general processing exception');
const transient = () => neo4jError('connection lost', 'ServiceUnavailable');

describe('Executor.read', () => {
  it('reads in a READ session of the configured database that follows this process’s writes', async () => {
    const { driver, sessions, closed } = scriptedDriver([[{ ok: 1 }]]);
    const executor = new DriverExecutor(driver, { database: 'graph', timeoutMs: 1_000 });
    await expect(executor.read(statement('test', 'RETURN 1 AS ok'))).resolves.toEqual([{ ok: 1 }]);
    expect(sessions).toEqual([{ database: 'graph', defaultAccessMode: 'READ', hasBookmarks: true }]);
    expect(closed()).toBe(1);
  });

  it('retries a transient failure and answers', async () => {
    const { driver, sessions, closed } = scriptedDriver([transient(), transient(), [{ ok: 1 }]]);
    const executor = new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 1_000 });
    await expect(executor.read(statement('test', 'RETURN 1 AS ok'))).resolves.toEqual([{ ok: 1 }]);
    expect(sessions).toHaveLength(3);
    expect(closed()).toBe(3);
  });

  it('does not retry an error that retrying cannot fix', async () => {
    const { driver, sessions } = scriptedDriver([neo4jError('bad syntax', 'Neo.ClientError.Statement.SyntaxError')]);
    const executor = new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 1_000 });
    await expect(executor.read(statement('test', 'RETURN'))).rejects.toThrow('bad syntax');
    expect(sessions).toHaveLength(1);
  });

  it('stops retrying transient failures before 2 s have passed, as SERVICE_UNAVAILABLE', async () => {
    const { driver, sessions } = scriptedDriver(Array.from({ length: 50 }, transient));
    const executor = new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 5_000 });
    await expect(executor.read(statement('test', 'RETURN 1'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // Waits grow by 200 ms and none may end past 2 s: five tries at most.
    expect(sessions.length).toBeGreaterThan(1);
    expect(sessions.length).toBeLessThanOrEqual(5);
  });
});
