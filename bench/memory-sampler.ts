import { vmRssKiB, type StartedServerProcess } from './server-process';

export interface MemorySample {
  /** Seconds since the soak's steady load began. */
  readonly t: number;
  readonly rssMiB: number;
  readonly heapUsedMiB: number;
  readonly heapTotalMiB: number;
  readonly externalMiB: number;
}

/**
 * Samples the server process's RSS (VmRSS, what the kernel charges it) and its V8 heap at a fixed
 * period. RSS is what an operator sees grow; the heap says whether growth is JS objects kept alive
 * (a leak) or memory V8 and the allocator simply hold on to.
 */
export function startMemorySampler(
  server: StartedServerProcess,
  periodMs: number,
): { stop(): Promise<MemorySample[]> } {
  const samples: MemorySample[] = [];
  const started = Date.now();
  let inFlight: Promise<void> = Promise.resolve();
  const take = (): void => {
    inFlight = (async () => {
      const t = Math.round((Date.now() - started) / 1000);
      const rssMiB = Math.round((vmRssKiB(server.pid) / 1024) * 10) / 10;
      // A server too busy (or dead) to answer within 5 s must not stall the soak: its heap reads as NaN.
      const heap = await Promise.race([
        server.heapMiB(),
        new Promise<{ heapUsed: number; heapTotal: number; external: number }>((resolve) =>
          setTimeout(() => resolve({ heapUsed: NaN, heapTotal: NaN, external: NaN }), 5_000).unref(),
        ),
      ]);
      samples.push({
        t,
        rssMiB,
        heapUsedMiB: heap.heapUsed,
        heapTotalMiB: heap.heapTotal,
        externalMiB: heap.external,
      });
    })();
  };
  take();
  const timer = setInterval(take, periodMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
      take();
      await inFlight;
      return samples;
    },
  };
}

/** Mean RSS of the samples taken in [from, to) seconds. */
export function meanRss(samples: readonly MemorySample[], from: number, to: number): number {
  const inside = samples.filter((s) => s.t >= from && s.t < to);
  return inside.reduce((sum, s) => sum + s.rssMiB, 0) / inside.length;
}

/** Least-squares slope of RSS over [from, to), in MiB per minute. */
export function rssSlopePerMinute(samples: readonly MemorySample[], from: number, to: number): number {
  const inside = samples.filter((s) => s.t >= from && s.t < to);
  const n = inside.length;
  const mx = inside.reduce((sum, s) => sum + s.t, 0) / n;
  const my = inside.reduce((sum, s) => sum + s.rssMiB, 0) / n;
  const cov = inside.reduce((sum, s) => sum + (s.t - mx) * (s.rssMiB - my), 0);
  const vx = inside.reduce((sum, s) => sum + (s.t - mx) ** 2, 0);
  return (cov / vx) * 60;
}
