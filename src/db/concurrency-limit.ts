/**
 * Enough to keep a small Neo4j's cores busy while the driver's round trips are in flight, and
 * few enough that a burst does not spread them thinly (BENCHMARKS.md has the measurements).
 */
export const DEFAULT_MAX_CONCURRENCY = 8;

/**
 * At most `max` statements in Neo4j at once; the rest wait their turn in arrival order. Past the
 * point where Neo4j's cores are busy, more concurrent transactions only share them more thinly,
 * and under a burst that made every answer late and the last ones later than any client waits.
 * A turn that does not come within `maxWaitMs` is given up with `onTimeout()`'s error.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    private readonly max: number,
    private readonly maxWaitMs: number,
    private readonly onTimeout: () => Error,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Statements running and waiting, for diagnostics. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(this.onTimeout());
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  /** Hands the slot straight to the next in line, so `active` never dips while others wait. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.active--;
  }
}
