import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project-root';
import { seedFromDirectory } from '../src/seed/seed-graph';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';

/** A wiped bench Neo4j of its own, with the real graph loaded; refuses one another process is running. */
export async function startSeededBenchNeo4j(options: {
  name: string;
  boltPort: number;
  log: (line: string) => void;
}): Promise<BenchNeo4j> {
  options.log(`Starting Neo4j (instance "${options.name}", port ${options.boltPort}), wiped…`);
  const neo4j = await startBenchNeo4j({ fresh: true, ...options });
  if (neo4j.managed.attached) {
    // Someone else's instance: close our driver but never stop their Neo4j.
    await neo4j.driver.close();
    throw new Error(`the Neo4j instance "${options.name}" is already running for another process: stop it first`);
  }
  options.log('Loading the real graph from seed/…');
  await seedFromDirectory(neo4j.executor, join(PROJECT_ROOT, 'seed'), { reset: true });
  return neo4j;
}

/** `--name=value` from the command line. */
export function flag(argv: readonly string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}
