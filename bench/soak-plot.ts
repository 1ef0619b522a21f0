import type { MemorySample } from './memory-sampler';

const SIZE = { width: 760, height: 360, left: 64, right: 20, top: 36, bottom: 48 };

/**
 * RSS and V8 heap (used) of the server over the soak, with the two windows the verdict compares
 * shaded and their means drawn. Plain SVG written by hand, like svg-plot.ts (whose panels are
 * shaped for latency against graph size, so it is not reused here).
 */
export function memoryPlot(
  samples: readonly MemorySample[],
  windows: ReadonlyArray<{ from: number; to: number; mean: number; label: string }>,
): string {
  const tMax = Math.max(...samples.map((s) => s.t), 60);
  const yMax = Math.ceil(Math.max(...samples.map((s) => s.rssMiB)) / 50) * 50 + 50;
  const px = (t: number): number => SIZE.left + (t / tMax) * (SIZE.width - SIZE.left - SIZE.right);
  const py = (mib: number): number => SIZE.height - SIZE.bottom - (mib / yMax) * (SIZE.height - SIZE.top - SIZE.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE.width}" height="${SIZE.height}" viewBox="0 0 ${SIZE.width} ${SIZE.height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${SIZE.left}" y="20" font-weight="bold">Server memory during the 10-minute soak (sampled every 10 s)</text>`,
  ];
  for (const w of windows) {
    out.push(
      `<rect x="${px(w.from)}" y="${SIZE.top}" width="${px(w.to) - px(w.from)}" height="${SIZE.height - SIZE.top - SIZE.bottom}" fill="#f2f2f2"/>`,
      `<line x1="${px(w.from)}" x2="${px(w.to)}" y1="${py(w.mean)}" y2="${py(w.mean)}" stroke="#888" stroke-dasharray="4 3"/>`,
      `<text x="${(px(w.from) + px(w.to)) / 2}" y="${SIZE.top + 14}" text-anchor="middle">${w.label}: mean ${w.mean.toFixed(1)} MiB</text>`,
    );
  }
  for (let y = 0; y <= yMax; y += yMax > 400 ? 100 : 50) {
    out.push(
      `<line x1="${SIZE.left}" x2="${SIZE.width - SIZE.right}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${SIZE.left - 4}" y="${py(y) + 4}" text-anchor="end">${y} MiB</text>`,
    );
  }
  for (let m = 0; m * 60 <= tMax; m++) {
    out.push(`<text x="${px(m * 60)}" y="${SIZE.height - SIZE.bottom + 14}" text-anchor="middle">${m}</text>`);
  }
  out.push(
    `<text x="${(SIZE.left + SIZE.width) / 2}" y="${SIZE.height - 14}" text-anchor="middle">minutes of steady load</text>`,
  );
  const line = (values: ReadonlyArray<{ t: number; y: number }>, color: string, label: string, row: number): void => {
    const points = values.filter((v) => Number.isFinite(v.y)).map((v) => `${px(v.t).toFixed(1)},${py(v.y).toFixed(1)}`);
    out.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`,
      `<line x1="${SIZE.width - 190}" x2="${SIZE.width - 160}" y1="${SIZE.top + 30 + row * 16}" y2="${SIZE.top + 30 + row * 16}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${SIZE.width - 154}" y="${SIZE.top + 34 + row * 16}">${label}</text>`,
    );
  };
  line(
    samples.map((s) => ({ t: s.t, y: s.rssMiB })),
    '#c0392b',
    'RSS (VmRSS)',
    0,
  );
  line(
    samples.map((s) => ({ t: s.t, y: s.heapUsedMiB })),
    '#2471a3',
    'V8 heap used',
    1,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
