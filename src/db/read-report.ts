// Reading one source for the loader: bytes (a file or a URL) through the ingest stage and the parser,
// plus what the writer stores beside the rows (the original as stored, a hash of the parse). Pure of
// the database, so it runs as well on a worker thread (read-pool.ts) as on the loader's own.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { FetchError, type FetchLimits, fetchSource, isUrl } from '../ingest/fetch-url.js';
import { ingest } from '../ingest/index.js';
import type { SourceFormat } from '../ingest/types.js';
import { parseDocument } from '../parse/index.js';
import type { Genre, ParsedReport, Problem } from '../parse/types.js';
import { parseHash } from './read-hash.js';

/** What reading needs of the load's options (plain data: it crosses to worker threads). */
export interface ReadOptions {
  region?: string;
  period?: string;
  genre?: Genre;
  fetch?: FetchLimits;
}

/** The original file as the database keeps it. */
export interface StoredOriginal {
  bytes: Uint8Array;
  compression: 'none' | 'br' | 'text';
}

/** A source read and parsed: the report and what it was read from. */
export interface ReadReport {
  report: ParsedReport;
  /** The file path or URL as given. */
  source: string;
  /** The file name (a URL's last path segment). */
  name: string;
  url: string | null;
  format: SourceFormat;
  mediaType: string;
  original: StoredOriginal;
  /** What the content hash takes of this report (read-hash.ts): it changes when the parser's reading does. */
  parseHash: string;
}

/** One source's outcome: the report, or null, with `source:line: reason` lines in source order. */
export interface ReadOutcome {
  read: ReadReport | null;
  errors: string[];
  warnings: string[];
}

function describe(source: string, problem: Problem): string {
  return `${source}:${problem.line ?? 0}: ${problem.message}`;
}

async function readBytes(
  source: string,
  options: ReadOptions,
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
 * The original file as stored: nothing when it is the UTF-8 of the report's text (a plain text file
 * usually is; the text is stored anyway), else brotli when that saves a tenth or more, else as it is.
 */
export function storedOriginal(bytes: Uint8Array, text: string): StoredOriginal {
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

/** Reads one file or URL through the ingest stage and the parser. */
export async function readReport(source: string, options: ReadOptions): Promise<ReadOutcome> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const unread = { read: null, errors, warnings };
  const read = await readBytes(source, options, errors);
  if (!read) return unread;
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
  if (!report(ingested) || !ingested.document) return unread;
  const parsed = parseDocument(ingested.document, {
    sourceName: read.name,
    sha256,
    ...(options.region ? { region: options.region } : {}),
    ...(options.period ? { period: options.period } : {}),
  });
  if (!report(parsed)) return unread;
  if (!parsed.report) {
    errors.push(`${source}:1: not a report of the genre`);
    return unread;
  }
  const parsedReport = options.genre
    ? { ...parsed.report, meta: { ...parsed.report.meta, genre: options.genre } }
    : parsed.report;
  const loaded: ReadReport = {
    report: parsedReport,
    source,
    name: read.name,
    url: read.url,
    format: ingested.document.format,
    mediaType: ingested.document.mediaType,
    original: storedOriginal(read.bytes, parsedReport.sourceText),
    parseHash: parseHash(sha256, { name: read.name, mediaType: read.mediaType }, options),
  };
  return { read: loaded, errors, warnings };
}
