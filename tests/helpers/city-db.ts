// A database of the invented city's sixteen plan reports and the seed, plus 岚溪县's 2021-H1 review
// opinion (a later vintage), and its statistics analysis once the parser reads that genre.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CITY_DIR, HAND_WRITTEN } from '../../scripts/build-city-fixtures.js';
import { LoadError, loadReportFiles } from '../../src/db/loader.js';
import { buildSeedDb, SEED_FILE, type TempDb } from './seed-db.js';

export const CITY_PLAN_FILES = readdirSync(CITY_DIR)
  .filter((name) => name.endsWith('.txt') && !Object.values<string>(HAND_WRITTEN).includes(name))
  .sort()
  .map((name) => path.join(CITY_DIR, name));

export interface CityDb extends TempDb {
  /** Whether the statistics analysis could be loaded (the parser reads its genre). */
  statistics: boolean;
}

export async function buildCityDb(): Promise<CityDb> {
  const db = await buildSeedDb([SEED_FILE, ...CITY_PLAN_FILES]);
  // The parser reads the review as a plan report of the same region and period (the same source)
  // until it tells the genres apart; the loader's genre option keeps it a source of its own.
  await loadReportFiles(db.file, [path.join(CITY_DIR, HAND_WRITTEN.review)], { genre: 'review-opinion' });
  let statistics = true;
  try {
    await loadReportFiles(db.file, [path.join(CITY_DIR, HAND_WRITTEN.statistics)], {
      genre: 'statistics-analysis',
    });
  } catch (error) {
    if (!(error instanceof LoadError && /not-a-report|计划执行情况/.test(error.message))) throw error;
    statistics = false;
  }
  return { ...db, statistics };
}
