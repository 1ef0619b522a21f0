import { percentile } from './percentile';
import autocannon from 'autocannon';
import { startCpuWatch } from './cpu-share';

/** One request the load generator cycles through, with the only body a correct answer may have. */
export interface SoakRequest {
  readonly name: string;
  readonly body: string;
  readonly expected: string;
}

export interface WindowResult {
  readonly seconds: number;
  /** Completed requests (any status) in the window. */
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Latencies of the 2xx answers, in ms, exact (from each response, not autocannon's whole-ms histogram). */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  /** Connection errors and timeouts (autocannon counts a timeout as an error too). */
  readonly errors: number;
  /** Requests unanswered after 10 s, autocannon's default, as with the CLI. */
  readonly timeouts: number;
  /** 2xx answers whose body is not the expected answer (a GraphQL error inside a 200, say). */
  readonly mismatches: number;
  /** Share of the machine's CPU used by processes outside the soak during the window (0–1). */
  readonly foreignCpu: number;
}

/**
 * One timed autocannon window against 127.0.0.1 only. Several requests are cycled by every
 * connection in turn (autocannon's `requests`), and every body is checked against the known
 * answers, so that an error served with status 200 still counts as a failure.
 */
export async function loadWindow(options: {
  url: string;
  requests: readonly SoakRequest[];
  connections: number;
  pipelining: number;
  seconds: number;
  ownPids: readonly number[];
}): Promise<WindowResult> {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}`);
  const answers = new Set(options.requests.map((r) => r.expected));
  const times: number[] = [];
  const foreignCpu = startCpuWatch(options.ownPids);
  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // autocannon 9 sends nothing at all when `requests` is combined with pipelining > 1 (seen
        // here: 0 responses in 8 s), so a single request goes as `body`; only the mix uses `requests`.
        ...(options.requests.length === 1
          ? { body: options.requests[0]!.body }
          : { requests: options.requests.map((r) => ({ method: 'POST' as const, body: r.body })) }),
        connections: options.connections,
        pipelining: options.pipelining,
        duration: options.seconds,
        timeout: 10,
        verifyBody: (body) => answers.has(String(body)),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const requests = times.length + result.non2xx;
  return {
    seconds: round(seconds),
    requests,
    requestsPerSecond: round(requests / seconds),
    p50: round(percentile(times, 0.5)),
    p99: round(percentile(times, 0.99)),
    max: round(times.at(-1) ?? NaN),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    foreignCpu: Number(foreignCpu().toFixed(3)),
  };
}

/** autocannon counts every timeout in `errors` as well, so timeouts are not added again. */
export const failures = (w: WindowResult): number => w.non2xx + w.errors + w.mismatches;

const round = (n: number): number => Math.round(n * 1000) / 1000;
