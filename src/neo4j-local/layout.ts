import { join, resolve } from 'node:path';

/** The Neo4j release the project provisions: 5.26 is the LTS line and runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';

/** Where the managed Neo4j lives: a git-ignored folder in the project, shared by every instance. */
export interface Neo4jLayout {
  readonly root: string;
  readonly distDir: string;
  readonly libDir: string;
  readonly completeMarker: string;
  /** Plugins (APOC core) for instances that ask for them, outside lib/ so the others never load them. */
  readonly pluginsDir: string;
  instanceDir(name: string): string;
}

export function neo4jLayout(projectRoot: string, version = NEO4J_VERSION): Neo4jLayout {
  const root = resolve(projectRoot, '.neo4j');
  const distDir = join(root, 'dist', version);
  return {
    root,
    distDir,
    libDir: join(distDir, 'lib'),
    completeMarker: join(distDir, '.complete'),
    pluginsDir: join(distDir, 'plugins'),
    instanceDir: (name) => join(root, 'instances', name),
  };
}
