// Small helpers for printing results: medians, number formats and aligned tables.

import { cpus } from 'node:os';

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const fmt = {
  rps: (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—'),
  us: (v: number) => (Number.isFinite(v) ? `${Math.round(v)} µs` : '—'),
  ms: (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 1 : 0)} ms` : '—'),
  ratio: (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—'),
  mb: (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} MB` : '—'),
  share: (v: number) => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : '—'),
  pct: (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%` : '—'),
  verdict: (ok: boolean) => (ok ? 'pass' : 'FAIL'),
};

/** Prints rows as a table with a header rule; numbers right-aligned, text left-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const align = (cells: string[]) =>
    cells
      .map((cell, i) =>
        /^[\d.,+\-—%]+( ms| MB| µs)?$/.test(cell)
          ? cell.padStart(widths[i] ?? 0)
          : cell.padEnd(widths[i] ?? 0),
      )
      .join(' | ');
  console.log(align(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(align(row));
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, ${process.platform}`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
