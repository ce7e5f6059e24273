// What `seed` loads: files, folders (searched recursively for every supported format), URLs, and
// lists of them from a file or standard input, so any number of reports fits on a command line.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceHints } from '../db/loader.js';
import { isUrl } from '../ingest/fetch-url.js';

/** The extensions a folder is searched for; a file named on its own is read whatever its name. */
export const REPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.htm',
  '.html',
  '.shtml',
  '.xhtml',
  '.docx',
  '.doc',
  '.wps',
  '.pdf',
  '.xls',
  '.et',
  '.xlsx',
  '.mht',
  '.mhtml',
];

export class SourceListError extends Error {}

function walk(dir: string, found: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.isFile() && REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
      found.push(full);
  }
}

/** A source as a list names it, with the hints its line gives (null for none). */
export interface ListedSource {
  source: string;
  hints: SourceHints | null;
}

/** A period as --period and a list's period= take it. */
export const PERIOD = /^(?:19|20)\d{2}-(?:Q1|H1|Q3|FY|M1-(?:[1-9]|1[0-2]))$/;

const HINT_FORM = 'write region=某某县 or period=2022-H1 (2022-Q1, 2022-M1-9, 2022-FY …), each after a tab';

/** region=某某县 and period=2022-H1 after a line's path, tab-separated; an error names the line. */
function readHints(fields: readonly string[], where: string): SourceHints | null {
  const hints: SourceHints = {};
  for (const field of fields.map((f) => f.trim()).filter((f) => f !== '')) {
    const match = /^(region|period)\s*=\s*(.*)$/.exec(field);
    const key = match?.[1] as keyof SourceHints | undefined;
    const value = match?.[2]?.trim() ?? '';
    if (!key) throw new SourceListError(`${where}: "${field}" is not a hint: ${HINT_FORM}`);
    if (hints[key] !== undefined) throw new SourceListError(`${where}: ${key}= is given twice`);
    if (value === '') throw new SourceListError(`${where}: ${key}= needs a value: ${HINT_FORM}`);
    if (key === 'period' && !PERIOD.test(value))
      throw new SourceListError(`${where}: period=${value} is not a period: ${HINT_FORM}`);
    hints[key] = value;
  }
  return Object.keys(hints).length > 0 ? hints : null;
}

/**
 * The sources a list file names, one a line (blank lines and # comments skipped), each with the
 * hints its line gives after a tab: `PATH<TAB>region=某某县<TAB>period=2022-H1`. `name` is the
 * list's, for errors (list.txt:3: …).
 */
export function listedEntries(text: string, name = 'list'): ListedSource[] {
  const entries: ListedSource[] = [];
  for (const [k, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [source = '', ...fields] = line.split('\t');
    const where = `${name}:${k + 1}`;
    if (source.trim() === '') throw new SourceListError(`${where}: hints without a path before them`);
    entries.push({ source: source.trim(), hints: readHints(fields, where) });
  }
  return entries;
}

/** The paths and URLs a list file names: one a line; blank lines and # comments are skipped. */
export function listedSources(text: string): string[] {
  return listedEntries(text).map((entry) => entry.source);
}

/**
 * Expands the sources as given into the files and URLs to load, in a stable order: a folder
 * becomes every supported file below it (sorted by path). A missing path is kept as it is, so the
 * loader reports it with the other problems of the run.
 */
export function expandSources(given: readonly string[]): string[] {
  return expandEntries(given.map((source) => ({ source, hints: null }))).map((entry) => entry.source);
}

/** expandSources, keeping each source's hints: every file of a folder takes the folder line's. */
export function expandEntries(given: readonly ListedSource[]): ListedSource[] {
  const out: ListedSource[] = [];
  for (const entry of given) {
    const { source, hints } = entry;
    if (isUrl(source)) {
      out.push(entry);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(source).isDirectory();
    } catch {
      // Not there: the loader says so with the file's name.
    }
    if (!isDir) {
      out.push(entry);
      continue;
    }
    const found: string[] = [];
    walk(source, found);
    if (found.length === 0)
      throw new SourceListError(`${source}: no report files (${REPORT_EXTENSIONS.join(' ')}) in this folder`);
    out.push(...found.map((file) => ({ source: file, hints })));
  }
  return out;
}

/** Reads a --files-from list: `-` is standard input. */
export async function readSourceList(from: string, stdin: () => Promise<string>): Promise<string[]> {
  return (await readSourceEntries(from, stdin)).map((entry) => entry.source);
}

/** readSourceList with each line's hints; a bad hint is a SourceListError naming the line. */
export async function readSourceEntries(from: string, stdin: () => Promise<string>): Promise<ListedSource[]> {
  if (from === '-') return listedEntries(await stdin(), 'standard input');
  let text: string;
  try {
    text = readFileSync(from, 'utf8');
  } catch (error) {
    throw new SourceListError(
      `${from}: cannot read the list: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return listedEntries(text, from);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
