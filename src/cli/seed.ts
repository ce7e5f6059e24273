// `npm run seed [-- --db FILE] [--fresh] [REPORT.txt ...]`: loads reports into the database file.
// Without files it rebuilds the database from every seeds/*.txt.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadEnv } from '../config.js';
import { LoadError, loadReportFiles } from '../db/loader.js';
import { SEEDS_DIR } from '../paths.js';

const USAGE = `usage: npm run seed -- [--db FILE] [--fresh] [REPORT.txt ...]
  Loads reports into FILE (default: $DB_FILE or db/indicators.sqlite).
  With no REPORT files, rebuilds the database from every seeds/*.txt.
  With files, adds them to the existing database (a report of the same region and period is
  replaced); --fresh starts from an empty database instead.
  Atomic: on any error the existing database is left untouched and the exit code is 1.`;

export function seedFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, fresh: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  try {
    args = parse();
  } catch (error) {
    console.error(`seed: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  let dbFile: string;
  try {
    dbFile = args.values.db ?? loadEnv(env).DB_FILE;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`seed: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const files = args.positionals.length > 0 ? args.positionals : seedFiles();
  const fresh = args.values.fresh === true || args.positionals.length === 0;
  const started = performance.now();
  try {
    const result = await loadReportFiles(dbFile, files, { fresh });
    for (const warning of result.warnings) console.error(`${warning} (warning)`);
    for (const report of result.loaded) {
      const counts = Object.entries(report.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
      console.log(
        `loaded ${report.file}: ${report.region} ${report.period} (id ${report.reportId}): ${counts}`,
      );
    }
    const ms = Math.round(performance.now() - started);
    console.log(`${result.loaded.length} report(s) loaded into ${dbFile} in ${ms} ms`);
    return 0;
  } catch (error) {
    if (error instanceof LoadError) {
      for (const line of error.lines) console.error(line);
      console.error(`seed: nothing was loaded; ${dbFile} is unchanged`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
