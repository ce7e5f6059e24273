// `npm run bench:hostile`: the parser on hostile shapes, one line with no stop repeating a form the prose
// readers know (bench/lib/hostile-shapes.ts), at growing repeats. What it reads is the doubling ratio from
// one size to the next, about 2 for a linear parse and 4 for a quadratic one, not absolute times: a parse
// that looks back over the line so far from every figure is a denial of service on an upload.
// Every timing is a fresh process (bench/hostile-side.ts, the same node flags for every side), which parses
// the line once and reports its own CPU; sides alternate within each size (roundOrder), so a checkout given
// with `--against <dir>` (a `git worktree add --detach <dir> <commit>` with node_modules linked) is timed
// beside this tree in the same minutes and sets the pace beside it.
// Env: BENCH_HOSTILE_SIZES (repeats, comma-separated, default 10000,20000,40000: below 20k a parse's fixed cost
// hid a square, the one-cell table doubled 2.15 at 10k→20k and 3.7 at 25k→50k; session 40, docs/parser-speed.md;
// e.g. BENCH_HOSTILE_SIZES=12500,25000,50000,100000 to read one family further), BENCH_ROUNDS (1: the median of the rounds),
// BENCH_HOSTILE_CAP (seconds a parse may take, default 120: a side past it is shown as over the cap, and
// its larger sizes are skipped). `--only <family>` times one family.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_SHAPES } from './lib/hostile-shapes.js';
import { roundOrder } from './lib/parse-compare.js';
import { machine, median, printTable } from './lib/report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const thisTree = path.resolve(here, '..');
const script = path.join(here, 'hostile-side.ts');
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value) throw new Error(`${name} needs a value`);
  return value;
};
const againstDir = arg('--against');
const only = arg('--only');
const sizes = (process.env.BENCH_HOSTILE_SIZES ?? '10000,20000,40000').split(',').map(Number);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS) || 1);
const capMs = (Number(process.env.BENCH_HOSTILE_CAP) || 120) * 1000;
const families = Object.keys(HOSTILE_SHAPES).filter((f) => only === undefined || f === only);
if (families.length === 0) throw new Error(`no hostile family ${only}`);

const sides = [thisTree, ...(againstDir ? [path.resolve(againstDir)] : [])];

/** One parse of a family's line by a tree's parser in a fresh process: its CPU ms, or Infinity past the cap. */
function time(tree: string, family: string, repeats: number): number {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--tree', tree, family, String(repeats)],
    { encoding: 'utf8', timeout: capMs * 2, maxBuffer: 1 << 20 },
  );
  if (run.error || run.status !== 0) {
    if (run.signal === 'SIGTERM') return Number.POSITIVE_INFINITY;
    throw new Error(`bench/hostile-side.ts failed on ${family} × ${repeats} (${tree}): ${run.stderr}`);
  }
  const cpuMs = (JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { cpuMs: number }).cpuMs;
  return cpuMs > capMs ? Number.POSITIVE_INFINITY : cpuMs;
}

const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : `>${capMs / 1000}`);
const doubling = (times: number[]) =>
  times
    .slice(1)
    .map((t, k) => {
      const before = times[k] ?? Number.NaN;
      return Number.isFinite(t) && Number.isFinite(before) ? (t / before).toFixed(2) : '—';
    })
    .join(' ');

console.log(
  `bench:hostile on ${machine()}; ${families.length} families at ${sizes.join(' / ')} repeats, ` +
    `${rounds} round(s), each parse a fresh process${againstDir ? `, against ${againstDir}` : ''}`,
);
const rows: string[][] = [];
for (const family of families) {
  const times = sides.map(() => [] as number[]);
  const over = sides.map(() => false);
  for (const repeats of sizes) {
    const taken = sides.map(() => [] as number[]);
    for (let round = 1; round <= rounds; round++)
      for (const k of roundOrder(
        sides.map((_, j) => j),
        round,
      )) {
        if (over[k]) taken[k]?.push(Number.POSITIVE_INFINITY);
        else taken[k]?.push(time(sides[k] as string, family, repeats));
      }
    for (const [k, cpu] of taken.entries()) {
      const ms = cpu.some((c) => !Number.isFinite(c)) ? Number.POSITIVE_INFINITY : median(cpu);
      times[k]?.push(ms);
      if (!Number.isFinite(ms)) over[k] = true;
    }
    console.log(`  ${family} × ${repeats}: ${taken.map((t) => seconds(median(t))).join(' s, ')} s`);
  }
  const [mine = [], theirs = []] = times;
  const last = (t: number[]) => t.at(-1) ?? Number.NaN;
  rows.push([
    family,
    mine.map(seconds).join(' / '),
    doubling(mine),
    ...(againstDir
      ? [
          theirs.map(seconds).join(' / '),
          doubling(theirs),
          Number.isFinite(last(theirs)) ? (last(mine) / last(theirs)).toFixed(2) : '—',
        ]
      : []),
  ]);
}
console.log('');
printTable(
  [
    'family',
    `this tree, CPU s (${sizes.join(' / ')})`,
    'doubling',
    ...(againstDir ? [`against, CPU s`, 'doubling', 'this / against, largest'] : []),
  ],
  rows,
);
console.log(
  '\nA doubling ratio near 2 is a linear parse, near 4 a quadratic one (one parse a size: read the ' +
    'ratios, not the times, on a shared machine).',
);
