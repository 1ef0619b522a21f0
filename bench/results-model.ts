import type { Equivalence } from './ask-all';
import type { LoadResult } from './load-test';
import type { PlanReport } from './plan-check';
import type { ServerKind } from './servers/serve';
import type { QuestionName } from './suite';

/** What one run writes to bench/results/<stamp>.json (and latest.json). */
export interface BenchResults {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly settings: {
    readonly seed: number;
    readonly concurrencies: number[];
    readonly warmupSeconds: number;
    readonly seconds: number;
    /** Measured windows per figure (the figure is their median); absent in runs made before rounds. */
    readonly rounds?: number;
    readonly neo4j: Record<string, string>;
  };
  readonly sizes: SizeResults[];
  /** EXPLAIN of every read statement in src/db, on the largest graph. */
  readonly catalogPlans: PlanReport[];
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly neo4j: string;
}

export interface SizeResults {
  readonly target: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly load: { readonly nodesWritten: number; readonly seconds: number; readonly nodesPerSecond: number } | null;
  readonly equivalence: Equivalence[];
  readonly plans: Record<string, PlanReport[]>;
  /** Resident memory after this size's load, MiB. */
  readonly memoryMiB: Record<Exclude<ServerKind, 'ours-cached'> | 'neo4j', number> & {
    readonly 'ours-cached'?: number;
  };
  readonly loadAverage: { readonly before: number[]; readonly after: number[] };
  readonly runs: Run[];
}

export interface Run extends LoadResult {
  readonly question: QuestionName;
  readonly concurrency: number;
  readonly server: ServerKind;
  /** ours-cached only: the share of its requests over the measured windows answered from the cache. */
  readonly hitRatio?: number;
}
