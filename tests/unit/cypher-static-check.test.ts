import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUnsafeCypher } from '../../scripts/cypher-interpolation';
import { PROJECT_ROOT } from '../../src/project-root';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

test('no Cypher in src is built by interpolating values, and none lives outside src/db', () => {
  expect(
    findUnsafeCypher(tsFiles(join(PROJECT_ROOT, 'src')), {
      root: PROJECT_ROOT,
      dbFolder: join('src', 'db'),
      constantFolders: [join('src', 'vocabulary')],
    }),
  ).toEqual([]);
}, 60_000);

test('the check catches interpolated values, values passed to builders, and Cypher outside the data layer', () => {
  const fixture = join(PROJECT_ROOT, 'tests', 'fixtures', 'unsafe-cypher');
  const findings = findUnsafeCypher(tsFiles(fixture), { root: fixture, dbFolder: 'db' });
  expect(findings.map((f) => `${f.file}:${f.line} ${f.message}`).sort()).toEqual([
    'caller.ts:4 Cypher outside src/db',
    'caller.ts:4 value passed to a Cypher builder: input',
    'db/unsafe-queries.ts:13 value passed to a Cypher builder: name',
    'db/unsafe-queries.ts:9 value interpolated into Cypher: ${name}',
  ]);
}, 60_000);
