// `npm run seed [-- --db FILE] [--fresh] [REPORT.txt ...]`: loads reports into the database file.
// Without files it rebuilds the database from every seeds/*.txt.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadEnv } from '../config.js';
import { LoadError, loadReportFiles } from '../db/loader.js';
import { DEFAULT_FETCH_LIMITS } from '../ingest/fetch-url.js';
import type { Genre } from '../parse/types.js';
import { GENRES } from '../parse/vocabulary.js';
import { SEEDS_DIR } from '../paths.js';
import {
  expandEntries,
  type ListedSource,
  PERIOD,
  readSourceEntries,
  readStdin,
  SourceListError,
} from './sources.js';

const USAGE = `usage: npm run seed -- [--db FILE] [--fresh] [--region NAME] [--period CODE] [--genre GENRE]
                     [--files-from LIST|-] [REPORT|FOLDER|URL ...]
  Loads reports into FILE (default: $DB_FILE or db/indicators.sqlite).
  A REPORT is a file (plain text, a saved web page or web archive (.mht), .docx, .doc or .wps, an
  .xlsx, .xls or .et workbook or a PDF with a text layer; the format is told by the content) or an http(s)
  URL, which is fetched. A FOLDER loads every .txt .htm(l) .shtml .mht .docx .doc .wps .xlsx .xls .et .pdf below it. --files-from reads more paths or URLs, one a
  line, from LIST or from standard input (-): for more reports than a command line holds. A line
  may give its own region and period after its path, tab-separated, over --region and --period:
    reports/a.html<TAB>region=某某县<TAB>period=2022-H1
  (either hint alone is fine; a folder's line gives them to every file in it; a bad hint stops
  the run with the list's name and line, nothing loaded).
  With no REPORT, rebuilds the database from every seeds/*.txt.
  With reports, adds them to the existing database (a report of the same region and period is
  replaced); --fresh starts from an empty database instead.
  --region 某某县 and --period 2022-H1 (2022-Q1, 2022-M1-9, 2022-FY …) give the region and period
  of texts that do not name them; --genre (plan-execution, statistics-analysis, review-opinion …)
  overrides the genre the parser reads.
  --timeout MS limits each URL fetch (default 30000).
  Atomic: on any error the existing database is left untouched and the exit code is 1.`;

const isGenre = (value: string): value is Genre => (GENRES as readonly string[]).includes(value);

export function seedFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export interface SeedIo {
  /** Standard input as text, for --files-from -. */
  stdin?: () => Promise<string>;
  /** Where a progress line goes while loading; none when not given (not a terminal). */
  progress?: NodeJS.WriteStream | undefined;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: SeedIo = {}): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        fresh: { type: 'boolean' },
        region: { type: 'string' },
        period: { type: 'string' },
        genre: { type: 'string' },
        timeout: { type: 'string' },
        'files-from': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
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
  const { region, period, timeout, genre } = args.values;
  if (genre !== undefined && !isGenre(genre)) {
    console.error(`seed: --genre ${genre}: expected one of ${GENRES.join(', ')}`);
    return 2;
  }
  if (period !== undefined && !PERIOD.test(period)) {
    console.error(
      `seed: --period ${period}: expected a period such as 2022-H1, 2022-Q1, 2022-Q3, 2022-M1-9 or 2022-FY`,
    );
    return 2;
  }
  if (region !== undefined && region.trim() === '') {
    console.error('seed: --region needs a name, such as 某某县');
    return 2;
  }
  const timeoutMs = timeout === undefined ? DEFAULT_FETCH_LIMITS.timeoutMs : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    console.error(`seed: --timeout ${timeout}: expected a whole number of milliseconds`);
    return 2;
  }
  let files: string[];
  let sourceHints: ListedSource['hints'][] = [];
  const fromList = args.values['files-from'];
  try {
    const given: ListedSource[] = [
      ...args.positionals.map((source) => ({ source, hints: null })),
      ...(fromList === undefined ? [] : await readSourceEntries(fromList, io.stdin ?? readStdin)),
    ];
    if (fromList !== undefined && given.length === 0) {
      console.error(`seed: --files-from ${fromList} named no reports`);
      return 2;
    }
    const entries =
      given.length > 0 ? expandEntries(given) : seedFiles().map((source) => ({ source, hints: null }));
    files = entries.map((entry) => entry.source);
    sourceHints = entries.map((entry) => entry.hints);
  } catch (error) {
    if (error instanceof SourceListError) {
      console.error(`seed: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const fresh = args.values.fresh === true || (args.positionals.length === 0 && fromList === undefined);
  const progress = io.progress && files.length > 1 ? io.progress : undefined;
  const started = performance.now();
  try {
    const result = await loadReportFiles(dbFile, files, {
      fresh,
      ...(region === undefined ? {} : { region: region.trim() }),
      ...(period === undefined ? {} : { period }),
      ...(genre === undefined || !isGenre(genre) ? {} : { genre }),
      ...(sourceHints.some((hints) => hints !== null) ? { sourceHints } : {}),
      fetch: { ...DEFAULT_FETCH_LIMITS, timeoutMs },
      ...(progress
        ? {
            onProgress: (done: number, total: number) =>
              progress.write(`\r${done}/${total} reports read${done === total ? '\n' : ''}`),
          }
        : {}),
    });
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
  process.exitCode = await main(process.argv.slice(2), process.env, {
    progress: process.stderr.isTTY ? process.stderr : undefined,
  });
}
