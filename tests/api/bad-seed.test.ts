import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countNodesByLabel, countRelationshipsByType } from '../../src/db/graph-audit';
import { PROJECT_ROOT } from '../../src/project-root';
import { formatSeedError } from '../../src/seed/read-seed';
import { loadSeed } from '../../src/seed/load-seed';
import { InvalidSeedError, seedFromDirectory } from '../../src/seed/seed-graph';
import { connectTestGraph } from '../helpers/test-graph';

const graph = connectTestGraph({ timeoutMs: 60_000 });
let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bcg-seed-')), 'seed');
  cpSync(join(PROJECT_ROOT, 'seed'), dir, { recursive: true });
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
afterAll(() => graph.close());

/** Rewrites one seed file; the edit must change it, or the case would test nothing. */
function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

const CASES: Array<{ name: string; file: string; from: string | RegExp; to: string; expected: RegExp }> = [
  {
    name: 'a missing source',
    file: 'music/series.yaml',
    from: /(\n\s+sources:\s*)\[[^\]]*\]/,
    to: '$1[]',
    expected:
      /^seed\/music\/series\.yaml songs\[0\] \(erotic-joke\) field "sources": every fact needs at least one source/,
  },
  {
    name: 'a source not listed in sources.yaml',
    file: 'music/series.yaml',
    from: /(\n\s+sources:\s*)\[[^\]]*\]/,
    to: '$1[https://example.org/not-listed]',
    expected:
      /^seed\/music\/series\.yaml songs\[0\] \(erotic-joke\) field "sources\.0": source "https:\/\/example\.org\/not-listed" is not listed/,
  },
  {
    name: 'a reference to an unknown id',
    file: 'music/series.yaml',
    from: 'performers: [suran]',
    to: 'performers: [nobody-at-all]',
    expected: /^seed\/music\/series\.yaml songs\[0\] \(erotic-joke\) field "performers\.0": unknown id "nobody-at-all"/,
  },
  {
    name: 'a duplicate id',
    file: 'music/series.yaml',
    from: 'id: erotic-joke',
    to: 'id: nam-yoon-su',
    expected: /songs\[0\] \(nam-yoon-su\) field "id": duplicate id "nam-yoon-su"/,
  },
  {
    name: 'a wrong enum',
    file: 'works/series.yaml',
    from: 'kind: SERIES',
    to: 'kind: PODCAST',
    expected: /^seed\/works\/series\.yaml works\[0\] \(love-in-the-big-city-series\) field "kind": /,
  },
  {
    name: 'a malformed date',
    file: 'music/series.yaml',
    from: /releaseDate: "?2024-10-24"?/,
    to: 'releaseDate: "2024-13-45"',
    expected: /^seed\/music\/series\.yaml songs\[0\] \(erotic-joke\) field "releaseDate": must be a date like 2024/,
  },
  {
    name: 'an impossible calendar date',
    file: 'music/series.yaml',
    from: /releaseDate: "?2024-10-24"?/,
    to: 'releaseDate: "2024-02-30"',
    expected: /field "releaseDate": is not a calendar date/,
  },
];

describe.each(CASES)('a seed with $name', ({ file, from, to, expected }) => {
  test('fails validation with a message naming file, entry and field', () => {
    edit(file, from, to);
    const result = loadSeed(dir);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map(formatSeedError);
    expect(messages.some((message) => expected.test(message))).toBe(true);
  });

  test('writes nothing to the database', async () => {
    edit(file, from, to);
    const nodes = await countNodesByLabel(graph.executor);
    const relationships = await countRelationshipsByType(graph.executor);
    const queries: string[] = [];
    const stop = graph.executor.observe((event) => queries.push(event.query));
    await expect(seedFromDirectory(graph.executor, dir, { reset: true })).rejects.toBeInstanceOf(InvalidSeedError);
    stop();
    expect(queries).toEqual([]);
    expect(await countNodesByLabel(graph.executor)).toEqual(nodes);
    expect(await countRelationshipsByType(graph.executor)).toEqual(relationships);
  });
});
