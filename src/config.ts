import { z } from 'zod';
import { DEFAULT_MAX_CONCURRENCY } from './db/concurrency-limit';
import { DEFAULT_CORS_ALLOWED_HEADERS } from './http/apply-cors';
import type { ResponseCacheConfig } from './graphql/response-cache/response-cache';
import type { ServerLimits } from './http/create-http-server';

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
  /** Statements this process runs in Neo4j at once; more wait their turn (src/db/concurrency-limit.ts). */
  readonly neo4jMaxConcurrency: number;
  readonly maxPageSize: number;
  readonly maxPathLength: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly limits: QueryLimits;
  /** Introspection is on in development and off in production unless INTROSPECTION=true. */
  readonly introspection: boolean;
  /** Serve the schema as an Apollo Federation 2 subgraph (entity keys on Work, Person and Character). */
  readonly federation: boolean;
  /** Origins allowed to call the API from a browser; '*' allows any. */
  readonly corsOrigins: readonly string[];
  /** Request headers browsers may send cross-origin (CORS_ALLOWED_HEADERS; defaults in src/http/apply-cors.ts). */
  readonly corsAllowedHeaders: readonly string[];
  /** How long browsers and CDNs may keep a public GET answer; 0: never (HTTP_CACHE_MAX_AGE_SECONDS). */
  readonly httpCacheMaxAgeSeconds: number;
  readonly auth: AuthConfig;
  /** Deadlines and the connection cap of the HTTP server main.ts creates (src/http/create-http-server.ts). */
  readonly http: ServerLimits;
  /** Answers larger than this many bytes are replaced by a RESPONSE_TOO_LARGE error. */
  readonly maxResponseBytes: number;
  /** Run the heavy statements once before saying ready, and again after Neo4j comes back (src/warm-up.ts). */
  readonly warmUp: boolean;
  readonly metrics: MetricsConfig;
  /** Anonymous queries' answers kept in memory, keyed by the graph's version (src/graphql/response-cache). */
  readonly responseCache: ResponseCacheConfig;
  /** Set when OTEL_EXPORTER_OTLP_ENDPOINT (or …_TRACES_ENDPOINT) is: spans go there over OTLP/HTTP. */
  readonly tracing: TracingConfig | undefined;
}

export interface MetricsConfig {
  /** Bearer token GET /metrics requires, wherever it is served. */
  readonly token: string | undefined;
  /** A port of its own for GET /metrics (on HOST); the API's port then has no /metrics. */
  readonly port: number | undefined;
  /**
   * /metrics on the API's port: when there is no METRICS_PORT and either a token is set or the
   * environment is not production (a production API port is often public, so it needs one of the two).
   */
  readonly onMainPort: boolean;
}

export interface TracingConfig {
  /** The OTLP/HTTP traces endpoint (…/v1/traces). */
  readonly url: string;
  readonly serviceName: string;
}

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  readonly maxTokens: number;
  /** Items assumed for a list field without `first` and without a bound of its own (src/graphql/limits/list-bounds.ts). */
  readonly defaultListBound: number;
  /** Bounds by field ("Work.events") laid over the built-in table. */
  readonly listBounds: Readonly<Record<string, number>>;
}

export type Role = 'reader' | 'curator';

export interface AuthConfig {
  /** Static API keys: the key, and who holds it with which role. */
  readonly apiKeys: ReadonlyArray<{ readonly name: string; readonly role: Role; readonly key: string }>;
  /** Secret for HS256 JSON Web Tokens whose `role` claim is reader or curator. */
  readonly jwtSecret: string | undefined;
  /** Longest a JWT may live, from its `iat` (or from now) to its required `exp`. */
  readonly jwtMaxLifetimeSeconds: number;
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
  NEO4J_MAX_CONCURRENCY: positive('NEO4J_MAX_CONCURRENCY').default(DEFAULT_MAX_CONCURRENCY),
  MAX_PAGE_SIZE: positive('MAX_PAGE_SIZE')
    .min(10, 'MAX_PAGE_SIZE must be at least 10 (the default page size)')
    .max(1000, 'MAX_PAGE_SIZE must be at most 1000')
    .default(100),
  MAX_PATH_LENGTH: positive('MAX_PATH_LENGTH').max(10, 'MAX_PATH_LENGTH must be at most 10').default(10),
  MAX_DEPTH: positive('MAX_DEPTH').max(50, 'MAX_DEPTH must be at most 50').default(10),
  MAX_ALIASES: positive('MAX_ALIASES').max(200, 'MAX_ALIASES must be at most 200').default(15),
  MAX_DIRECTIVES: positive('MAX_DIRECTIVES').max(200, 'MAX_DIRECTIVES must be at most 200').default(10),
  MAX_COST: positive('MAX_COST').default(25_000),
  MAX_TOKENS: positive('MAX_TOKENS').min(500, 'MAX_TOKENS must be at least 500').default(2000),
  DEFAULT_LIST_BOUND: positive('DEFAULT_LIST_BOUND')
    .max(10_000, 'DEFAULT_LIST_BOUND must be at most 10000')
    .default(10),
  LIST_BOUNDS: z.string().optional(),
  MAX_RESPONSE_BYTES: positive('MAX_RESPONSE_BYTES')
    .min(10_000, 'MAX_RESPONSE_BYTES must be at least 10000')
    .default(1_000_000),
  HEADERS_TIMEOUT_MS: positive('HEADERS_TIMEOUT_MS').default(10_000),
  REQUEST_TIMEOUT_MS: positive('REQUEST_TIMEOUT_MS').default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: positive('KEEP_ALIVE_TIMEOUT_MS').default(5_000),
  MAX_CONNECTIONS: positive('MAX_CONNECTIONS').default(500),
  RESPONSE_CACHE_MAX_BYTES: z.coerce
    .number({ error: 'RESPONSE_CACHE_MAX_BYTES must be a number' })
    .int('RESPONSE_CACHE_MAX_BYTES must be a whole number')
    .min(0, 'RESPONSE_CACHE_MAX_BYTES must be 0 (off) or more')
    .default(64 * 1024 * 1024),
  GRAPH_VERSION_POLL_MS: positive('GRAPH_VERSION_POLL_MS')
    .max(60_000, 'GRAPH_VERSION_POLL_MS must be at most 60000')
    .default(1_000),
  WARM_UP: z.enum(['true', 'false'], { error: 'WARM_UP must be true or false' }).default('true'),
  INTROSPECTION: z.enum(['true', 'false'], { error: 'INTROSPECTION must be true or false' }).optional(),
  FEDERATION: z.enum(['true', 'false'], { error: 'FEDERATION must be true or false' }).default('false'),
  CORS_ORIGINS: z.string().optional(),
  CORS_ALLOWED_HEADERS: z.string().optional(),
  HTTP_CACHE_MAX_AGE_SECONDS: z.coerce
    .number({ error: 'HTTP_CACHE_MAX_AGE_SECONDS must be a whole number of seconds' })
    .int('HTTP_CACHE_MAX_AGE_SECONDS must be a whole number of seconds')
    .min(0, 'HTTP_CACHE_MAX_AGE_SECONDS must be 0 or more')
    .max(86_400, 'HTTP_CACHE_MAX_AGE_SECONDS must be at most 86400')
    .default(60),
  API_KEYS: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_MAX_LIFETIME_SECONDS: positive('JWT_MAX_LIFETIME_SECONDS').default(86_400),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_PORT: port('METRICS_PORT').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ error: 'OTEL_EXPORTER_OTLP_ENDPOINT must be a URL such as http://collector:4318' })
    .optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url({ error: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be a URL such as http://collector:4318/v1/traces' })
    .optional(),
  OTEL_SERVICE_NAME: z.string().default('big-city-graph'),
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
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT) {
    throw new ConfigError(
      'Invalid configuration: METRICS_PORT must differ from PORT (unset it to serve /metrics on PORT)',
    );
  }
  const production = e.NODE_ENV === 'production';
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
    neo4jMaxConcurrency: e.NEO4J_MAX_CONCURRENCY,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxPathLength: e.MAX_PATH_LENGTH,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxTokens: e.MAX_TOKENS,
      defaultListBound: e.DEFAULT_LIST_BOUND,
      listBounds: parseListBounds(e.LIST_BOUNDS),
    },
    introspection: e.INTROSPECTION === undefined ? !production : e.INTROSPECTION === 'true',
    federation: e.FEDERATION === 'true',
    corsOrigins: parseOrigins(e.CORS_ORIGINS, production),
    corsAllowedHeaders: parseHeaderNames(e.CORS_ALLOWED_HEADERS),
    httpCacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE_SECONDS,
    auth: {
      apiKeys: parseApiKeys(e.API_KEYS),
      jwtSecret: e.JWT_SECRET,
      jwtMaxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
    },
    http: {
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
    },
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    warmUp: e.WARM_UP === 'true',
    metrics: {
      token: e.METRICS_TOKEN,
      port: e.METRICS_PORT,
      onMainPort: e.METRICS_PORT === undefined && (e.METRICS_TOKEN !== undefined || !production),
    },
    tracing: tracingConfig(e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, e.OTEL_EXPORTER_OTLP_ENDPOINT, e.OTEL_SERVICE_NAME),
    responseCache: { maxBytes: e.RESPONSE_CACHE_MAX_BYTES, versionPollMs: e.GRAPH_VERSION_POLL_MS },
  });
}

/** The OTLP/HTTP rule: a signal's own endpoint is used as it is; the general one gains /v1/traces. */
function tracingConfig(
  traces: string | undefined,
  base: string | undefined,
  serviceName: string,
): TracingConfig | undefined {
  if (traces !== undefined) return { url: traces, serviceName };
  if (base !== undefined) return { url: `${base.replace(/\/+$/, '')}/v1/traces`, serviceName };
  return undefined;
}

/** CORS_ORIGINS: comma-separated origins, or *. Development allows any origin by default; production none. */
function parseOrigins(value: string | undefined, production: boolean): string[] {
  if (value === undefined) return production ? [] : ['*'];
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^\s/]+$/.test(origin)) {
      throw new ConfigError(
        `Invalid configuration: CORS_ORIGINS entry "${origin}" must be * or an origin such as https://example.org`,
      );
    }
  }
  return origins;
}

/** CORS_ALLOWED_HEADERS: comma-separated header names; replaces the default list. */
function parseHeaderNames(value: string | undefined): readonly string[] {
  if (value === undefined) return DEFAULT_CORS_ALLOWED_HEADERS;
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]{1,64}$/.test(name)) {
      throw new ConfigError(`Invalid configuration: CORS_ALLOWED_HEADERS entry "${name}" is not a header name`);
    }
  }
  return names;
}

/** API_KEYS: comma-separated name:role:key entries, e.g. "alice:curator:0123456789abcdef". */
function parseApiKeys(value: string | undefined): AuthConfig['apiKeys'] {
  if (!value) return [];
  return value.split(',').map((entry, index) => {
    const [name, role, key, ...rest] = entry.trim().split(':');
    if (!name || !key || rest.length > 0 || (role !== 'reader' && role !== 'curator')) {
      throw new ConfigError(
        `Invalid configuration: API_KEYS entry ${index + 1} must be name:role:key with role reader or curator`,
      );
    }
    // The name is recorded as the author of curated writes (key:<name>), so it stays plain.
    if (!/^[A-Za-z0-9._@+|-]{1,64}$/.test(name))
      throw new ConfigError(
        `Invalid configuration: API_KEYS entry ${index + 1} needs a name of 1–64 letters, digits or ._@+|-`,
      );
    if (key.length < 16)
      throw new ConfigError(
        `Invalid configuration: API_KEYS entry ${index + 1} (${name}) needs a key of at least 16 characters`,
      );
    return { name, role, key };
  });
}

/** LIST_BOUNDS: comma-separated Type.field=n entries, e.g. "Work.events=60,Person.credits=80". */
function parseListBounds(value: string | undefined): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(
    value.split(',').map((entry) => {
      const match = /^\s*([A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*)\s*=\s*(\d{1,5})\s*$/.exec(entry);
      if (!match?.[1] || !match[2] || Number(match[2]) < 1) {
        throw new ConfigError(
          `Invalid configuration: LIST_BOUNDS entry "${entry.trim()}" must be Type.field=n with n from 1 to 99999, e.g. Work.events=60`,
        );
      }
      return [match[1], Number(match[2])];
    }),
  );
}
