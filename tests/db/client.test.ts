import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openReadOnly, openWritable } from '../../src/db/client.js';

const dir = mkdtempSync(path.join(tmpdir(), 'client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fresh(name: string): string {
  const file = path.join(dir, name);
  openWritable(file).close();
  return file;
}

const refusal = (file: string) => {
  try {
    openReadOnly(file).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return (error as Error).message;
  }
  throw new Error(`${file} was opened`);
};

describe('openReadOnly', () => {
  it('opens a database this version built, read-only', () => {
    const connection = openReadOnly(fresh('ok.sqlite'));
    expect(() =>
      connection.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run(),
    ).toThrow();
    connection.close();
  });

  it('refuses a missing file, a file that is not SQLite, and a SQLite file without our tables', () => {
    expect(refusal(path.join(dir, 'none.sqlite'))).toMatch(/does not exist/);
    const text = path.join(dir, 'text.sqlite');
    writeFileSync(text, 'not a database '.repeat(500));
    expect(refusal(text)).toMatch(/cannot be read: file is not a database/);
    const other = path.join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(refusal(other)).toMatch(/has no report tables: build it with npm run seed/);
  });

  it('refuses a database built by another version of the application', () => {
    const file = fresh('old.sqlite');
    const db = new Database(file);
    db.exec('UPDATE __drizzle_migrations SET created_at = created_at - 1000');
    db.close();
    expect(refusal(file)).toMatch(
      /built by an older version of this application: rebuild it with npm run seed/,
    );
  });
});
