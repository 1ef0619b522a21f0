import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport, graphCounts, readReferences, REPORT_FILE, SEED_DIR } from '../../scripts/coverage';
import { loadSeed } from '../../src/seed/load-seed';
import { listSeedFiles } from '../../src/seed/read-seed';

// Prettier's first call loads its markdown plugin.
jest.setTimeout(30_000);

test('seed/COVERAGE.md is up to date with the seed and seed/references/coverage.yaml', async () => {
  const expected = await generateReport();
  const actual = readFileSync(REPORT_FILE, 'utf8');
  if (actual !== expected) {
    throw new Error('seed/COVERAGE.md is stale: run `npm run coverage` and commit the result');
  }
});

test('the seed loader leaves the reference counts out', () => {
  const files = listSeedFiles(SEED_DIR);
  expect(files.some((file) => file.includes(join('seed', 'references')))).toBe(false);
  expect(files.some((file) => file.endsWith(join('seed', 'sources.yaml')))).toBe(true);
});

test('counts follow the documented definitions', () => {
  const result = loadSeed(SEED_DIR);
  if (!result.ok) throw new Error('the seed is not valid');
  const count = (work: string, category: string): number | undefined =>
    graphCounts(result.seed).find((c) => c.work === work && c.category === category)?.counted.count;
  // The rival nominees' Blue Dragon honors name other films in `for`, so they are not the film's.
  const filmHonors = result.seed.honors.filter(
    (h) =>
      h.value.recipients.includes('love-in-the-big-city-film') || h.value.for.includes('love-in-the-big-city-film'),
  );
  expect(count('love-in-the-big-city-film', 'honors')).toBe(filmHonors.length);
  // A story's honor is the novel's; editions are a category of the novel only.
  expect(count('love-in-the-big-city-novel', 'honors')).toBeGreaterThan(
    result.seed.honors.filter((h) => h.value.recipients.includes('love-in-the-big-city-novel')).length,
  );
  expect(count('love-in-the-big-city-film', 'editions')).toBeUndefined();
});

describe('a bad reference file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-refs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (yaml: string): string => {
    const file = join(dir, 'coverage.yaml');
    writeFileSync(file, yaml);
    return file;
  };

  test('names the entry and the field at fault', () => {
    const file = write(
      [
        '- work: love-in-the-big-city-film',
        '  category: cast',
        '  references: [{ url: https://example.org/a, readOn: 2026-12-01 }]',
        '  referenceCount: 3',
        '  note: fine',
        '- work: love-in-the-big-city-series',
        '  category: reviews',
        '  references: [{ url: not-a-url, readOn: 2026-12-01 }]',
        '  referenceCount: -1',
        '  note: bad',
        '  colour: red',
      ].join('\n'),
    );
    expect(() => readReferences(file)).toThrow(
      /entry 2 \(love-in-the-big-city-series reviews\) field "references\.0\.url"/,
    );
    expect(() => readReferences(file)).toThrow(/entry 2 .*referenceCount/);
    expect(() => readReferences(file)).toThrow(/entry 2 .*unknown field\(s\) colour/);
  });

  test('rejects an entry listed twice', () => {
    const entry = [
      '- work: love-in-the-big-city-film',
      '  category: crew',
      '  references: [{ url: https://example.org/a, readOn: 2026-12-01 }]',
      '  referenceCount: 1',
      '  note: x',
    ].join('\n');
    expect(() => readReferences(write(`${entry}\n${entry}\n`))).toThrow(
      /love-in-the-big-city-film crew is listed twice/,
    );
  });
});
