// The loader under mutated reports: it loads or fails with file:line: reason lines, never hangs or
// crashes, and never damages the database it was asked to add to.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadError, loadReportFiles } from '../../src/db/loader.js';
import { SEEDS_DIR } from '../../src/paths.js';

const seedBytes = readFileSync(path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt'));
const seed = seedBytes.toString('utf8');
const lines = seed.split('\n');

const mutation = fc.oneof(
  fc.nat({ max: seedBytes.length }).map((n) => ({ name: 'truncate', bytes: seedBytes.subarray(0, n) })),
  fc
    .shuffledSubarray(lines, { minLength: 1 })
    .map((ls) => ({ name: 'shuffle', bytes: Buffer.from(ls.join('\n')) })),
  fc
    .tuple(fc.nat({ max: seedBytes.length }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
    .map(([at, noise]) => ({
      name: 'random bytes',
      bytes: Buffer.concat([seedBytes.subarray(0, at), Buffer.from(noise), seedBytes.subarray(at)]),
    })),
  fc
    .constantFrom('99999999999999999999999', '1e308', '1'.repeat(400), '0.000000000000001', '-0')
    .map((huge) => ({ name: 'huge numbers', bytes: Buffer.from(seed.replace(/\d+\.\d+/g, huge)) })),
  fc.integer({ min: 100, max: 20000 }).map((n) => ({
    name: 'repeated headings',
    bytes: Buffer.from(seed.replace('  (一)', `${'  (一)重复的标题。\n'.repeat(n)}  (一)`)),
  })),
  fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((b) => ({ name: 'noise', bytes: Buffer.from(b) })),
);

let dir: string;
let dbFile: string;
let healthy: string;
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'loader-fuzz-'));
  dbFile = path.join(dir, 'db.sqlite');
  const other = path.join(dir, 'other.txt');
  writeFileSync(other, seed.replace('2020年上半年国民经济', '2020年一季度国民经济'));
  await loadReportFiles(dbFile, [other]);
  healthy = digest(dbFile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loader under mutated input', () => {
  it('loads or fails cleanly, and a failure leaves the database byte-for-byte intact', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ bytes }) => {
        const file = path.join(dir, 'mutant.txt');
        writeFileSync(file, bytes);
        const before = digest(dbFile);
        try {
          await loadReportFiles(dbFile, [file]);
          const db = new Database(dbFile, { readonly: true });
          const { n } = db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number };
          db.close();
          expect(n).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(LoadError);
          for (const line of (error as LoadError).lines) expect(line).toMatch(/^.+:\d+: \S/);
          expect(digest(dbFile)).toBe(before);
        }
      }),
      { numRuns: 60, seed: 20201, endOnFailure: true },
    );
    expect(healthy).toMatch(/^[0-9a-f]{64}$/);
  }, 120_000);
});
