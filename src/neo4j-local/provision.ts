import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { NEO4J_VERSION, type Neo4jLayout } from './layout';
import { checkMaven } from './requirements';

export class ProvisionError extends Error {
  override readonly name = 'ProvisionError';
}

/**
 * Neo4j does not publish its server tarball to Maven Central, but it does publish the server
 * itself (org.neo4j:neo4j with its dependencies), which is all a launcher needs.
 */
function pomFor(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>big-city-graph</groupId>
  <artifactId>managed-neo4j</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

export function isProvisioned(layout: Neo4jLayout): boolean {
  return existsSync(layout.completeMarker);
}

/** Downloads Neo4j's jars once; later calls find the marker and return at once. */
export async function provisionNeo4j(
  layout: Neo4jLayout,
  log: (line: string) => void,
  version = NEO4J_VERSION,
): Promise<{ downloaded: boolean; jars: number }> {
  if (isProvisioned(layout)) {
    return { downloaded: false, jars: readdirSync(layout.libDir).length };
  }
  checkMaven();
  log(`Downloading Neo4j ${version} Community from Maven Central into ${layout.distDir} (once)…`);
  rmSync(layout.libDir, { recursive: true, force: true });
  mkdirSync(layout.distDir, { recursive: true });
  writeFileSync(`${layout.distDir}/pom.xml`, pomFor(version));
  await copyDependencies(layout.distDir, layout.libDir, `Neo4j ${version}`);
  const jars = readdirSync(layout.libDir).filter((name) => name.endsWith('.jar')).length;
  writeFileSync(layout.completeMarker, `${new Date().toISOString()} ${jars} jars\n`);
  return { downloaded: true, jars };
}

/**
 * Resolves the pom in `cwd` and copies its runtime dependencies into `outputDir` with Maven, the
 * one way to fetch from Maven Central with what the machine already has. Fails with Maven's own
 * first error line.
 */
export async function copyDependencies(cwd: string, outputDir: string, what: string): Promise<void> {
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${outputDir}`],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    mvn.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    mvn.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    mvn.on('error', reject);
    mvn.on('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    const reason =
      output
        .join('')
        .split('\n')
        .find((line) => line.includes('ERROR')) ?? 'no output';
    throw new ProvisionError(`Maven could not download ${what}: ${reason.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
  }
}
