import { spawnSync } from 'node:child_process';

export class MissingRequirementError extends Error {
  override readonly name = 'MissingRequirementError';
}

const ALTERNATIVES =
  'Install it, or run Neo4j yourself (docker compose up, or Neo4j Aura) and set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';

/** Java 17 or newer runs Neo4j 5.26; Maven fetches it. Both are checked before anything is downloaded. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new MissingRequirementError(
      `Java 17 or newer is needed to run the managed Neo4j, and "java" was not found. ${ALTERNATIVES}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new MissingRequirementError(
      `Java 17 or newer is needed to run the managed Neo4j; found Java ${major || 'of unknown version'}. ${ALTERNATIVES}`,
    );
  }
  return major;
}

export function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new MissingRequirementError(
      `Maven ("mvn") is needed to download the managed Neo4j from Maven Central, and was not found. ${ALTERNATIVES}`,
    );
  }
}
