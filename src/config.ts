import { z } from 'zod';

/** Everything the server can be told from outside; built once in main and passed down. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly environment: 'development' | 'production' | 'test';
  /** Absent: provision and run the managed local Neo4j. */
  readonly neo4j: ExternalNeo4j | undefined;
  readonly neo4jDatabase: string;
  readonly localNeo4j: {
    readonly boltPort: number;
    readonly initialPassword: string | undefined;
    /** Which managed instance (its own data folder under .neo4j/instances). */
    readonly instance: string;
  };
  readonly queryTimeoutMs: number;
  readonly maxPageSize: number;
  readonly maxPathLength: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface ExternalNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`);

const positive = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be positive`);

const Env = z.object({
  PORT: port('PORT').default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'NODE_ENV must be development, production or test' })
    .default('development'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/,
      'NEO4J_URI must look like neo4j://host:7687, neo4j+s://… or bolt://…',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'NEO4J_DATABASE must be a Neo4j database name such as "neo4j"')
    .default('neo4j'),
  NEO4J_LOCAL_BOLT_PORT: port('NEO4J_LOCAL_BOLT_PORT').default(7687),
  NEO4J_LOCAL_INSTANCE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'NEO4J_LOCAL_INSTANCE must be a short lowercase name such as "default"')
    .default('default'),
  QUERY_TIMEOUT_MS: positive('QUERY_TIMEOUT_MS').default(10_000),
  MAX_PAGE_SIZE: positive('MAX_PAGE_SIZE')
    .min(10, 'MAX_PAGE_SIZE must be at least 10 (the default page size)')
    .max(1000, 'MAX_PAGE_SIZE must be at most 1000')
    .default(100),
  MAX_PATH_LENGTH: positive('MAX_PATH_LENGTH').max(10, 'MAX_PATH_LENGTH must be at most 10').default(10),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'], {
      error: 'LOG_LEVEL must be debug, info, warn, error or silent',
    })
    .default('info'),
});

/** The only reader of the environment. Blank variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI points at your own Neo4j');
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    environment: e.NODE_ENV,
    neo4j: e.NEO4J_URI ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '' } : undefined,
    neo4jDatabase: e.NEO4J_DATABASE,
    localNeo4j: {
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      initialPassword: e.NEO4J_PASSWORD,
      instance: e.NEO4J_LOCAL_INSTANCE,
    },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxPathLength: e.MAX_PATH_LENGTH,
    logLevel: e.LOG_LEVEL,
  });
}
