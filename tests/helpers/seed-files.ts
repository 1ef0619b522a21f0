import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { loadSeed } from '../../src/seed/load-seed';
import type { Seed } from '../../src/seed/read-seed';

export const SEED_DIR = join(PROJECT_ROOT, 'seed');

/** The project's seed, read and validated as the loader reads it. */
export function projectSeed(): Seed {
  const loaded = loadSeed(SEED_DIR);
  if (!loaded.ok) throw new Error(`the seed is invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
  return loaded.seed;
}
