// Reading on worker threads loads the same database, and fails the same way, as reading in-process.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVariant } from '../../bench/variants.js';
import { LoadError, loadReportFiles } from '../../src/db/loader.js';
import { SEEDS_DIR } from '../../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'read-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt'), 'utf8');
const files = Array.from({ length: 10 }, (_, i) => {
  const file = path.join(dir, `r${i}.txt`);
  writeFileSync(file, makeVariant(seed, '连州', 2020, i));
  return file;
});

function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  const result = {
    hash: db.prepare("SELECT value FROM meta WHERE key = 'content_hash'").pluck().get(),
    reports: db.prepare('SELECT id, region, period FROM reports ORDER BY rowid').all(),
    sentences: db.prepare('SELECT count(*) FROM sentences').pluck().get(),
    facts: db.prepare('SELECT count(*) FROM facts').pluck().get(),
  };
  db.close();
  return result;
}

async function failure(list: string[], readers: number): Promise<string[]> {
  try {
    await loadReportFiles(path.join(dir, `fail-${readers}.sqlite`), list, { fresh: true, readers });
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return (error as LoadError).lines;
  }
  throw new Error('the load did not fail');
}

describe('reading on worker threads', () => {
  it('loads what reading in-process loads, in the same order, with progress in order', async () => {
    const progress: number[] = [];
    const pooled = await loadReportFiles(path.join(dir, 'pooled.sqlite'), files, {
      fresh: true,
      readers: 2,
      onProgress: (done) => progress.push(done),
    });
    const plain = await loadReportFiles(path.join(dir, 'plain.sqlite'), files, { fresh: true, readers: 0 });
    expect(pooled.loaded.map((r) => r.file)).toEqual(files);
    expect({ ...pooled, timings: null }).toEqual({ ...plain, timings: null });
    expect(progress).toEqual(files.map((_, i) => i + 1));
    expect(snapshot(path.join(dir, 'pooled.sqlite'))).toEqual(snapshot(path.join(dir, 'plain.sqlite')));
  }, 60_000);

  it('reports every problem in file order, as in-process reading does', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const list = [
      ...files.slice(0, 4),
      empty,
      path.join(dir, 'missing.txt'),
      files[1] as string,
      ...files.slice(5),
    ];
    const lines = await failure(list, 2);
    expect(lines).toEqual(await failure(list, 0));
    expect(lines.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
