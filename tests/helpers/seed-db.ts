// Builds a throw-away database from the seed report (and any extra files) for API tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWritable } from '../../src/db/client.js';
import { loadReportFiles } from '../../src/db/loader.js';

export const SEED_FILE = fileURLToPath(new URL('../../seeds/lianzhou-2020-h1.txt', import.meta.url));

export interface TempDb {
  file: string;
  cleanup(): void;
}

export async function buildSeedDb(files: string[] = [SEED_FILE]): Promise<TempDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-api-'));
  const file = path.join(dir, 'reports.sqlite');
  await loadReportFiles(file, files);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A database with the schema but no reports. */
export function buildEmptyDb(): TempDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-api-'));
  const file = path.join(dir, 'reports.sqlite');
  openWritable(file).close();
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
