export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: string;
}

export function stats(values: readonly number[]): { median: number; min: number; max: number; runs: number } {
  if (!values.length) throw new Error('no measurements were taken');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, `${round(f.median)} ${f.unit}`, `${round(f.min)}–${round(f.max)} ${f.unit}`, String(f.runs), f.target ?? '']);
  const header = ['figure', 'median', 'min–max', 'runs', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
