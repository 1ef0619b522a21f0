import type { Logger } from './logger';

type State = 'ready' | 'down' | 'warming';

/** How often a Neo4j that went away is asked whether it is back. */
const PROBE_EVERY_MS = 500;

/**
 * Whether the server can serve: Neo4j answers, and, after it was away, its plans have been
 * compiled again (a restarted Neo4j has lost them, and cold statements under load all ran into
 * the timeout). While not ready, /health/ready says 503 and GraphQL requests are refused at once
 * with SERVICE_UNAVAILABLE rather than piling onto a Neo4j that cannot take them; a probe asks
 * every 500 ms and, once Neo4j answers, warms up and opens again by itself.
 */
export class Readiness {
  private state: State = 'ready';
  private probe: NodeJS.Timeout | undefined;
  private probing = false;
  private stopped = false;

  constructor(
    private readonly options: {
      readonly ping: () => Promise<boolean>;
      /** Compiles the heavy statements; rejects (or reports errors) when Neo4j is not up after all. */
      readonly warmUp: () => Promise<{ readonly ms: number; readonly errors: readonly string[] }>;
      readonly logger: Logger;
    },
  ) {}

  /** False while Neo4j is down or warming up again: requests are turned away meanwhile. */
  serving(): boolean {
    return this.state === 'ready';
  }

  /** For /health/ready: true only when ready and Neo4j answers the ping now (within its deadline). */
  async check(): Promise<boolean> {
    if (this.state !== 'ready') return false;
    if (await this.options.ping()) return true;
    this.down('Neo4j did not answer the readiness ping');
    return false;
  }

  /** A request met an unavailable Neo4j: find out now rather than at the next health check. */
  suspect(): void {
    if (this.state !== 'ready' || this.probing) return;
    void this.check();
  }

  /** Warms up before the first request (createGraphServer) and reports how long it took. */
  async warmUpNow(): Promise<{ readonly ms: number; readonly errors: readonly string[] }> {
    this.state = 'warming';
    try {
      const result = await this.options.warmUp();
      this.state = 'ready';
      return result;
    } catch (error) {
      this.state = 'ready';
      throw error;
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.probe);
  }

  private down(reason: string): void {
    if (this.state === 'down' || this.stopped) return;
    this.state = 'down';
    this.options.logger.warn('not ready: refusing requests until Neo4j is back and warmed up', { reason });
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.probe = setTimeout(() => void this.recover(), PROBE_EVERY_MS);
    this.probe.unref();
  }

  private async recover(): Promise<void> {
    this.probing = true;
    try {
      if (!(await this.options.ping())) return this.schedule();
      this.state = 'warming';
      const { ms, errors } = await this.options.warmUp();
      // A warm-up that met errors met a Neo4j that went away again: stay closed and ask again.
      if (errors.length > 0 || !(await this.options.ping())) {
        this.state = 'down';
        return this.schedule();
      }
      this.state = 'ready';
      this.options.logger.info('ready again: Neo4j answers and its plans are compiled', { warmUpMs: ms });
    } catch {
      this.state = 'down';
      this.schedule();
    } finally {
      this.probing = false;
    }
  }
}
