import type { BenchResults } from './results-model';
import type { ServerKind } from './servers/serve';
import { QUESTIONS } from './suite';

const SERIES: ReadonlyArray<{ server: ServerKind; label: string; color: string; dash: string }> = [
  { server: 'ours', label: 'Big City Graph', color: '#c0392b', dash: '' },
  { server: 'ours-cached', label: 'Big City Graph, cache on', color: '#e67e22', dash: '' },
  { server: 'neo4j-graphql', label: '@neo4j/graphql', color: '#2471a3', dash: '6 3' },
  { server: 'raw', label: 'raw driver', color: '#555555', dash: '2 3' },
];
const PANEL = { width: 300, height: 210, left: 60, right: 12, top: 28, bottom: 36 };
const COLUMNS = 3;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * p50 latency against graph size, one small chart per question, log scales on both axes.
 * Plain SVG written by hand: no browser, no plotting library.
 */
export function latencyPlot(results: BenchResults, concurrency: number): string {
  const sizes = results.sizes.map((s) => s.nodes);
  const rows = Math.ceil(QUESTIONS.length / COLUMNS);
  const width = PANEL.width * COLUMNS;
  const height = PANEL.height * rows + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  const xMin = Math.log10(Math.min(...sizes)) - 0.15;
  const xMax = Math.log10(Math.max(...sizes)) + 0.15;
  QUESTIONS.forEach((question, i) => {
    const ox = (i % COLUMNS) * PANEL.width;
    const oy = Math.floor(i / COLUMNS) * PANEL.height;
    const points = SERIES.map(({ server }) =>
      results.sizes.map((size) => ({
        x: size.nodes,
        y: size.runs.find((r) => r.question === question.name && r.server === server && r.concurrency === concurrency)
          ?.p50,
      })),
    );
    const ys = points.flat().flatMap((p) => (p.y && p.y > 0 ? [p.y] : []));
    const yMin = Math.floor(Math.log10(Math.min(...ys, 1)));
    const yMax = Math.ceil(Math.log10(Math.max(...ys, 2)));
    const px = (x: number): number =>
      ox + PANEL.left + ((Math.log10(x) - xMin) / (xMax - xMin)) * (PANEL.width - PANEL.left - PANEL.right);
    const py = (y: number): number =>
      oy +
      PANEL.height -
      PANEL.bottom -
      ((Math.log10(y) - yMin) / (yMax - yMin)) * (PANEL.height - PANEL.top - PANEL.bottom);
    out.push(`<text x="${ox + PANEL.left}" y="${oy + 18}" font-weight="bold">${escape(question.name)}</text>`);
    for (let e = yMin; e <= yMax; e++) {
      const y = py(10 ** e);
      out.push(
        `<line x1="${ox + PANEL.left}" x2="${ox + PANEL.width - PANEL.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
        `<text x="${ox + PANEL.left - 4}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ms</text>`,
      );
    }
    for (const size of sizes) {
      out.push(
        `<text x="${px(size)}" y="${oy + PANEL.height - PANEL.bottom + 14}" text-anchor="middle">10^${Math.round(Math.log10(size))}</text>`,
      );
    }
    SERIES.forEach(({ color, dash }, s) => {
      const line = points[s]!.filter((p) => p.y && p.y > 0).map((p) => `${px(p.x).toFixed(1)},${py(p.y!).toFixed(1)}`);
      if (line.length === 0) return;
      out.push(
        `<polyline points="${line.join(' ')}" fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
        ...line.map((p) => {
          const [x, y] = p.split(',');
          return `<circle cx="${x}" cy="${y}" r="2.5" fill="${color}"/>`;
        }),
      );
    });
  });
  const legendY = height - 14;
  SERIES.forEach(({ label, color, dash }, s) => {
    const x = 20 + s * 200;
    out.push(
      `<line x1="${x}" x2="${x + 30}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${x + 36}" y="${legendY}">${escape(label)}</text>`,
    );
  });
  out.push(
    `<text x="${width - 12}" y="${legendY}" text-anchor="end">p50 latency at concurrency ${concurrency} against graph size (nodes), log–log</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
