import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as markdownPlugin from 'prettier/plugins/markdown';
import type { Options } from 'prettier';
import { format } from 'prettier/standalone';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadSeed } from '../src/seed/load-seed';
import { formatSeedError, type Seed } from '../src/seed/read-seed';
import { PARTIAL_DATE } from '../src/seed/schema';

/**
 * The coverage report, seed/COVERAGE.md: per work and category, what the graph holds against what
 * the references list. The graph's side is counted here from the validated seed (no database); the
 * references' side is kept by hand in seed/references/coverage.yaml. `npm run coverage` writes the
 * report, and tests/unit/coverage.test.ts fails when it is stale.
 */

const ROOT = join(__dirname, '..');
export const SEED_DIR = join(ROOT, 'seed');
export const REFERENCES_FILE = join(SEED_DIR, 'references', 'coverage.yaml');
export const REPORT_FILE = join(SEED_DIR, 'COVERAGE.md');

/** The works the report covers, in the order of the seed's folders. */
export const WORKS = [
  'love-in-the-big-city-novel',
  'love-in-the-big-city-film',
  'love-in-the-big-city-series',
] as const;
export type CoveredWork = (typeof WORKS)[number];

export const CATEGORIES = [
  'cast',
  'crew',
  'companies',
  'editions',
  'releases',
  'honors',
  'box-office',
  'reviews',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Editions are counted for books only. */
function categoriesOf(kind: string): readonly Category[] {
  return kind === 'NOVEL' ? CATEGORIES : CATEGORIES.filter((c) => c !== 'editions');
}

// ------------------------------------------------------------------------------ the references

const text = z.string().trim().min(1, 'must not be empty');
const Reference = z.strictObject({
  url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
  readOn: z.string().regex(PARTIAL_DATE, 'must be a date like 2026-12-01'),
  /** What this one reference lists, where it lists something countable. */
  count: z.number().int().nonnegative().optional(),
});
const Missing = z.strictObject({ item: text, why: text });
const ReferenceEntry = z.strictObject({
  work: z.enum(WORKS),
  category: z.enum(CATEGORIES),
  references: z.array(Reference).min(1, 'needs at least one reference'),
  /** How many distinct items the references list together (the coverage's denominator). */
  referenceCount: z.number().int().nonnegative(),
  /** The unit when it is not the category's own items (e.g. "countries" for editions). */
  unit: text.optional(),
  note: text,
  missing: z.array(Missing).default([]),
});
export type ReferenceEntry = z.infer<typeof ReferenceEntry>;

/** Reads and checks the hand-kept reference counts; a bad entry throws an error naming it. */
export function readReferences(file: string = REFERENCES_FILE): ReferenceEntry[] {
  const name = relative(ROOT, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${name}: cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(raw)) throw new Error(`${name}: must be a list of entries (work, category, references, …)`);
  const problems: string[] = [];
  const entries: ReferenceEntry[] = [];
  raw.forEach((value: unknown, index) => {
    const parsed = ReferenceEntry.safeParse(value);
    const record = (value ?? {}) as Record<string, unknown>;
    const label = `entry ${index + 1} (${String(record.work ?? '?')} ${String(record.category ?? '?')})`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? ` field "${issue.path.join('.')}"` : '';
        const message =
          issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
        problems.push(`${name} ${label}${field}: ${message}`);
      }
    } else entries.push(parsed.data);
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.work} ${entry.category}`;
    if (seen.has(key)) problems.push(`${name}: ${key} is listed twice`);
    seen.add(key);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entries;
}

// ------------------------------------------------------------------------------ the graph's side

/** What the graph holds for one work and category: the number compared, and how it breaks down. */
export interface Counted {
  readonly count: number;
  readonly detail: string;
}

type Values<C extends keyof Seed> = Array<Seed[C][number]['value']>;

/** The seed's entries as plain values, and the work with its parts (a novel's stories). */
class Scope {
  readonly ids: ReadonlySet<string>;
  constructor(
    readonly seed: Seed,
    readonly work: Values<'works'>[number],
  ) {
    this.ids = new Set([work.id, ...seed.works.filter((w) => w.value.partOf === work.id).map((w) => w.value.id)]);
  }
  all<C extends keyof Seed>(collection: C): Values<C> {
    return this.seed[collection].map((at) => at.value) as Values<C>;
  }
  has(id: string | undefined): boolean {
    return id !== undefined && this.ids.has(id);
  }
  any(ids: readonly string[]): boolean {
    return ids.some((id) => this.ids.has(id));
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const tally = (values: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([v, n]) => `${v} ${n}`)
    .join(', ');
};

/**
 * cast: the ACTOR credits of the work (one per actor and part, named or not, supporting and
 * special appearances included). A novel has no cast: there its characters are counted.
 */
function countCast(s: Scope): Counted {
  if (s.work.kind === 'NOVEL') {
    const characters = s.all('characters').filter((c) => s.has(c.work));
    return { count: characters.length, detail: 'a book has no cast: its characters' };
  }
  const credits = s.all('credits').filter((c) => s.has(c.work) && c.role === 'ACTOR');
  const named = credits.filter((c) => c.character !== undefined).length;
  return { count: credits.length, detail: `${plural(credits.length, 'ACTOR credit')}, ${named} with a character` };
}

/**
 * crew: the non-ACTOR credits of the work (one per person and role), plus, for a book, the
 * translators of its editions who hold no TRANSLATOR credit on it.
 */
function countCrew(s: Scope): Counted {
  const credits = s.all('credits').filter((c) => s.has(c.work) && c.role !== 'ACTOR');
  const credited = new Set(credits.filter((c) => c.role === 'TRANSLATOR').map((c) => c.person));
  const translators = new Set(
    s
      .all('editions')
      .filter((e) => s.has(e.work))
      .flatMap((e) => e.translators)
      .filter((p) => !credited.has(p)),
  );
  const detail = [`credits: ${tally(credits.map((c) => c.role))}`];
  if (translators.size > 0) detail.push(`${plural(translators.size, 'further translator')} of editions`);
  return { count: credits.length + translators.size, detail: detail.join('; ') };
}

/** companies: distinct organizations with an affiliation to the work, or publishing one of its editions. */
function countCompanies(s: Scope): Counted {
  const affiliations = s.all('affiliations').filter((a) => s.has(a.work));
  const publishers = s
    .all('editions')
    .filter((e) => s.has(e.work) && e.publisher !== undefined)
    .map((e) => e.publisher as string);
  const organizations = new Set([...affiliations.map((a) => a.organization), ...publishers]);
  const fromEditions = new Set(publishers.filter((p) => !affiliations.some((a) => a.organization === p)));
  const detail = [`${plural(affiliations.length, 'affiliation')} (${tally(affiliations.map((a) => a.role))})`];
  if (fromEditions.size > 0) detail.push(`${plural(fromEditions.size, 'further publisher')} of editions`);
  return { count: organizations.size, detail: detail.join('; ') };
}

/**
 * editions: the countries with a translated edition (an edition in a language other than the
 * work's own), the unit in which the references count them; the edition and language counts follow.
 */
function countEditions(s: Scope): Counted {
  const editions = s.all('editions').filter((e) => s.has(e.work));
  const languages = new Set(editions.map((e) => e.language));
  const countries = new Set(editions.map((e) => e.country ?? '?'));
  const translated = new Set(
    editions.filter((e) => e.language !== s.work.language && e.country !== undefined).map((e) => e.country as string),
  );
  return {
    count: translated.size,
    detail: `with a translation; ${plural(editions.length, 'edition')} in ${plural(languages.size, 'language')} and ${plural(countries.size, 'country', 'countries')}`,
  };
}

const RELEASE_KINDS: readonly string[] = ['PREMIERE', 'RELEASE', 'SCREENING', 'PUBLICATION'];

/** releases: events of kind PREMIERE, RELEASE, SCREENING or PUBLICATION that concern the work. */
function countReleases(s: Scope): Counted {
  const events = s.all('events').filter((e) => RELEASE_KINDS.includes(e.kind) && s.any(e.works));
  return { count: events.length, detail: tally(events.map((e) => e.kind)) || 'none' };
}

/**
 * honors: honors whose recipients include the work (or one of its parts) or whose `for` names
 * it, so a person's honor for the work counts and one for another work does not; and the work's
 * places on year-end lists (rankings of kind YEAR_END_LIST).
 */
function countHonors(s: Scope): Counted {
  const honors = s.all('honors').filter((h) => s.any(h.recipients) || s.any(h.for));
  const lists = s.all('rankings').filter((r) => r.kind === 'YEAR_END_LIST' && s.has(r.work));
  const detail = [tally(honors.map((h) => h.result)) || 'no honors'];
  if (lists.length > 0) detail.push(plural(lists.length, 'year-end list'));
  return { count: honors.length + lists.length, detail: detail.join('; ') };
}

const FIGURE_EVENT_KINDS: readonly string[] = ['BOX_OFFICE', 'SALES', 'AUDIENCE_RESPONSE'];
/** Claim properties (the part before the first dot) that record how a work sold or was watched. */
export const FIGURE_PROPERTIES: readonly string[] = [
  'boxOffice',
  'audienceScore',
  'salesKorea',
  'salesIncrease',
  'printingsKorea',
  'rankingAfterRelease',
  'viewership',
];

/**
 * box office (sales for a book, viewership for a series): events of kind BOX_OFFICE, SALES or
 * AUDIENCE_RESPONSE that concern the work, its CHART rankings, its ratings, and its claims on a
 * FIGURE_PROPERTIES property whose value carries a figure (a number, or text with a digit). An
 * event and a claim that record the same figure are both counted.
 */
function countBoxOffice(s: Scope): Counted {
  const events = s.all('events').filter((e) => FIGURE_EVENT_KINDS.includes(e.kind) && s.any(e.works));
  const charts = s.all('rankings').filter((r) => r.kind === 'CHART' && s.has(r.work));
  const ratings = s.all('ratings').filter((r) => s.has(r.work));
  const claims = s
    .all('claims')
    .filter(
      (c) =>
        s.has(c.subject) &&
        FIGURE_PROPERTIES.includes(c.property.split('.')[0] as string) &&
        (typeof c.value === 'number' || /\d/.test(c.value)),
    );
  const parts = [
    plural(events.length, 'event'),
    plural(charts.length, 'chart position'),
    plural(ratings.length, 'rating'),
    plural(claims.length, 'figure claim'),
  ];
  return { count: events.length + charts.length + ratings.length + claims.length, detail: parts.join(', ') };
}

/** reviews: the Review entries of the work. */
function countReviews(s: Scope): Counted {
  const reviews = s.all('reviews').filter((r) => s.has(r.work));
  return { count: reviews.length, detail: tally(reviews.map((r) => r.stance)) || 'none' };
}

const COUNTERS: { readonly [C in Category]: (scope: Scope) => Counted } = {
  cast: countCast,
  crew: countCrew,
  companies: countCompanies,
  editions: countEditions,
  releases: countReleases,
  honors: countHonors,
  'box-office': countBoxOffice,
  reviews: countReviews,
};

/** What each count is, as the report states it. */
const DEFINITIONS: { readonly [C in Category]: string } = {
  cast: 'ACTOR credits of the work, supporting parts and special appearances included, with or without a named character; for the novel, its characters.',
  crew: 'non-ACTOR credits of the work (one per person and role); for the novel also the translators of its editions who have no credit of their own.',
  companies:
    'distinct organizations with an affiliation to the work (producing, funding, distributing, streaming, publishing, rights, agency, initiating) or publishing one of its editions.',
  editions:
    'countries with a translated edition (the unit the references use), then the Edition entries and their languages.',
  releases: 'events of kind PREMIERE, RELEASE, SCREENING or PUBLICATION that concern the work.',
  honors:
    "honors whose recipients include the work (or one of the novel's stories) or whose `for` names it, so a person's honor for the work counts and one for another work does not; plus the work's year-end lists (rankings of kind YEAR_END_LIST).",
  'box-office': `events of kind BOX_OFFICE, SALES or AUDIENCE_RESPONSE concerning the work, its CHART rankings, its ratings, and its claims on ${FIGURE_PROPERTIES.map((p) => `\`${p}\``).join(', ')} whose value carries a figure (a number, or text with a digit); an event and a claim that record the same figure are both counted.`,
  reviews: 'Review entries of the work.',
};

const LABELS: { readonly [C in Category]: string } = {
  cast: 'cast',
  crew: 'crew',
  companies: 'companies',
  editions: 'editions',
  releases: 'releases',
  honors: 'honors',
  'box-office': 'box office',
  reviews: 'reviews',
};

/** The graph's count for every work and category the report covers. */
export function graphCounts(seed: Seed): Array<{ work: CoveredWork; category: Category; counted: Counted }> {
  return WORKS.flatMap((workId) => {
    const work = seed.works.find((w) => w.value.id === workId)?.value;
    if (!work) throw new Error(`the seed has no work ${workId}`);
    const scope = new Scope(seed, work);
    return categoriesOf(work.kind).map((category) => ({ work: workId, category, counted: COUNTERS[category](scope) }));
  });
}

// ------------------------------------------------------------------------------ the report

export interface Row {
  readonly work: CoveredWork;
  readonly category: Category;
  readonly graph: Counted;
  readonly reference: ReferenceEntry;
  /** Capped at 100; undefined when the references list nothing to count against. */
  readonly percent: number | undefined;
}

export function coverageRows(seed: Seed, references: readonly ReferenceEntry[]): Row[] {
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const { work, category, counted: graph } of graphCounts(seed)) {
    const reference = references.find((r) => r.work === work && r.category === category);
    if (!reference) {
      problems.push(`${relative(ROOT, REFERENCES_FILE)}: no entry for ${work} ${category}`);
      continue;
    }
    const percent =
      reference.referenceCount === 0
        ? undefined
        : Math.min(100, Math.floor((100 * graph.count) / reference.referenceCount));
    rows.push({ work, category, graph, reference, percent });
  }
  for (const r of references) {
    if (!rows.some((row) => row.work === r.work && row.category === r.category)) {
      problems.push(`${relative(ROOT, REFERENCES_FILE)}: ${r.work} has no category ${r.category}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return rows;
}

const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const percentText = (p: number | undefined): string => (p === undefined ? 'n/a' : `${p} %`);

function renderReferences(entry: ReferenceEntry): string {
  return entry.references
    .map((r) => {
      const host = new URL(r.url).hostname.replace(/^(www|m|mobile)\./, '');
      return `[${host}](${r.url}), ${r.readOn}${r.count === undefined ? '' : `: ${r.count}`}`;
    })
    .join('<br>');
}

function renderMissing(row: Row): string {
  const lines: string[] = [];
  if (row.reference.referenceCount > 0 && row.graph.count > row.reference.referenceCount) {
    lines.push(`the graph goes beyond the references (${row.graph.count} against ${row.reference.referenceCount})`);
  }
  for (const m of row.reference.missing) lines.push(`${m.item}: ${m.why}`);
  if (lines.length === 0) lines.push('nothing known');
  return lines.map(cell).join('<br>');
}

/** The report's markdown before formatting. */
export function renderReport(seed: Seed, references: readonly ReferenceEntry[]): string {
  const rows = coverageRows(seed, references);
  const title = (id: string): string => {
    const work = seed.works.find((w) => w.value.id === id)?.value;
    return work ? `${work.title} (${work.kind.toLowerCase()}, ${work.year ?? '?'})` : id;
  };
  const out: string[] = [
    '# Coverage of the seed',
    '',
    '<!-- Generated by scripts/coverage.ts (npm run coverage) from the seed and seed/references/coverage.yaml. Do not edit. -->',
    '',
    "How much of what the references list the graph holds, per work and category. The graph's counts are computed from the validated seed (see [What is counted](#what-is-counted)); the reference counts are recorded by hand, with the pages they come from and the day those were read, in `seed/references/coverage.yaml`. A reference count is the number of distinct items the listed references name together; each reference's own count follows its read-on date. Coverage is the graph's count over the reference count, rounded down and capped at 100 %. The last column says where the graph goes beyond the references and what is still missing; the notes under each table say where a reference is incomplete or contradicts another.",
    '',
    '## Headline',
    '',
    '| work | categories at 100 % | in the graph | reference counts | items counted against the references |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const work of WORKS) {
    const own = rows.filter((r) => r.work === work);
    const counted = own.filter((r) => r.percent !== undefined);
    const full = counted.filter((r) => r.percent === 100).length;
    const graph = own.reduce((n, r) => n + r.graph.count, 0);
    const reference = own.reduce((n, r) => n + r.reference.referenceCount, 0);
    const covered = counted.reduce((n, r) => n + Math.min(r.graph.count, r.reference.referenceCount), 0);
    out.push(
      `| ${title(work)} | ${full} of ${counted.length} | ${graph} | ${reference} | ${covered} of ${reference} (${reference === 0 ? 'n/a' : `${Math.floor((100 * covered) / reference)} %`}) |`,
    );
  }
  out.push('', 'Categories below 100 %:', '');
  const short = rows.filter((r) => r.percent !== undefined && r.percent < 100);
  if (short.length === 0) out.push('- none');
  for (const r of short) {
    out.push(
      `- ${title(r.work)}, ${LABELS[r.category]}: ${r.graph.count} of ${r.reference.referenceCount}${r.reference.unit ? ` ${r.reference.unit}` : ''} (${percentText(r.percent)})`,
    );
  }
  for (const work of WORKS) {
    out.push(
      '',
      `## ${title(work)}`,
      '',
      '| category | in the graph | reference count | coverage | reference (link, read on: its count) | still missing / why |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const own = rows.filter((row) => row.work === work);
    for (const r of own) {
      const unit = r.reference.unit ? ` ${r.reference.unit}` : '';
      out.push(
        `| ${LABELS[r.category]} | ${r.graph.count}${unit} (${cell(r.graph.detail)}) | ${r.reference.referenceCount}${unit} | ${percentText(r.percent)} | ${renderReferences(r.reference)} | ${renderMissing(r)} |`,
      );
    }
    out.push('', 'Notes:', '');
    for (const r of own) out.push(`- **${LABELS[r.category]}**: ${cell(r.reference.note)}`);
  }
  out.push('', '## What is counted', '');
  for (const category of CATEGORIES) out.push(`- **${LABELS[category]}**: ${DEFINITIONS[category]}`);
  out.push('');
  return out.join('\n');
}

/** The report as `npm run coverage` writes it: the seed read and validated, the markdown formatted by prettier. */
export async function generateReport(
  seedDir: string = SEED_DIR,
  referencesFile: string = REFERENCES_FILE,
): Promise<string> {
  const result = loadSeed(seedDir);
  if (!result.ok) {
    throw new Error(`the seed is not valid:\n${result.errors.map(formatSeedError).join('\n')}`);
  }
  const markdown = renderReport(result.seed, readReferences(referencesFile));
  // Prettier's standalone build with its markdown plugin: the main entry loads its plugins by
  // dynamic import, which Jest (tests/unit/coverage.test.ts) cannot run. The project's options
  // are read from .prettierrc.json, so `npm run format:check` accepts the result.
  const options = JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as Options;
  return format(markdown, { ...options, parser: 'markdown', plugins: [markdownPlugin] });
}

if (require.main === module) {
  generateReport()
    .then((report) => {
      writeFileSync(REPORT_FILE, report);
      process.stdout.write(`wrote ${relative(ROOT, REPORT_FILE)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
