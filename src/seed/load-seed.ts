import { readSeed, type Seed, type SeedError } from './read-seed';
import { validateSeed } from './validate';

/** Reads, shape-checks and cross-checks the seed; a seed with any error is not returned. */
export function loadSeed(dir: string): { ok: true; seed: Seed } | { ok: false; errors: SeedError[] } {
  const { seed, errors } = readSeed(dir);
  const all = [...errors, ...validateSeed(seed)];
  return all.length === 0 ? { ok: true, seed } : { ok: false, errors: all };
}
