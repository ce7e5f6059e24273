// Opening the SQLite file: read-write with migrations for the loader, read-only for the server.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Db;
  close(): void;
}

function wrap(sqlite: Database.Database): Connection {
  return {
    sqlite,
    db: drizzle({ client: sqlite, schema, casing: 'snake_case' }),
    close: () => sqlite.close(),
  };
}

/** Opens (creating if needed) a database for writing and brings its schema up to date. */
export function openWritable(file: string): Connection {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = OFF');
  const connection = wrap(sqlite);
  migrate(connection.db, { migrationsFolder: MIGRATIONS_DIR });
  return connection;
}

export class DatabaseOpenError extends Error {}

/** The `when` of the newest migration this build ships (db/migrations/meta/_journal.json). */
function latestMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((entry) => entry.when));
}

/**
 * A database built by another version of the application would fail on its first query that
 * touches a changed table; say so at start-up instead.
 */
function checkSchemaVersion(sqlite: Database.Database, file: string): void {
  const applied = sqlite.prepare('SELECT max(created_at) AS latest FROM __drizzle_migrations').get() as
    | { latest: number | null }
    | undefined;
  const expected = latestMigration();
  if (applied?.latest !== expected) {
    const which = (applied?.latest ?? 0) < expected ? 'an older' : 'a newer';
    throw new DatabaseOpenError(
      `database file ${file} was built by ${which} version of this application: rebuild it with npm run seed`,
    );
  }
}

/**
 * Opens an existing database read-only for serving. Fails with a one-line reason when the file is
 * missing, is not SQLite, or lacks this application's schema.
 */
export function openReadOnly(file: string): Connection {
  if (!existsSync(file)) throw new DatabaseOpenError(`database file ${file} does not exist`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma('query_only = ON');
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table') AND name IN ('reports','sentences_fts')",
      )
      .all() as { name: string }[];
    if (tables.length < 2) {
      sqlite.close();
      throw new DatabaseOpenError(`database file ${file} has no report tables: build it with npm run seed`);
    }
    sqlite.prepare('SELECT count(*) FROM reports').get();
    checkSchemaVersion(sqlite, file);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(`database file ${file} cannot be read: ${(error as Error).message}`);
  }
  sqlite.pragma('cache_size = -8000');
  return wrap(sqlite);
}
