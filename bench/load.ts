// `npm run bench:load`: loads 1, 100 and 1,000 generated reports and prints reports per second,
// database size, and the per-report cost against the 1-report run (linear growth keeps it ~1.0×;
// the 1-report run still carries the per-load fixed cost: copying, migrations, the final checks).
// Parse-only throughput is measured in the same run as the baseline the loader is compared with.

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { loadReportFiles } from '../src/db/loader.js';
import { parseReport, parseReportText } from '../src/parse/index.js';
import { SEEDS_DIR } from '../src/paths.js';
import { makeVariant } from './variants.js';

const SIZES = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);
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

const work = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
console.log(`bench:load on ${cpus().length} cores, node ${process.version}`);
{
  // Warm-up, not reported: JIT and the first migration would otherwise be billed to the 1-report row.
  const dir = mkdtempSync(path.join(work, 'warm-'));
  await loadReportFiles(path.join(dir, 'warm.sqlite'), writeVariants(dir, 30), { fresh: true });
  rmSync(dir, { recursive: true, force: true });
}
console.log('reports | parse-only rep/s | load rep/s | ms/report | vs 1-report | db size | KB/report');
let baseline = 0;
try {
  for (const n of SIZES) {
    const dir = mkdtempSync(path.join(work, `n${n}-`));
    const files = writeVariants(dir, n);
    let t = performance.now();
    for (const file of files) parseReport(readFileSync(file), { sourceName: file });
    const parseSeconds = (performance.now() - t) / 1000;
    const dbFile = path.join(dir, 'bench.sqlite');
    t = performance.now();
    const result = await loadReportFiles(dbFile, files, { fresh: true });
    const seconds = (performance.now() - t) / 1000;
    if (result.loaded.length !== n) throw new Error(`loaded ${result.loaded.length} of ${n}`);
    const perReport = (seconds * 1000) / n;
    if (baseline === 0) baseline = perReport;
    const size = statSync(dbFile).size;
    console.log(
      [
        String(n).padStart(7),
        (n / parseSeconds).toFixed(0).padStart(17),
        (n / seconds).toFixed(0).padStart(10),
        perReport.toFixed(2).padStart(9),
        `${(perReport / baseline).toFixed(2)}×`.padStart(11),
        `${(size / 1e6).toFixed(1)} MB`.padStart(7),
        (size / 1024 / n).toFixed(0).padStart(9),
      ].join(' | '),
    );
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
