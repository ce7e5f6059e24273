// The parse hash: what the content hash (strong ETags) takes of each report. It is the SHA-256 of
// what the parse is a function of — the source's bytes (their SHA-256, taken anyway for the report's
// meta), its name and media type, the load's options — and of the reading code itself: every module
// of the ingest and parse stages as run (the .ts files from source, tsc's .js compiled) and the
// dependencies package.json pins. The same input under the same code gives the same hash, and any
// change to the parser changes it. It used to be the SHA-256 of the parsed report's JSON, which cost
// ~2 ms a report (UTF-8 encoding 150,000 characters, then hashing them) for the same guarantee.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../paths.js';
import type { ReadOptions } from './read-report.js';

let code: string | undefined;

/**
 * A hash of the reading code (read once per thread: ~45 small files). Bundled into one file (the
 * stages' folders are not beside it), that file holds the code, so it is hashed instead.
 */
function readingCode(): string {
  if (code !== undefined) return code;
  const hash = createHash('sha256');
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self);
  try {
    for (const stage of ['ingest', 'parse']) {
      const dir = fileURLToPath(new URL(`../${stage}/`, import.meta.url));
      for (const name of readdirSync(dir)
        .filter((file) => file.endsWith(ext))
        .sort()) {
        hash
          .update(`${stage}/${name}\0`)
          .update(readFileSync(path.join(dir, name)))
          .update('\0');
      }
    }
  } catch {
    hash.update(readFileSync(self));
  }
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  code = hash.digest('hex');
  return code;
}

/** The parse hash of a source: its bytes' SHA-256, name and media type, the options, the code. */
export function parseHash(
  sha256: string,
  source: { name: string; mediaType?: string | undefined },
  options: ReadOptions,
): string {
  const { region, period, genre } = options;
  return createHash('sha256')
    .update(
      JSON.stringify([readingCode(), sha256, source.name, source.mediaType ?? null, region, period, genre]),
    )
    .digest('hex');
}
