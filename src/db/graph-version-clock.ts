import type { Executor } from './executor';
import { GRAPH_VERSION_ID, READ_GRAPH_VERSION, toStamp, type GraphVersionStamp } from './graph-version-statements';

/** What a cache key carries: the epoch and the counter. */
export type GraphVersionKey = string;

/**
 * This process's idea of the graph's version. Its own writes move it the moment they commit (the
 * executor's commit observers); other processes' writes are learnt by asking Neo4j, at most once
 * per interval and only when a request needs the version, so an idle server asks nothing. A
 * request that finds the last answer older than the interval waits for the next one (shared by
 * every request that arrives meanwhile): an answer is never keyed by a version older than the
 * interval. When Neo4j cannot say, or the graph has no version node (it was wiped by something
 * other than this project's writes, or never written since versions exist), the version is
 * unknown and the caller does not use the cache.
 */
export class GraphVersionClock {
  private known: GraphVersionStamp | null = null;
  private askedAt = Number.NEGATIVE_INFINITY;
  private asking: Promise<GraphVersionKey | undefined> | undefined;
  /** This process's own commits, so a poll put before a local wipe cannot bring the old epoch back. */
  private commits = 0;
  private readonly stopObserving: () => void;
  /** Times Neo4j was asked: the cost of staying current. */
  polls = 0;

  constructor(
    private readonly executor: Executor,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.stopObserving = executor.observeCommits((version) => {
      this.commits++;
      this.learn(version);
    });
  }

  /** The version to key answers by, current to within the interval; undefined when Neo4j did not answer. */
  current(): Promise<GraphVersionKey | undefined> | GraphVersionKey | undefined {
    if (this.now() - this.askedAt < this.intervalMs) return keyOf(this.known);
    return (this.asking ??= this.ask().finally(() => (this.asking = undefined)));
  }

  stop(): void {
    this.stopObserving();
  }

  private async ask(): Promise<GraphVersionKey | undefined> {
    const started = this.now();
    const commitsBefore = this.commits;
    this.polls++;
    try {
      const rows = await this.executor.read(READ_GRAPH_VERSION, { id: GRAPH_VERSION_ID });
      const version = toStamp(rows[0]);
      if (version === null) {
        this.known = null;
        return undefined;
      }
      const overtaken = this.commits !== commitsBefore && this.known !== null && this.known.epoch !== version.epoch;
      if (!overtaken) this.learn(version);
      // Measured from when the question was put: a write committed after that may not be in the answer.
      this.askedAt = started;
      return keyOf(this.known);
    } catch {
      return undefined;
    }
  }

  /** Counters only move forward within an epoch; a new epoch (the graph was wiped) replaces the old. */
  private learn(version: GraphVersionStamp | null): void {
    if (version === null) return;
    const known = this.known;
    if (known === null || known.epoch !== version.epoch || version.counter > known.counter) this.known = version;
  }
}

function keyOf(version: GraphVersionStamp | null): GraphVersionKey | undefined {
  return version === null ? undefined : `${version.epoch}:${version.counter}`;
}
