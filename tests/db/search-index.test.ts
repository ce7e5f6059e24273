// A load of 50 reports or more rebuilds the search index on a thread of its own while the loader's
// thread finds the flags (the file in WAL mode meanwhile): the result is the same database.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVariant } from '../../bench/variants.js';
import { findFlags } from '../../src/db/flags.js';
import { loadReportFiles } from '../../src/db/loader.js';
import { SEEDS_DIR } from '../../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt'), 'utf8');
const files = Array.from({ length: 55 }, (_, i) => {
  const file = path.join(dir, `r${i}.txt`);
  writeFileSync(file, makeVariant(seed, '连州', 2020, i));
  return file;
});

describe('finishing a larger load', () => {
  it('indexes every sentence, finds the flags the database holds and leaves a rollback-journal file', async () => {
    const dbFile = path.join(dir, 'large.sqlite');
    const result = await loadReportFiles(dbFile, files, { fresh: true, readers: 0 });
    expect(result.loaded).toHaveLength(files.length);
    expect(readdirSync(dir).filter((name) => name.endsWith('-wal') || name.endsWith('-shm'))).toEqual([]);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      const term = '生产总值';
      const indexed = db
        .prepare('SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid')
        .pluck()
        .all(`"${term}"`);
      const written = db
        .prepare('SELECT id FROM sentences WHERE instr(text, ?) > 0 ORDER BY id')
        .pluck()
        .all(term);
      expect(indexed.length).toBeGreaterThan(files.length);
      expect(indexed).toEqual(written);
      const stored = db.prepare('SELECT * FROM flags ORDER BY id').all() as Record<string, unknown>[];
      expect(stored.length).toBeGreaterThan(0);
      const found = findFlags(db);
      expect(stored.map((row) => [row.id, row.kind, row.message, row.sentence_id])).toEqual(
        found.map((row) => [row.id, row.kind, row.message, row.sentenceId]),
      );
    } finally {
      db.close();
    }
  }, 120_000);
});
