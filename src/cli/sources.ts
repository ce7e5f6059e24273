// What `seed` loads: files, folders (searched recursively for every supported format), URLs, and
// lists of them from a file or standard input, so any number of reports fits on a command line.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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
  '.pdf',
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

/** The paths and URLs a list file names: one a line; blank lines and # comments are skipped. */
export function listedSources(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Expands the sources as given into the files and URLs to load, in a stable order: a folder
 * becomes every supported file below it (sorted by path). A missing path is kept as it is, so the
 * loader reports it with the other problems of the run.
 */
export function expandSources(given: readonly string[]): string[] {
  const out: string[] = [];
  for (const source of given) {
    if (isUrl(source)) {
      out.push(source);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(source).isDirectory();
    } catch {
      // Not there: the loader says so with the file's name.
    }
    if (!isDir) {
      out.push(source);
      continue;
    }
    const found: string[] = [];
    walk(source, found);
    if (found.length === 0)
      throw new SourceListError(`${source}: no report files (${REPORT_EXTENSIONS.join(' ')}) in this folder`);
    out.push(...found);
  }
  return out;
}

/** Reads a --files-from list: `-` is standard input. */
export async function readSourceList(from: string, stdin: () => Promise<string>): Promise<string[]> {
  if (from === '-') return listedSources(await stdin());
  try {
    return listedSources(readFileSync(from, 'utf8'));
  } catch (error) {
    throw new SourceListError(
      `${from}: cannot read the list: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
