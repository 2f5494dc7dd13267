// Small statistics and formatting helpers for the benchmark table.
export function quantile(xs, q) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i); const hi = Math.ceil(i);
  return v[lo] + (v[hi] - v[lo]) * (i - lo);
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);
export const max = (xs) => { const v = xs.filter(Number.isFinite); return v.length ? Math.max(...v) : null; };

export function summary(xs) {
  const v = xs.filter((x) => Number.isFinite(x));
  return { n: v.length, median: median(v), p95: p95(v), max: max(v) };
}

export function fmt(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x.toFixed(digits);
}

export function kb(bytes) { return `${(bytes / 1024).toFixed(1)} KB`; }

/** A plain text table: rows of cells, first row the header. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
