import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  test('defaults to the managed local Neo4j on 7687 and port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      neo4j: undefined,
      neo4jDatabase: 'neo4j',
      localNeo4j: { boltPort: 7687, instance: 'default' },
      environment: 'development',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('NEO4J_URI selects an external Neo4j and needs its password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(
      new ConfigError('Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI points at your own Neo4j'),
    );
    expect(loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret', NEO4J_USER: 'reader' }).neo4j).toEqual({
      uri: 'neo4j://db:7687',
      user: 'reader',
      password: 'secret',
    });
  });

  test.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI must look like neo4j://host:7687'],
    [{ NEO4J_DATABASE: 'drop database;' }, 'NEO4J_DATABASE must be a Neo4j database name'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test'],
    [{ MAX_PAGE_SIZE: '5' }, 'MAX_PAGE_SIZE must be at least 10'],
    [{ LIST_BOUNDS: 'Work.events=60,works' }, 'LIST_BOUNDS entry "works" must be Type.field=n'],
    [{ LIST_BOUNDS: 'Work.events=0' }, 'LIST_BOUNDS entry "Work.events=0" must be Type.field=n'],
    [{ API_KEYS: '<b>:curator:0123456789abcdef' }, 'API_KEYS entry 1 needs a name of 1–64 letters'],
    [{ WARM_UP: 'yes' }, 'WARM_UP must be true or false'],
    [{ MAX_RESPONSE_BYTES: '100' }, 'MAX_RESPONSE_BYTES must be at least 10000'],
  ])('%j is rejected with "%s"', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('the traffic limits have their defaults, and LIST_BOUNDS is read by field', () => {
    const config = loadConfig({ LIST_BOUNDS: 'Work.events=60, Person.credits=80' });
    expect({
      http: config.http,
      maxResponseBytes: config.maxResponseBytes,
      warmUp: config.warmUp,
      jwt: config.auth.jwtMaxLifetimeSeconds,
      cost: [config.limits.maxCost, config.limits.defaultListBound, config.limits.listBounds],
    }).toEqual({
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 500 },
      maxResponseBytes: 1_000_000,
      warmUp: true,
      jwt: 86_400,
      cost: [25_000, 10, { 'Work.events': 60, 'Person.credits': 80 }],
    });
  });

  test('blank variables count as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: ' ' }).port).toBe(4000);
  });
});
