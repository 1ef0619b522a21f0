import parsePrometheusTextFormat from 'parse-prometheus-text-format';

type Families = ReturnType<typeof parsePrometheusTextFormat>;

export interface Scrape {
  /** Every family, as an exposition-format parser that throws on any line it cannot read makes them. */
  readonly families: Families;
  readonly text: string;
}

export interface Sample {
  readonly labels: Record<string, string>;
  readonly value: number;
}

/** GET /metrics, checked line by line by parse-prometheus-text-format. */
export async function scrapeMetrics(url: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await fetch(`${url}/metrics`, { headers });
  if (response.status !== 200) throw new Error(`GET /metrics answered ${response.status}`);
  const text = await response.text();
  return { families: parsePrometheusTextFormat(text), text };
}

/**
 * The samples of one family, each as its labels and value; a histogram's as its series' counts.
 * The parser folds a histogram's labelled series into one, so their `_count` lines are read from
 * the text here (the parser has already accepted every line).
 */
export function samplesOf(scrape: Scrape, name: string): Sample[] {
  const family = scrape.families.find((candidate) => candidate.name === name);
  if (!family) throw new Error(`no metric family ${name}`);
  if (family.type !== 'HISTOGRAM')
    return family.metrics.map((sample) => ({ labels: { ...(sample.labels ?? {}) }, value: Number(sample.value) }));
  const counts = new RegExp(`^${name}_count(?:\\{(.*)\\})? (\\S+)$`);
  return scrape.text.split('\n').flatMap((line) => {
    const match = counts.exec(line);
    return match ? [{ labels: labelsOf(match[1] ?? ''), value: Number(match[2]) }] : [];
  });
}

/** The sum of the samples of `name` whose labels include `labels`. */
export function valueOf(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  return samplesOf(scrape, name)
    .filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
    .reduce((sum, sample) => sum + sample.value, 0);
}

function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [, key, value] of text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
    if (key !== undefined && value !== undefined) labels[key] = JSON.parse(`"${value}"`) as string;
  return labels;
}
