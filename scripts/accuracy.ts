// npm run accuracy: how much of our hand-answered fixtures (tests/accuracy/) the parser gets right.
// Prints precision and recall per category, meta correctness, then every miss. --json prints the
// whole result as JSON; --record writes the current levels to tests/accuracy/baseline.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { CATEGORIES } from './accuracy/answers.js';
import {
  type AccuracyResult,
  BASELINE_FILE,
  BATCHES_FILE,
  baselineOf,
  evaluate,
  loadFixtures,
  type Miss,
} from './accuracy/run.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function summaryTable(result: AccuracyResult): string[] {
  const lines = ['| category | precision | recall | TP | FP | FN |', '|---|---|---|---|---|---|'];
  for (const c of CATEGORIES) {
    const s = result.categories[c];
    lines.push(`| ${c} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
  }
  const { checked, correct } = result.meta;
  lines.push('', `meta (genre, region, period): ${correct}/${checked} correct`);
  return lines;
}

function missClasses(misses: Miss[]): string[] {
  const counts = new Map<string, number>();
  for (const m of misses) {
    const key = `${m.category} ${m.kind}: ${m.class}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${String(n).padStart(4)}  ${k}`);
}

function print(result: AccuracyResult): void {
  const out: string[] = [`${result.files.length} fixtures`, '', ...summaryTable(result)];
  const failed = result.files.filter((f) => !f.parsed);
  if (failed.length > 0) {
    out.push('', 'parse failures (every expected item counted as missed):');
    for (const f of failed) out.push(`  ${f.file}: ${f.problems.join('; ') || 'no report'}`);
  }
  const wrongMeta = result.meta.checks.filter((c) => !c.correct);
  if (wrongMeta.length > 0) {
    out.push('', 'meta:');
    for (const c of wrongMeta)
      out.push(`  ${c.file}: ${c.field} expected ${c.expected}, got ${c.actual ?? '(no report)'}`);
  }
  const unread = new Set(failed.map((f) => f.file));
  const inRead = result.misses.filter((m) => !unread.has(m.file));
  out.push(
    '',
    `misses by class, in the ${result.files.length - failed.length} fixtures the parser read (${result.misses.length - inRead.length} more in the ${failed.length} it could not):`,
    ...missClasses(inRead),
  );
  for (const category of CATEGORIES) {
    const misses = result.misses.filter((m) => m.category === category);
    if (misses.length === 0) continue;
    out.push('', `${category}:`);
    for (const m of misses)
      out.push(`  ${m.file}  ${m.kind === 'missed' ? 'missed  ' : 'spurious'}  ${m.description}`);
  }
  console.log(out.join('\n'));
}

const argv = process.argv.slice(2);
const batchAt = argv.indexOf('--batch');
const batchName = batchAt >= 0 ? argv[batchAt + 1] : undefined;
const args = new Set(argv.filter((_, k) => (k !== batchAt && k !== batchAt + 1) || batchAt < 0));
const usage = 'usage: npm run accuracy [-- --json] [-- --record] [-- --batch NAME]';
const unknown = [...args].filter((a) => a !== '--json' && a !== '--record');
if (unknown.length > 0 || (batchAt >= 0 && !batchName)) {
  console.error(`unknown option ${unknown.join(' ') || '--batch without a name'}; ${usage}`);
  process.exit(2);
}
const batches = JSON.parse(readFileSync(BATCHES_FILE, 'utf8')) as Record<string, string[] | string>;
const batch = batchName === undefined ? undefined : batches[batchName];
if (batchName !== undefined && !Array.isArray(batch)) {
  const names = Object.keys(batches).filter((k) => Array.isArray(batches[k]));
  console.error(`no batch "${batchName}"; batches: ${names.join(', ')}`);
  process.exit(2);
}
if (batch && args.has('--record')) {
  console.error('--record writes the levels of every fixture; it cannot be used with --batch');
  process.exit(2);
}
const result = await evaluate(loadFixtures().filter((f) => !batch || batch.includes(f.name)));
if (args.has('--json')) console.log(JSON.stringify(result, null, 2));
else print(result);
if (args.has('--record')) {
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baselineOf(result), null, 2)}\n`);
  console.error(`recorded ${BASELINE_FILE}`);
}
