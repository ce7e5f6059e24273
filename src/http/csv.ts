// CSV for list routes: one row per item, nested objects flattened to dotted columns, arrays as JSON.
// The BOM makes spreadsheet programs read the UTF-8 (and so the Chinese) correctly.

import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

/** Column paths of an item schema, in declaration order, so even an empty page has a header row. */
export function csvColumns(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if ((def.type === 'nullable' || def.type === 'optional') && def.innerType)
    return csvColumns(def.innerType, prefix);
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([name, child]) =>
      csvColumns(child, prefix ? `${prefix}.${name}` : name),
    );
  }
  return [prefix];
}

function cell(item: unknown, path: string[]): string | number | boolean | null {
  let value: unknown = item;
  for (const part of path) value = value == null ? null : (value as Record<string, unknown>)[part];
  if (value == null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

export function toCsv(items: readonly unknown[], columns: readonly string[]): string {
  const paths = columns.map((column) => column.split('.'));
  const rows = items.map((item) => paths.map((path) => cell(item, path)));
  return `\ufeff${stringify([columns as string[], ...rows], { record_delimiter: 'windows' })}`;
}
