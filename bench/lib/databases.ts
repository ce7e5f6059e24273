// Databases for the scale benchmark: the seeds alone, and the seeds plus generated variants
// (bench/variants.ts), built with the production loader into a scratch directory.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedFiles } from '../../src/cli/seed.js';
import { loadReportFiles } from '../../src/db/loader.js';
import { parseReportText } from '../../src/parse/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { makeVariant } from '../variants.js';

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

/**
 * Builds `dbFile` from the seeds plus `variants` generated reports, so the seed's own URLs (its
 * region, its indicators) answer in both the small and the large database. Returns the size in MB.
 */
export async function buildDatabase(dir: string, dbFile: string, variants: number): Promise<number> {
  const files = seedFiles();
  const { stem, year } = seedMeta();
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 0; i < variants; i++) {
    const file = path.join(dir, `variant-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, makeVariant(seed, stem, year, i));
    files.push(file);
  }
  const result = await loadReportFiles(dbFile, files, { fresh: true });
  if (result.loaded.length !== files.length)
    throw new Error(`loaded ${result.loaded.length} of ${files.length}`);
  return statSync(dbFile).size / 1e6;
}
