import { lookupIndicator } from './catalogue.js';
import type { TableColumn } from './types.js';

/**
 * 地区 | 规模以上工业增加值 | 固定资产投资: in a table of places, a column headed by an indicator's name
 * alone holds each place's figure of it (its measure in the caption: …主要指标增速（%）), so it is
 * read as the period's actual, as 增速 or 完成 after the name would make it.
 */
export function placeColumnRoles(columns: readonly TableColumn[], places: boolean): TableColumn[] {
  if (!places) return [...columns];
  return columns.map((column, index) =>
    index > 0 && column.role === 'other' && lookupIndicator(column.header.replace(/\s/g, ''))
      ? { ...column, role: 'actual' }
      : column,
  );
}
