// A table of products (产品 | 产量(万吨) | 比上年增长(%)): its rows name goods (粮食, 油料, 肉类), not
// indicators; a row is an indicator only when the good with the column's measure (粮食产量) is one.

import { foldWidth, splitNameUnit } from './normalise.js';
import type { TableColumn } from './types.js';

/** 产品, 主要产品, 品名, 品种: the header of a column naming goods. */
const PRODUCT_HEADER = /^(?:主要)?(?:农)?(?:产品|品名|品种)(?:名称)?$/;

/** 产量(万吨), 总产量, 产值: the measure a products table's first figure column gives every row. */
const PRODUCT_MEASURE = /^(?:总?产量|产值|销量|销售量)$/;

/** Whether the table's name column is headed by goods rather than indicators. */
export function isProductTable(columns: readonly TableColumn[], nameColumn: number): boolean {
  return PRODUCT_HEADER.test(foldWidth(columns[nameColumn]?.header ?? '').replace(/\s/g, ''));
}

/**
 * The measure a products table's rows share (产量 from 产量(万吨)), to name each row's indicator
 * (粮食 → 粮食产量); '' when no column names one, so a row's indicator is its good alone.
 */
export function productMeasure(columns: readonly TableColumn[]): string {
  for (const column of columns) {
    const name = splitNameUnit(column.header).name.replace(/\s/g, '');
    if (PRODUCT_MEASURE.test(name)) return name.replace(/^总/, '');
  }
  return '';
}
