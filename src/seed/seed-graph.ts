import type { Executor } from '../db/executor';
import { formatSeedError, type SeedError } from './read-seed';
import { loadSeed } from './load-seed';
import { resetGraph, writeSeed, type SeedLoad } from './write-seed';

export class InvalidSeedError extends Error {
  override readonly name = 'InvalidSeedError';
  constructor(readonly errors: SeedError[]) {
    super(`the seed is invalid (${errors.length} error(s)): ${errors.slice(0, 5).map(formatSeedError).join('; ')}`);
  }
}

/**
 * Validates the whole seed folder first and touches the database only if all of it is valid:
 * bad seed data never leaves a half-written graph.
 */
export async function seedFromDirectory(
  executor: Executor,
  dir: string,
  options: { reset?: boolean } = {},
): Promise<SeedLoad> {
  const loaded = loadSeed(dir);
  if (!loaded.ok) throw new InvalidSeedError(loaded.errors);
  if (options.reset) await resetGraph(executor);
  return writeSeed(executor, loaded.seed);
}
