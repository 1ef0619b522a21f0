import { percentile } from './percentile';
import autocannon from 'autocannon';
import { processCpuMs, startCpuWatch } from './cpu-share';
import type { Json } from './suite';

export interface LoadResult {
  /** Completed requests per second over the measured window. */
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  /** Non-2xx answers, timeouts and connection errors: any of them makes the figures suspect. */
  readonly failures: number;
  /** Share of the machine's CPU used by processes outside the benchmark during the window (0–1). */
  readonly foreignCpu: number;
  /**
   * CPU time per answered request over the measured window, in ms, of the server's process and of
   * Neo4j's: where the cores went, which on a machine they share decides throughput.
   */
  readonly cpuMsPerRequest?: { readonly server: number; readonly neo4j: number };
}

/**
 * Several measurements of the same thing made as one: the median of each figure, so that a
 * window hit by a pause (a garbage collection, a checkpoint in Neo4j) does not decide a ratio.
 * Failures are added up: one in any window makes the figures suspect.
 */
export function medianOf(results: readonly LoadResult[]): LoadResult {
  const med = (pick: (r: LoadResult) => number): number => {
    const values = results
      .map(pick)
      .filter((n) => !Number.isNaN(n))
      .sort((a, b) => a - b);
    if (values.length === 0) return NaN;
    const mid = values.length / 2;
    return values.length % 2 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
  };
  const withCpu = results.filter((r) => r.cpuMsPerRequest);
  return {
    throughput: med((r) => r.throughput),
    p50: med((r) => r.p50),
    p99: med((r) => r.p99),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
    foreignCpu: med((r) => r.foreignCpu),
    ...(withCpu.length
      ? {
          cpuMsPerRequest: {
            server: med((r) => r.cpuMsPerRequest?.server ?? NaN),
            neo4j: med((r) => r.cpuMsPerRequest?.neo4j ?? NaN),
          },
        }
      : {}),
  };
}

/**
 * One measurement: a warm-up of the same request at the same concurrency (JIT, plan cache,
 * connection pools), then the timed window. Both are bounded in time and go to 127.0.0.1 only.
 */
export async function measure(options: {
  url: string;
  body: Json;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** The benchmark's own processes (Neo4j, the servers, this one), not counted as foreign load. */
  ownPids: readonly number[];
  /** The server under load and Neo4j, whose CPU time per request is reported. */
  cpuOf?: { readonly server: number; readonly neo4j: number };
}): Promise<LoadResult> {
  if (!new URL(options.url).hostname.startsWith('127.')) throw new Error(`refusing to load ${options.url}`);
  const request = {
    url: options.url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options.body),
    connections: options.connections,
    timeout: 10,
  };
  if (options.warmupSeconds > 0) await autocannon({ ...request, duration: options.warmupSeconds });
  // autocannon's own histogram keeps whole milliseconds; the response event has the exact time.
  const times: number[] = [];
  const foreignCpu = startCpuWatch(options.ownPids);
  const cpuBefore = options.cpuOf && {
    server: processCpuMs(options.cpuOf.server),
    neo4j: processCpuMs(options.cpuOf.neo4j),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...request, duration: options.seconds }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  const perRequest = (pid: number, before: number): number =>
    Number(((processCpuMs(pid) - before) / Math.max(1, times.length)).toFixed(3));
  return {
    throughput: times.length / options.seconds,
    p50: round(percentile(times, 0.5)),
    p99: round(percentile(times, 0.99)),
    requests: times.length,
    failures: result.non2xx + result.errors + result.timeouts,
    foreignCpu: Number(foreignCpu().toFixed(3)),
    ...(options.cpuOf && cpuBefore
      ? {
          cpuMsPerRequest: {
            server: perRequest(options.cpuOf.server, cpuBefore.server),
            neo4j: perRequest(options.cpuOf.neo4j, cpuBefore.neo4j),
          },
        }
      : {}),
  };
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;
