// The seed command as scripts call it: exit codes, `file:line: reason` on stderr, and the database
// left alone when anything fails.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/seed.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { useSeedSandbox } from '../helpers/seed-sandbox.js';

const SEED = path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt');
let dir: string;
let out: string[];
let err: string[];

useSeedSandbox('seed-cli-', (sandbox) => {
  ({ dir, out, err } = sandbox);
});

const reportCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number };
  db.close();
  return n;
};

describe('npm run seed', () => {
  it('loads the named files into --db and says what it loaded', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, SEED], {})).toBe(0);
    expect(reportCount(db)).toBe(1);
    expect(out.join('\n')).toMatch(/loaded .*lianzhou-2020-h1\.txt: 连州市 2020-H1 \(id [0-9a-f]{12}\)/);
    expect(out.at(-1)).toMatch(/^1 report\(s\) loaded into .*x\.sqlite in \d+ ms$/);
  });

  it('builds DB_FILE from every seeds/*.txt when no file is named', async () => {
    const db = path.join(dir, 'env.sqlite');
    expect(await main([], { DB_FILE: db })).toBe(0);
    expect(reportCount(db)).toBe(1);
  });

  it('exits 1 with file:line: reason and leaves the database as it was', async () => {
    const db = path.join(dir, 'x.sqlite');
    await main(['--db', db, SEED], {});
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await main(['--db', db, empty], {})).toBe(1);
    expect(err[0]).toMatch(new RegExp(`^${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: \\S`));
    expect(err.at(-1)).toBe(`seed: nothing was loaded; ${db} is unchanged`);
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
  });

  it.each([
    ['truncated.docx', /the Word \(\.docx\) file cannot be read, it may be truncated or damaged/],
    ['encrypted.pdf', /the PDF is encrypted with a password; it cannot be read/],
    ['image-only.pdf', /the PDF has no text layer \(a scan\?\); OCR is not supported/],
    ['not-a-report.html', /not a report/],
  ])('refuses %s with file: reason, exit 1, the database byte-identical', async (name, reason) => {
    const db = path.join(dir, 'x.sqlite');
    await main(['--db', db, SEED], {});
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const file = path.join(SEEDS_DIR, '..', 'tests', 'fixtures', 'formats', name);
    expect(await main(['--db', db, file], {})).toBe(1);
    expect(err[0]?.startsWith(`${file}:`)).toBe(true);
    expect(err[0]).toMatch(reason);
    expect(err.at(-1)).toBe(`seed: nothing was loaded; ${db} is unchanged`);
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
  });

  it("takes the genre from --genre over the parser's reading", async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, '--genre', 'news-summary', SEED], {})).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT genre FROM reports').pluck().all()).toEqual(['news-summary']);
    sqlite.close();
  });

  it('names a missing file', async () => {
    const missing = path.join(dir, 'nope.txt');
    expect(await main(['--db', path.join(dir, 'x.sqlite'), missing], {})).toBe(1);
    expect(err[0]).toBe(`${missing}:0: cannot read file: ENOENT`);
  });

  it('refuses unknown options and a bad DB_FILE with exit 2', async () => {
    expect(await main(['--bogus'], {})).toBe(2);
    expect(err[0]).toMatch(/^seed: .*bogus/);
    expect(await main([], { DB_FILE: '   ' })).toBe(2);
    expect(err[1]).toMatch(/^seed: invalid DB_FILE=/);
    expect(await main(['--help'], {})).toBe(0);
    expect(out.join('\n')).toMatch(/^usage: npm run seed/);
  });
});
