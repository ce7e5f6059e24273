// Fast row inserts for the loader. Drizzle's query builder costs ~0.1 ms per statement to build,
// which dominated load time; one prepared statement per table, derived from the drizzle table so
// the column list cannot drift from the schema, is reused for every row instead.

import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export type RowInserter<T> = (row: T) => void;

/** A function inserting one row (camelCase keys, as drizzle's $inferInsert) into table. */
export function rowInserter<T extends SQLiteTable>(
  sqlite: Database.Database,
  table: T,
): RowInserter<T['$inferInsert']> {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    // With casing: 'snake_case' a column declared without a name is named after its key.
    name: column.keyAsName ? toSnakeCase(key) : column.name,
  }));
  const statement = sqlite.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns
      .map(() => '?')
      .join(', ')})`,
  );
  return (row) => {
    const record = row as Record<string, unknown>;
    statement.run(
      columns.map(({ key }) => {
        const value = record[key];
        if (value === undefined) return null;
        if (typeof value === 'boolean') return value ? 1 : 0;
        return value;
      }),
    );
  };
}
