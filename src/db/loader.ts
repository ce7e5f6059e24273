// The only writer: parses report files and loads them into a SQLite file atomically.
// A run copies the current database (or starts empty) beside it, loads everything into that private
// copy and renames the result into place, so a failed run leaves the old file untouched.

import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import type { FetchLimits } from '../ingest/fetch-url.js';
import type { Genre } from '../parse/types.js';
import { rowInserter, rowsInserter } from './bulk-insert.js';
import { type Connection, openWritable } from './client.js';
import { findFlags, writeFlags } from './flags.js';
import { IndicatorRegistry } from './indicator-registry.js';
import { openReader } from './read-pool.js';
import type { ReadOptions, ReadReport } from './read-report.js';
import { buildRows, type IdCounters, reportIdFor } from './rows.js';
import * as schema from './schema.js';
import { type Rebuild, rebuildSearchIndex, rebuildSearchIndexAside } from './search-index.js';

/** What a list line may say of its own source: the region and period its text does not name. */
export interface SourceHints {
  region?: string;
  period?: string;
}

export class LoadError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  /** Start from an empty database instead of the current contents of dbFile. */
  fresh?: boolean;
  /** The region and period of texts that do not name them (seed's --region and --period). */
  region?: string;
  period?: string;
  /**
   * Per source, index for index with the files: a region and period for that source alone, over
   * `region` and `period` (seed's --files-from lines `PATH<TAB>region=…<TAB>period=…`).
   */
  sourceHints?: ReadonlyArray<SourceHints | null>;
  /**
   * The genre of every source in this load, over the parser's reading (for sources whose genre the
   * parser cannot tell yet, such as a statistics bureau's analysis loaded beside a plan report).
   */
  genre?: Genre;
  /** Limits for sources given as http(s) URLs. */
  fetch?: FetchLimits;
  /** Called after each source is read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that read and parse while this thread writes (default: one per core but one,
   * at least one, for loads of 50 files or more, 300 when run from source); 0 reads and parses on
   * this thread.
   */
  readers?: number;
}

export interface LoadedReport {
  file: string;
  reportId: string;
  region: string;
  period: string;
  counts: Record<string, number>;
}

export interface LoadResult {
  loaded: LoadedReport[];
  /** Warnings as `file:line: reason` lines; the reports were loaded all the same. */
  warnings: string[];
  /**
   * Where the loader's thread spent the load, in ms (for benchmarks): reading and parsing sources
   * or waiting for the workers to, writing their rows, and finishing (indexes, search index, flags,
   * checks).
   */
  timings: { waitMs: number; writeMs: number; finishMs: number };
}

/**
 * Loads report files into dbFile. Every file is parsed and written into a copy beside dbFile
 * (memory stays flat however many files); if any file fails, the copy is
 * discarded and a LoadError lists every problem. A report whose region and period are already
 * in the database replaces the old one.
 */
export async function loadReportFiles(
  dbFile: string,
  files: string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  if (files.length === 0) throw new LoadError(['no report files given']);
  const dir = path.dirname(path.resolve(dbFile));
  if (!existsSync(dir)) throw new LoadError([`${dbFile}:0: directory ${dir} does not exist`]);
  const tmp = path.join(
    dir,
    `.${path.basename(dbFile)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    if (!options.fresh && existsSync(dbFile)) copyFileSync(dbFile, tmp);
    const result = await writeReports(tmp, files, options);
    renameSync(tmp, dbFile);
    return result;
  } catch (error) {
    rmSync(tmp, { force: true });
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
    if (error instanceof LoadError) throw error;
    throw new LoadError([`${dbFile}:0: cannot write database: ${(error as Error).message}`]);
  }
}

/**
 * The sources in runs that share their read options: the load's, with a run's hints over them.
 * Without hints the whole load is one run, read by one reader as before; each run of hinted
 * sources gets a reader of its own (a list sorted by region keeps the runs long).
 */
interface Run {
  files: string[];
  options: ReadOptions;
  /** The hints the run's sources share, as a key ('' for none). */
  key: string;
}

function runsOf(files: string[], options: LoadOptions): Run[] {
  const hints = options.sourceHints;
  if (hints && hints.length !== files.length)
    throw new Error(`internal error: ${hints.length} source hints for ${files.length} sources`);
  const base = readOptions(options);
  const runs: Run[] = [];
  for (const [k, source] of files.entries()) {
    const hint = hints?.[k] ?? null;
    const key = hint ? JSON.stringify([hint.region ?? null, hint.period ?? null]) : '';
    const last = runs.at(-1);
    if (last && last.key === key) last.files.push(source);
    else runs.push({ files: [source], options: hint ? { ...base, ...hint } : base, key });
  }
  return runs.length > 0 ? runs : [{ files, options: base, key: '' }];
}

async function writeReports(file: string, files: string[], options: LoadOptions): Promise<LoadResult> {
  const runs = runsOf(files, options);
  // The read workers start (load their modules) while this thread migrates and prepares the file.
  const first = runs[0] as Run;
  let reader = openReader(first.options, first.files.length, options.readers);
  let connection: Connection;
  try {
    connection = openWritable(file);
  } catch (error) {
    await reader.close();
    throw error;
  }
  const { sqlite } = connection;
  const errors: string[] = [];
  const warnings: string[] = [];
  const loaded: LoadedReport[] = [];
  const timings = { waitMs: 0, writeMs: 0, finishMs: 0 };
  try {
    // The file is a private copy that a failed load deletes, so it needs no rollback journal of its
    // own; a larger cache keeps the indexes' pages at hand as they grow.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('cache_size = -65536');
    // Foreign keys are checked once for the whole load (foreign_key_check below) rather than on
    // every row, which took ~40% of the insert time; rows are deleted explicitly instead of by cascade.
    sqlite.pragma('foreign_keys = OFF');
    // One transaction around the rows of the whole load, opened by hand because reading a file (a PDF,
    // a URL) is asynchronous; the file is a private copy, so nothing else writes meanwhile.
    sqlite.exec('BEGIN IMMEDIATE');
    {
      // Into an empty database there is nothing to replace, and the per-report indexes are built
      // once at the end (sorting once) instead of row by row at random places, which slows as they
      // outgrow the cache: that keeps the cost per report flat from one report to ten thousand.
      const empty = sqlite.prepare('SELECT count(*) FROM reports').pluck().get() === 0;
      const deferred = empty ? dropReportIndexes(sqlite) : [];
      const insert = statements(sqlite, empty);
      const registry = new IndicatorRegistry(sqlite);
      const counters = nextIds(sqlite);
      const seen = new Map<string, string>();
      const seenBytes = new Map<string, string>();
      const write = (read: ReadReport) => {
        const { report, source } = read;
        const reportId = reportIdFor(report.meta);
        const sameBytes = seenBytes.get(report.meta.sha256);
        const other = seen.get(reportId);
        if (sameBytes || other) {
          const { region, period, genre, publisher } = report.meta;
          errors.push(
            sameBytes
              ? `${source}:0: the same file as ${sameBytes}`
              : `${source}:1: the same source as ${other} (${[region, period, genre, publisher].filter(Boolean).join(' ')})`,
          );
          return;
        }
        seen.set(reportId, source);
        seenBytes.set(report.meta.sha256, source);
        if (errors.length > 0) return; // keep parsing to report every problem, but stop writing
        registry.addReport(report);
        loaded.push(insertReport(insert, read, reportId, counters));
      };
      let done = 0;
      let at = performance.now();
      for (const [k, run] of runs.entries()) {
        if (k > 0) {
          await reader.close();
          reader = openReader(run.options, run.files.length, options.readers);
        }
        for await (const outcome of reader.readAll(run.files)) {
          const read = performance.now();
          timings.waitMs += read - at;
          errors.push(...outcome.errors);
          warnings.push(...outcome.warnings);
          options.onProgress?.(++done, files.length);
          if (outcome.read) write(outcome.read);
          at = performance.now();
          timings.writeMs += at - read;
        }
      }
      await reader.close();
      if (errors.length > 0) throw new LoadError(errors);
      const finishing = performance.now();
      for (const create of deferred) sqlite.exec(create);
      registry.flush();
      await finish(file, connection);
      timings.finishMs = performance.now() - finishing;
    }
    return { loaded, warnings, timings };
  } finally {
    connection.close();
    await reader.close();
  }
}

/**
 * From this many reports (after the load) the search index is rebuilt on a thread of its own while
 * this one finds the flags; below it, the thread's start costs more than the overlap saves.
 */
const MIN_REPORTS_TO_REBUILD_ASIDE = 50;

/**
 * Finishes a load whose rows are written (in the open transaction): the search index, the flags,
 * the checks and the content hash, committed. For a larger database the rows are committed first
 * and the file switched to WAL, so the search index can be rebuilt through another connection while
 * this one reads for the flags; the file goes back to a rollback journal before it is renamed into
 * place (the server opens it read-only).
 */
async function finish(file: string, { sqlite, db }: Connection): Promise<void> {
  const reports = sqlite.prepare('SELECT count(*) FROM reports').pluck().get() as number;
  let aside: Rebuild | null = null;
  let wal = false;
  if (reports >= MIN_REPORTS_TO_REBUILD_ASIDE) {
    sqlite.exec('COMMIT');
    wal = sqlite.pragma('journal_mode = WAL', { simple: true }) === 'wal';
    aside = wal ? rebuildSearchIndexAside(file) : null;
    if (!aside) sqlite.exec('BEGIN IMMEDIATE');
  }
  try {
    if (!aside) rebuildSearchIndex(sqlite);
    const flags = findFlags(sqlite);
    // The rows' references are checked while the search index is rebuilt (the rebuild writes only
    // the index's own tables), the flags' once they are written: together, the whole file's.
    const violations = tablesWithReferences(sqlite).flatMap((table) => referenceViolations(sqlite, table));
    if (aside) {
      await aside.done;
      sqlite.exec('BEGIN IMMEDIATE');
    }
    writeFlags(sqlite, flags);
    violations.push(...referenceViolations(sqlite, 'flags'));
    if (violations.length > 0) {
      const first = violations[0];
      throw new Error(`internal error: ${violations.length} dangling references (first in ${first?.table})`);
    }
    writeContentHash(db);
    sqlite.exec('COMMIT');
  } catch (error) {
    await aside?.stop();
    throw error;
  }
  if (wal) sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('optimize');
}

/** Tables, but flags, that reference others (foreign keys, checked once per load). */
function tablesWithReferences(sqlite: Connection['sqlite']): string[] {
  return sqlite
    .prepare<[], string>(
      `SELECT DISTINCT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND m.name <> 'flags' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY m.name`,
    )
    .pluck()
    .all();
}

function referenceViolations(sqlite: Connection['sqlite'], table: string): { table: string }[] {
  return sqlite.pragma(`foreign_key_check("${table}")`) as { table: string }[];
}

/** What the readers need of the load's options (plain data, for worker threads). */
function readOptions(options: LoadOptions): ReadOptions {
  return {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.genre === undefined ? {} : { genre: options.genre }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  };
}

/** Drops the indexes of the per-report tables, returning the statements that create them again. */
function dropReportIndexes(sqlite: Connection['sqlite']): string[] {
  const tables = REPORT_TABLES.map((table) => getTableName(table));
  const indexes = sqlite
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
    )
    .all(...tables);
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  return indexes.map((index) => index.sql);
}

/** Tables whose rows belong to one report, children before parents. */
const REPORT_TABLES = [
  schema.reportOriginals,
  schema.projectMentions,
  schema.projects,
  schema.facts,
  schema.rankings,
  schema.targets,
  schema.observations,
  schema.sentences,
  schema.sections,
] as const;

/** Prepared statements for one load, reused for every report (`empty`: nothing to replace). */
function statements(sqlite: Connection['sqlite'], empty: boolean) {
  const exists = sqlite.prepare('SELECT 1 FROM reports WHERE id = ?').pluck();
  const deletes = [...REPORT_TABLES, schema.reports].map((table) =>
    sqlite.prepare(
      `DELETE FROM "${getTableName(table)}" WHERE ${table === schema.reports ? 'id' : 'report_id'} = ?`,
    ),
  );
  const setMeta = sqlite.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const bySha = sqlite.prepare<[string], string>('SELECT id FROM reports WHERE sha256 = ?').pluck();
  const remove = (reportId: string) => {
    if (exists.get(reportId)) for (const statement of deletes) statement.run(reportId);
  };
  return {
    /** Removes the report with this id and any loaded from the same bytes (the same file read anew). */
    removeReport: (reportId: string, sha256: string) => {
      if (empty) return;
      remove(reportId);
      for (const id of bySha.all(sha256)) remove(id);
    },
    setMeta: (key: string, value: string) => setMeta.run(key, value),
    reports: rowInserter(sqlite, schema.reports),
    originals: rowInserter(sqlite, schema.reportOriginals),
    sections: rowsInserter(sqlite, schema.sections),
    sentences: rowsInserter(sqlite, schema.sentences),
    observations: rowsInserter(sqlite, schema.observations),
    targets: rowsInserter(sqlite, schema.targets),
    rankings: rowsInserter(sqlite, schema.rankings),
    projects: rowsInserter(sqlite, schema.projects),
    projectMentions: rowsInserter(sqlite, schema.projectMentions),
    facts: rowsInserter(sqlite, schema.facts),
  };
}

function insertReport(
  insert: ReturnType<typeof statements>,
  read: ReadReport,
  reportId: string,
  counters: IdCounters,
): LoadedReport {
  const { report, source } = read;
  insert.removeReport(reportId, report.meta.sha256);
  const rows = buildRows(report, {
    reportId,
    sourceFile: read.name,
    sourceUrl: read.url,
    format: read.format,
    mediaType: read.mediaType,
    sourceText: report.sourceText,
    counters,
  });
  insert.reports(rows.report);
  const { original } = read;
  insert.originals({ reportId, bytes: Buffer.from(original.bytes), compression: original.compression });
  insert.setMeta(`report:${reportId}`, read.parseHash);
  insert.sections(rows.sections);
  insert.sentences(rows.sentences);
  insert.observations(rows.observations);
  insert.targets(rows.targets);
  insert.rankings(rows.rankings);
  insert.projects(rows.projects);
  insert.projectMentions(rows.projectMentions);
  insert.facts(rows.facts);
  return {
    file: source,
    reportId,
    region: report.meta.region,
    period: report.meta.period,
    counts: {
      sections: rows.sections.length,
      sentences: rows.sentences.length,
      observations: rows.observations.length,
      targets: rows.targets.length,
      rankings: rows.rankings.length,
      projects: rows.projects.length,
      facts: rows.facts.length,
    },
  };
}

function nextIds(sqlite: ReturnType<typeof openWritable>['sqlite']): IdCounters {
  const next = (table: string) =>
    (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 AS n FROM ${table}`).get() as { n: number }).n;
  return {
    section: next('sections'),
    sentence: next('sentences'),
    observation: next('observations'),
    target: next('targets'),
    ranking: next('rankings'),
    project: next('projects'),
    projectMention: next('project_mentions'),
    fact: next('facts'),
  };
}

/**
 * A hash of everything served, for strong ETags: it covers each report's parsed content (so a
 * parser change alters it too) and the indicator names, and changes when any report changes.
 */
function writeContentHash(tx: Connection['db']): void {
  const rows = tx
    .select({ key: schema.meta.key, value: schema.meta.value })
    .from(schema.meta)
    .where(
      sql`${schema.meta.key} LIKE 'report:%' AND substr(${schema.meta.key}, 8) IN (SELECT id FROM reports)`,
    )
    .orderBy(schema.meta.key)
    .all();
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row.key}=${row.value}\n`);
  const names = tx.select({ n: sql<number>`count(*)` }).from(schema.indicatorNames).get();
  hash.update(`names:${names?.n ?? 0}`);
  // Flags are derived from the reports, but by code that can change without the reports changing.
  for (const flag of tx
    .select({ kind: schema.flags.kind, message: schema.flags.message })
    .from(schema.flags)
    .orderBy(schema.flags.id)
    .all())
    hash.update(`flag:${flag.kind}:${flag.message}\n`);
  const value = hash.digest('hex');
  tx.insert(schema.meta)
    .values({ key: 'content_hash', value })
    .onConflictDoUpdate({ target: schema.meta.key, set: { value } })
    .run();
}
