import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Neo4jLayout } from './layout';
import { copyDependencies } from './provision';
import { checkMaven } from './requirements';

/**
 * APOC is released per Neo4j minor version, not per patch: the newest 5.26.x fits Neo4j 5.26.
 * Maven Central has the plain jars only (the shaded "core" jar is not there for 5.26), so
 * apoc-common, which apoc-core's classes need but its pom does not name, comes along.
 */
export const APOC_VERSION_RANGE = '[5.26.0,5.27.0)';

function pomFor(range: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>big-city-graph</groupId>
  <artifactId>managed-neo4j-apoc</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.procedure</groupId>
      <artifactId>apoc-core</artifactId>
      <version>${range}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j.procedure</groupId>
      <artifactId>apoc-common</artifactId>
      <version>${range}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/** "commons-lang3-3.12.0.jar" → "commons-lang3". */
const artifactOf = (jar: string): string => jar.replace(/-\d[^-]*(-[a-z]+)?\.jar$/, '');

/**
 * Downloads APOC core and its dependencies once into the layout's plugins folder. Jars Neo4j
 * already ships (newer commons-lang3, commons-text) are left out: two versions of one library on
 * the class path make which one loads a matter of chance.
 */
export async function provisionApoc(
  layout: Neo4jLayout,
  log: (line: string) => void,
): Promise<{ downloaded: boolean }> {
  const marker = join(layout.pluginsDir, '.complete');
  if (existsSync(marker)) return { downloaded: false };
  checkMaven();
  log(`Downloading the APOC core plugin ${APOC_VERSION_RANGE} from Maven Central into ${layout.pluginsDir} (once)…`);
  const work = `${layout.pluginsDir}.download`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'pom.xml'), pomFor(APOC_VERSION_RANGE));
  await copyDependencies(work, join(work, 'jars'), 'APOC');
  const shipped = new Set(readdirSync(layout.libDir).map(artifactOf));
  rmSync(layout.pluginsDir, { recursive: true, force: true });
  mkdirSync(layout.pluginsDir, { recursive: true });
  const jars = readdirSync(join(work, 'jars')).filter((jar) => jar.endsWith('.jar') && !shipped.has(artifactOf(jar)));
  for (const jar of jars) renameSync(join(work, 'jars', jar), join(layout.pluginsDir, jar));
  rmSync(work, { recursive: true, force: true });
  writeFileSync(marker, `${new Date().toISOString()} ${jars.join(' ')}\n`);
  return { downloaded: true };
}
