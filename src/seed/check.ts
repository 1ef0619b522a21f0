import { resolve } from 'node:path';
import { formatSeedError } from './read-seed';
import { loadSeed } from './load-seed';

const dir = resolve(process.argv[2] ?? 'seed');
const result = loadSeed(dir);
if (result.ok) {
  const counts = Object.entries(result.seed)
    .filter(([, entries]) => entries.length > 0)
    .map(([collection, entries]) => `${collection} ${entries.length}`);
  process.stdout.write(`seed is valid: ${counts.join(', ')}\n`);
} else {
  for (const error of result.errors) process.stderr.write(`${formatSeedError(error)}\n`);
  process.stderr.write(`${result.errors.length} error(s) in ${dir}\n`);
  process.exitCode = 1;
}
