// Databases for the scale benchmark and the soak: the seeds alone, and the seeds plus generated
// variants (bench/variants.ts), built with the production loader. A large database takes minutes
// to build, so it is kept in a cache directory between runs, keyed by the number of reports and
// a hash of everything that decides its content (loader, parser, migrations, seeds, variants).

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedFiles } from '../../src/cli/seed.js';
import { loadReportFiles } from '../../src/db/loader.js';
import { parseReportText } from '../../src/parse/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { makeVariant } from '../variants.js';
import { ROOT } from './servers.js';

export { seedFiles };

const SEED = path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt');

/** The seed report's region as written in its title (e.g. 连州市) and period, for filtered URLs. */
export function seedMeta(): { region: string; period: string; year: number; stem: string } {
  const meta = parseReportText(readFileSync(SEED, 'utf8'), { sourceName: 'seed' }).report?.meta;
  if (!meta) throw new Error(`${SEED} does not parse`);
  return {
    region: meta.region,
    period: meta.period,
    year: meta.year,
    stem: meta.region.replace(/(市|县|区|自治县|旗)$/, ''),
  };
}

export interface BuiltDatabase {
  file: string;
  reports: number;
  /** Size on disk, bytes. */
  bytes: number;
  /** Seconds the loader took (when this run built it; the recorded figure when it came from the cache). */
  loadSeconds: number;
  cached: boolean;
}

/**
 * Builds `dbFile` from the seeds plus `variants` generated reports, so the seed's own URLs (its
 * region, its indicators) answer in both the small and the large database.
 */
export async function buildDatabase(dir: string, dbFile: string, variants: number): Promise<BuiltDatabase> {
  const files = seedFiles();
  const { stem, year } = seedMeta();
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 0; i < variants; i++) {
    const file = path.join(dir, `variant-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, makeVariant(seed, stem, year, i));
    files.push(file);
  }
  const t = performance.now();
  const result = await loadReportFiles(dbFile, files, { fresh: true });
  const loadSeconds = (performance.now() - t) / 1000;
  if (result.loaded.length !== files.length)
    throw new Error(`loaded ${result.loaded.length} of ${files.length}`);
  return { file: dbFile, reports: files.length, bytes: statSync(dbFile).size, loadSeconds, cached: false };
}

/** Every file under `dir` (recursively), sorted, as paths relative to ROOT. */
function filesUnder(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A hash of the sources that decide what the loader writes: a change to any rebuilds the cache. */
export function contentKey(): string {
  const hash = createHash('sha256');
  for (const dir of ['src/db', 'src/parse', 'src/ingest', 'db/migrations', 'seeds']) {
    for (const file of filesUnder(dir)) {
      // The server's queries read the database; they do not decide what the loader writes.
      if (file.startsWith(path.join('src', 'db', 'queries') + path.sep)) continue;
      hash.update(file).update(readFileSync(path.join(ROOT, file)));
    }
  }
  hash.update(readFileSync(path.join(ROOT, 'bench', 'variants.ts')));
  return hash.digest('hex').slice(0, 12);
}

/** Where cached databases live: BENCH_DB_CACHE, or a directory under the system's tmp. */
export function cacheDir(): string {
  return process.env.BENCH_DB_CACHE || path.join(tmpdir(), 'report-indicators-bench');
}

/**
 * A database of `reports` reports (the seeds plus generated variants), from the cache when one
 * built from the same sources is there, otherwise built and cached. The file is the cache's own:
 * servers open it read-only, so it is safe to share between runs.
 */
export async function cachedDatabase(reports: number, log = console.log): Promise<BuiltDatabase> {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const name = `reports-${reports}-${contentKey()}`;
  const file = path.join(dir, `${name}.sqlite`);
  const meta = path.join(dir, `${name}.json`);
  if (existsSync(file) && existsSync(meta)) {
    const recorded = JSON.parse(readFileSync(meta, 'utf8')) as { loadSeconds: number };
    return { file, reports, bytes: statSync(file).size, loadSeconds: recorded.loadSeconds, cached: true };
  }
  const seeds = seedFiles().length;
  log(`building a ${reports}-report database (cached in ${dir}; about 20 ms per report) …`);
  const work = mkdtempSync(path.join(dir, 'build-'));
  try {
    const built = await buildDatabase(work, path.join(work, 'db.sqlite'), Math.max(0, reports - seeds));
    // Whole or not at all: a build cut short never leaves a file the next run would trust.
    renameSync(built.file, file);
    writeFileSync(meta, JSON.stringify({ reports: built.reports, loadSeconds: built.loadSeconds }));
    return { ...built, file };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
