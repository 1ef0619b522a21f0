import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { connectNeo4j } from '../connect-neo4j';
import { PROJECT_ROOT } from '../project-root';
import { formatSeedError } from './read-seed';
import { loadSeed } from './load-seed';
import { formatLoad, formatSummary, resetGraph, writeSeed } from './write-seed';

const USAGE = 'usage: npm run seed [-- --reset [--force]] [--dir <seed folder>]';

/** A Neo4j on this machine may be wiped freely; anyone else's only when asked twice. */
function isLocal(config: Config): boolean {
  if (!config.neo4j) return true;
  const host = new URL(config.neo4j.uri.replace(/^[a-z+]+:/, 'http:')).hostname;
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host);
}

async function main(argv: string[]): Promise<number> {
  const reset = argv.includes('--reset');
  const force = argv.includes('--force');
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? argv[dirFlag + 1] : join(PROJECT_ROOT, 'seed');
  const unknown = argv.filter((arg, i) => !['--reset', '--force', '--dir'].includes(arg) && argv[i - 1] !== '--dir');
  if (!dir || unknown.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown argument ${unknown[0]}; ` : ''}${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const loaded = loadSeed(dir);
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`${formatSeedError(error)}\n`);
    process.stderr.write(`Seed is invalid (${loaded.errors.length} error(s)); nothing was written.\n`);
    return 1;
  }
  if (reset && !isLocal(config) && !force) {
    process.stderr.write(
      `Refusing to wipe the Neo4j at ${config.neo4j?.uri}: it is not on this machine. Add --force to do it anyway.\n`,
    );
    return 1;
  }
  const neo4j = await connectNeo4j(config, (line) => process.stderr.write(`${line}\n`));
  try {
    if (reset) {
      await resetGraph(neo4j.executor);
      process.stdout.write(`Wiped the graph at ${neo4j.uri}.\n`);
    }
    const started = Date.now();
    const load = await writeSeed(neo4j.executor, loaded.seed);
    for (const summary of load.concerns) process.stdout.write(`${formatSummary(summary)}\n`);
    for (const line of formatLoad(load)) process.stdout.write(`${line}\n`);
    process.stdout.write(`Seeded ${neo4j.uri} in ${Date.now() - started} ms.\n`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const known = error instanceof ConfigError || (error instanceof Error && error.name !== 'Error');
    process.stderr.write(
      `seed failed: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exitCode = 1;
  },
);
