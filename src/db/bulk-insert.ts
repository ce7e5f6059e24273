// Fast row inserts for the loader. Drizzle's query builder costs ~0.1 ms per statement to build,
// which dominated load time; prepared statements, derived from the drizzle table so the column list
// cannot drift from the schema, are reused for every row instead. Rows go in up to 32 at a time
// (one multi-row INSERT), which cut a report's ~750 rows from ~4.0 to ~3.4 ms (2026-12-02): what
// remains is SQLite's own work.

import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export type RowInserter<T> = (row: T) => void;
export type RowsInserter<T> = (rows: readonly T[]) => void;

/** Rows per statement: full batches use one statement, the rest one of 16, 8, 4, 2 or 1 rows. */
const BATCH = 32;

function columnsOf(table: SQLiteTable): { key: string; name: string }[] {
  return Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    // With casing: 'snake_case' a column declared without a name is named after its key.
    name: column.keyAsName ? toSnakeCase(key) : column.name,
  }));
}

/** A value as better-sqlite3 binds it. */
function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** A function inserting rows (camelCase keys, as drizzle's $inferInsert) into table, in order. */
export function rowsInserter<T extends SQLiteTable>(
  sqlite: Database.Database,
  table: T,
): RowsInserter<T['$inferInsert']> {
  const columns = columnsOf(table);
  const keys = columns.map((c) => c.key);
  const head = `INSERT INTO "${getTableName(table)}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statements = new Map<number, Database.Statement>();
  const statementFor = (rows: number) => {
    let statement = statements.get(rows);
    if (!statement) {
      statement = sqlite.prepare(head + Array.from({ length: rows }, () => tuple).join(', '));
      statements.set(rows, statement);
    }
    return statement;
  };
  return (rows) => {
    let at = 0;
    while (at < rows.length) {
      const left = rows.length - at;
      let n = BATCH;
      while (n > left) n >>= 1;
      const values: unknown[] = [];
      for (let i = at; i < at + n; i++) {
        const record = rows[i] as Record<string, unknown>;
        for (const key of keys) values.push(bindable(record[key]));
      }
      statementFor(n).run(...values);
      at += n;
    }
  };
}

/** A function inserting one row (camelCase keys, as drizzle's $inferInsert) into table. */
export function rowInserter<T extends SQLiteTable>(
  sqlite: Database.Database,
  table: T,
): RowInserter<T['$inferInsert']> {
  const insert = rowsInserter(sqlite, table);
  return (row) => insert([row]);
}
