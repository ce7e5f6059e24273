// The only writer: parses report files and loads them into a SQLite file atomically.
// A run copies the current database (or starts empty) beside it, loads everything in one
// transaction and renames the result into place, so a failed run leaves the old file untouched.

import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { getTableName, sql } from 'drizzle-orm';
import { FetchError, type FetchLimits, fetchSource, isUrl } from '../ingest/fetch-url.js';
import { ingest, type SourceDocument } from '../ingest/index.js';
import { parseDocument } from '../parse/index.js';
import type { Genre, ParsedReport, Problem } from '../parse/types.js';
import { rowInserter } from './bulk-insert.js';
import { type Connection, openWritable } from './client.js';
import { rebuildFlags } from './flags.js';
import { IndicatorRegistry } from './indicator-registry.js';
import { buildRows, type IdCounters, reportIdFor } from './rows.js';
import * as schema from './schema.js';

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
   * The genre of every source in this load, over the parser's reading (for sources whose genre the
   * parser cannot tell yet, such as a statistics bureau's analysis loaded beside a plan report).
   */
  genre?: Genre;
  /** Limits for sources given as http(s) URLs. */
  fetch?: FetchLimits;
  /** Called after each source is read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
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
}

function describe(source: string, problem: Problem): string {
  return `${source}:${problem.line ?? 0}: ${problem.message}`;
}

/** A source read and parsed: the report and what it was read from. */
interface ReadReport {
  report: ParsedReport;
  /** The file path or URL as given. */
  source: string;
  /** The file name (a URL's last path segment). */
  name: string;
  url: string | null;
  document: SourceDocument;
  bytes: Uint8Array;
}

async function readBytes(
  source: string,
  options: LoadOptions,
  errors: string[],
): Promise<{ bytes: Uint8Array; name: string; url: string | null; mediaType?: string } | null> {
  if (isUrl(source)) {
    try {
      const fetched = await fetchSource(source, options.fetch);
      return {
        bytes: fetched.bytes,
        name: fetched.name,
        url: fetched.url,
        ...(fetched.mediaType ? { mediaType: fetched.mediaType } : {}),
      };
    } catch (error) {
      errors.push(`${source}: ${error instanceof FetchError ? error.message : (error as Error).message}`);
      return null;
    }
  }
  try {
    return { bytes: readFileSync(source), name: path.basename(source), url: null };
  } catch (error) {
    errors.push(
      `${source}:0: cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return null;
  }
}

/**
 * Reads one file or URL through the ingest stage and the parser; errors and warnings are
 * appended as `source:line: reason` lines.
 */
async function readReport(
  source: string,
  options: LoadOptions,
  errors: string[],
  warnings: string[],
): Promise<ReadReport | null> {
  const read = await readBytes(source, options, errors);
  if (!read) return null;
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  const ingested = await ingest(read.bytes, {
    name: read.name,
    ...(read.mediaType ? { mediaType: read.mediaType } : {}),
  });
  const report = (result: { problems: Problem[] }) => {
    let failed = false;
    for (const problem of result.problems) {
      failed ||= problem.severity === 'error';
      (problem.severity === 'error' ? errors : warnings).push(describe(source, problem));
    }
    return !failed;
  };
  if (!report(ingested) || !ingested.document) return null;
  const parsed = parseDocument(ingested.document, {
    sourceName: read.name,
    sha256,
    ...(options.region ? { region: options.region } : {}),
    ...(options.period ? { period: options.period } : {}),
  });
  if (!report(parsed)) return null;
  if (!parsed.report) {
    errors.push(`${source}:1: not a report of the genre`);
    return null;
  }
  return {
    report: options.genre
      ? { ...parsed.report, meta: { ...parsed.report.meta, genre: options.genre } }
      : parsed.report,
    source,
    name: read.name,
    url: read.url,
    document: ingested.document,
    bytes: read.bytes,
  };
}

/**
 * Loads report files into dbFile. Every file is parsed and written into a copy beside dbFile in
 * one transaction (memory stays flat however many files); if any file fails, the copy is
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
    rmSync(`${tmp}-journal`, { force: true });
    if (error instanceof LoadError) throw error;
    throw new LoadError([`${dbFile}:0: cannot write database: ${(error as Error).message}`]);
  }
}

async function writeReports(file: string, files: string[], options: LoadOptions): Promise<LoadResult> {
  const connection = openWritable(file);
  const { db, sqlite } = connection;
  const errors: string[] = [];
  const warnings: string[] = [];
  const loaded: LoadedReport[] = [];
  try {
    const insert = statements(sqlite);
    // Foreign keys are checked once for the whole load (foreign_key_check below) rather than on
    // every row, which took ~40% of the insert time; rows are deleted explicitly instead of by cascade.
    sqlite.pragma('foreign_keys = OFF');
    // One transaction around the whole load, opened by hand because reading a file (a PDF, a URL)
    // is asynchronous; the file is a private copy, so nothing else writes meanwhile.
    sqlite.exec('BEGIN IMMEDIATE');
    {
      const registry = new IndicatorRegistry(sqlite);
      const counters = nextIds(sqlite);
      const seen = new Map<string, string>();
      const seenBytes = new Map<string, string>();
      for (const [done, source] of files.entries()) {
        const read = await readReport(source, options, errors, warnings);
        options.onProgress?.(done + 1, files.length);
        if (!read) continue;
        const { report } = read;
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
          continue;
        }
        seen.set(reportId, source);
        seenBytes.set(report.meta.sha256, source);
        if (errors.length > 0) continue; // keep parsing to report every problem, but stop writing
        registry.addReport(report);
        loaded.push(insertReport(insert, read, reportId, counters));
      }
      if (errors.length > 0) throw new LoadError(errors);
      registry.flush();
      sqlite.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')");
      rebuildFlags(sqlite);
      const violations = sqlite.pragma('foreign_key_check') as { table: string; rowid: number }[];
      if (violations.length > 0) {
        const first = violations[0];
        throw new Error(
          `internal error: ${violations.length} dangling references (first in ${first?.table})`,
        );
      }
      writeContentHash(db);
    }
    sqlite.exec('COMMIT');
    sqlite.pragma('optimize');
    return { loaded, warnings };
  } finally {
    connection.close();
  }
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

/** Prepared statements for one load, reused for every report. */
function statements(sqlite: Connection['sqlite']) {
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
      remove(reportId);
      for (const id of bySha.all(sha256)) remove(id);
    },
    setMeta: (key: string, value: string) => setMeta.run(key, value),
    reports: rowInserter(sqlite, schema.reports),
    originals: rowInserter(sqlite, schema.reportOriginals),
    sections: rowInserter(sqlite, schema.sections),
    sentences: rowInserter(sqlite, schema.sentences),
    observations: rowInserter(sqlite, schema.observations),
    targets: rowInserter(sqlite, schema.targets),
    rankings: rowInserter(sqlite, schema.rankings),
    projects: rowInserter(sqlite, schema.projects),
    projectMentions: rowInserter(sqlite, schema.projectMentions),
    facts: rowInserter(sqlite, schema.facts),
  };
}

/**
 * The original file as stored: nothing when it is the UTF-8 of the report's text (a plain text file
 * usually is; the text is stored anyway), else brotli when that saves a tenth or more, else as it is.
 */
function storedOriginal(
  bytes: Uint8Array,
  text: string,
): { bytes: Buffer; compression: 'none' | 'br' | 'text' } {
  const plain = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (plain.length === Buffer.byteLength(text) && plain.equals(Buffer.from(text))) {
    return { bytes: Buffer.alloc(0), compression: 'text' };
  }
  // Quality 5 compresses Chinese text nearly as well as 11 at a small part of the time.
  const packed = brotliCompressSync(plain, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
  return packed.length <= plain.length * 0.9
    ? { bytes: packed, compression: 'br' }
    : { bytes: plain, compression: 'none' };
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
    format: read.document.format,
    mediaType: read.document.mediaType,
    sourceText: report.sourceText,
    counters,
  });
  insert.reports(rows.report);
  insert.originals({ reportId, ...storedOriginal(read.bytes, report.sourceText) });
  insert.setMeta(`report:${reportId}`, createHash('sha256').update(JSON.stringify(report)).digest('hex'));
  for (const row of rows.sections) insert.sections(row);
  for (const row of rows.sentences) insert.sentences(row);
  for (const row of rows.observations) insert.observations(row);
  for (const row of rows.targets) insert.targets(row);
  for (const row of rows.rankings) insert.rankings(row);
  for (const row of rows.projects) insert.projects(row);
  for (const row of rows.projectMentions) insert.projectMentions(row);
  for (const row of rows.facts) insert.facts(row);
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
