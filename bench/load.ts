// `npm run bench:load`: loads 1, 100, 1,000 and 10,000 generated reports (BENCH_SIZES=1,100 for
// fewer) and prints reports per second, the cost per report against the 100-report run (linear
// growth keeps it ~1.0×; the 1-report run carries the per-load fixed cost: migrations, the final
// checks; from 300 reports on (run from source) a read worker starts, over a second of the other
// core, while the loader's thread reads meanwhile) and
// database bytes per report, in all and per table (SQLite's dbstat).
// CPU ms/report is the whole process's CPU (every thread: read workers, the search index's), which
// other work on a shared machine disturbs less than the wall clock.
// Baselines in the same run: parsing alone on one thread (over up to 1,000 of the files) and the
// loader's own account of its thread's time (waiting for parsed reports or parsing them itself, vs
// writing them, vs finishing: indexes, search index, flags, checks) say which side set the pace.

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadReportFiles } from '../src/db/loader.js';
import { parseReport, parseReportText } from '../src/parse/index.js';
import { SEEDS_DIR } from '../src/paths.js';
import { makeVariant } from './variants.js';

const SIZES = (process.env.BENCH_SIZES ?? '1,100,1000,10000').split(',').map(Number);
const PARSE_SAMPLE = 1000;
const seedFile = path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt');
const seed = readFileSync(seedFile, 'utf8');
const meta = parseReportText(seed, { sourceName: 'seed' }).report?.meta;
if (!meta) throw new Error('the seed report does not parse');
const stem = meta.region.replace(/(市|县|区|自治县|旗)$/, '');

function writeVariants(dir: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const file = path.join(dir, `r${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, makeVariant(seed, stem, meta?.year ?? 2020, i));
    return file;
  });
}

/** Bytes per report of each table and index, largest first (dbstat counts whole pages). */
function tableSizes(dbFile: string, n: number): [string, number][] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare<[], { name: string; bytes: number }>(
        'SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
      )
      .all()
      .map(({ name, bytes }) => [name, bytes / n]);
  } finally {
    db.close();
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
console.log(
  `bench:load on ${cpus().length} cores (${availableParallelism()} available), node ${process.version}; ` +
    'other work on the machine shows in every row alike',
);
{
  // Warm-up, not reported: JIT and the first migration would otherwise be billed to the 1-report row.
  const dir = mkdtempSync(path.join(work, 'warm-'));
  await loadReportFiles(path.join(dir, 'warm.sqlite'), writeVariants(dir, 30), { fresh: true });
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  'reports | parse-only rep/s (1 thread) | load rep/s | ms/report | vs 100 | CPU ms/report | wait/write/finish ms per report |  paced by | KB/report',
);
const perReportAt = new Map<number, number>();
let largest: { n: number; sizes: [string, number][] } | null = null;
try {
  for (const n of SIZES) {
    const dir = mkdtempSync(path.join(work, `n${n}-`));
    const files = writeVariants(dir, n);
    const sample = files.slice(0, PARSE_SAMPLE);
    let t = performance.now();
    for (const file of sample) parseReport(readFileSync(file), { sourceName: file });
    const parseRate = sample.length / ((performance.now() - t) / 1000);
    const dbFile = path.join(dir, 'bench.sqlite');
    const cpu = process.cpuUsage();
    t = performance.now();
    const result = await loadReportFiles(dbFile, files, { fresh: true });
    const seconds = (performance.now() - t) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    if (result.loaded.length !== n) throw new Error(`loaded ${result.loaded.length} of ${n}`);
    const perReport = (seconds * 1000) / n;
    perReportAt.set(n, perReport);
    const base = perReportAt.get(100);
    const { waitMs, writeMs, finishMs } = result.timings;
    // The loader's thread waits (or parses itself) when parsing is behind; it never waits when writing
    // is; finishing comes after all parsing, so its time adds to the load's whatever the workers do.
    const pacedBy =
      finishMs > waitMs && finishMs > writeMs ? 'finishing' : waitMs > writeMs ? 'parsing' : 'writing';
    const size = statSync(dbFile).size;
    console.log(
      [
        String(n).padStart(7),
        parseRate.toFixed(0).padStart(27),
        (n / seconds).toFixed(0).padStart(10),
        perReport.toFixed(2).padStart(9),
        (base ? `${(perReport / base).toFixed(2)}×` : '–').padStart(6),
        ((user + system) / 1000 / n).toFixed(2).padStart(13),
        [waitMs, writeMs, finishMs]
          .map((ms) => (ms / n).toFixed(2))
          .join(' / ')
          .padStart(32),
        pacedBy.padStart(9),
        (size / 1024 / n).toFixed(1).padStart(9),
      ].join(' | '),
    );
    if (!largest || n >= largest.n) largest = { n, sizes: tableSizes(dbFile, n) };
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const at100 = perReportAt.get(100);
const at10k = perReportAt.get(10000);
if (at100 && at10k)
  console.log(`cost per report at 10,000 vs 100: ${(at10k / at100).toFixed(2)}× (goal: within 1.20×)`);
if (largest) {
  console.log(`\nbytes per report by table and index, at ${largest.n} reports (dbstat):`);
  const total = largest.sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  for (const [name, bytes] of largest.sizes.filter(([, b]) => b >= 100))
    console.log(`${name.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`${'total'.padEnd(34)} ${(total / 1024).toFixed(1).padStart(7)} KB (goal: ≤ 60 KB)`);
}
