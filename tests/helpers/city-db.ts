// A database of the invented city's sixteen plan reports and the seed, plus 岚溪县's 2021-H1 review
// opinion and statistics analysis (later vintages of the same half-year).

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CITY_DIR, HAND_WRITTEN } from '../../scripts/build-city-fixtures.js';
import { loadReportFiles } from '../../src/db/loader.js';
import { buildSeedDb, SEED_FILE, type TempDb } from './seed-db.js';

export const CITY_PLAN_FILES = readdirSync(CITY_DIR)
  .filter((name) => name.endsWith('.txt') && !Object.values<string>(HAND_WRITTEN).includes(name))
  .sort()
  .map((name) => path.join(CITY_DIR, name));

export type CityDb = TempDb;

export async function buildCityDb(): Promise<CityDb> {
  const db = await buildSeedDb([SEED_FILE, ...CITY_PLAN_FILES]);
  // Loaded after the plan reports, as they would be published: the review and the statistics
  // analysis are later vintages of the same half-year, each a source of its own by its genre.
  await loadReportFiles(db.file, [
    path.join(CITY_DIR, HAND_WRITTEN.review),
    path.join(CITY_DIR, HAND_WRITTEN.statistics),
  ]);
  return db;
}
