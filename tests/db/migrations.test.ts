// A database built before the text was stored once still opens, migrates and serves what it held.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openWritable } from '../../src/db/client.js';
import { createRepository } from '../../src/db/repository.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as a build that ended with `lastTag` shipped it. */
function migrationsUpTo(lastTag: string): string {
  const folder = path.join(dir, `migrations-${lastTag}`);
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  const entries = journal.entries.slice(0, last + 1);
  for (const entry of entries)
    copyFileSync(path.join(MIGRATIONS_DIR, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

describe('a database of the schema before the text was stored once', () => {
  it('migrates forward and serves the same text and original', () => {
    const file = path.join(dir, 'old.sqlite');
    const old = new Database(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsUpTo('0005_compressed_originals') });
    const text = '一、总体情况\n全县地区生产总值增长5.0%。\n';
    old
      .prepare(
        `INSERT INTO reports (id, title, region, year, period, period_label, sha256, source_file, source_text, loaded_at)
         VALUES ('abc123abc123', '报告', '甲县', 2020, '2020-H1', '上半年', 'x', 'a.txt', ?, '2020-07-01')`,
      )
      .run(text);
    old
      .prepare(
        `INSERT INTO sentences (id, report_id, ordinal, kind, text, start, "end", line)
         VALUES (1, 'abc123abc123', 0, 'heading', '一、总体情况', 0, 6, 1),
                (2, 'abc123abc123', 1, 'prose', '全县地区生产总值增长5.0%。', 7, 22, 2)`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO report_originals (report_id, bytes, compression) VALUES ('abc123abc123', ?, 'br')`,
      )
      .run(brotliCompressSync(Buffer.from(text)));
    old.close();

    openWritable(file).close();
    const db = new Database(file, { readonly: true });
    const repository = createRepository(db);
    expect(repository.reportText('abc123abc123')).toBe(text);
    expect(repository.reportOriginal('abc123abc123')?.bytes.toString()).toBe(text);
    expect(repository.getReport('abc123abc123')?.counts.sentences).toBe(2);
    db.close();
  });
});
