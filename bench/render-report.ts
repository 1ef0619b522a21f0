import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { markdownReport } from './report';
import type { BenchResults } from './results-model';
import { latencyPlot } from './svg-plot';

/**
 * Renders a run's Markdown report and plots again from its JSON, after a change to how they
 * are presented: `npx tsx bench/render-report.ts [bench/results/latest.json]`. No figure changes.
 */
function main(): void {
  const file = process.argv[2] ?? join(__dirname, 'results', 'latest.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const prefix = basename(file).startsWith('quick-') ? 'quick-' : '';
  writeFileSync(join(dirname(file), `${prefix}latest.md`), markdownReport(results));
  for (const c of results.settings.concurrencies) {
    writeFileSync(join(dirname(file), `${prefix}latency-vs-size-c${c}.svg`), latencyPlot(results, c));
  }
  process.stdout.write(markdownReport(results));
}

main();
