// A table of products (产品 | 产量(万吨) | 比上年增长(%)): its rows name goods (粮食, 油料, 肉类), not
// indicators; a row is an indicator only when the good with the column's measure (粮食产量) is one.

import { foldWidth, splitNameUnit } from './normalise.js';
import type { TableColumn } from './types.js';

/** 产品, 主要产品, 品名, 品种: the header of a column naming goods. */
const PRODUCT_HEADER = /^(?:主要)?(?:农)?(?:产品|品名|品种)(?:名称)?$/;

/** 产量(万吨), 总产量, 产值: the measure a products table's first figure column gives every row. */
const PRODUCT_MEASURE = /^(?:总?产量|产值|销量|销售量)$/;

/**
 * 表1 2017年主要农产品产量, 规模以上工业主要产品产量: a caption naming goods' output, over a table whose
 * name column is headed 指标 all the same (指标 | 单位 | 绝对数 | 比上年增长(%)). A tail after 及 names more
 * of the same goods' figures (主要农产品产量及牲畜存栏、出栏情况, …产量及其增长速度; session 46, fixprod, F8221).
 * 主要畜牧业指标 (饲养量, 出栏, 肉类总产量 rows) is a table of goods too (F8222), and so is a herd's
 * count by animal (主要牲畜存栏, 牲畜出栏情况: 大牲畜, 牛, 羊 rows; session 48, fix438, F9182).
 */
const PRODUCT_CAPTION =
  /(?:(?:农|畜|工业|主要)产品(?:总?产量|产值)|畜牧业(?:主要)?指标|(?:牲畜|畜禽)(?:[存出]栏|饲养)(?:总?[数量]|头数|情况)?)(?:及[^及]*)?$/;

/** The output measure a products caption names (产量 of 主要农产品产量及牲畜存栏情况). */
const CAPTION_MEASURE = /(产量|产值)(?:及[^及]*)?$/;

/**
 * 主要产品产量, 主要工业产品产量 alone on a row of empty cells: a statistics sheet's section over its goods' rows,
 * no start of the next row's name (session 43, fix347, F7033).
 */
const PRODUCTS_HEADING = /^(?:主要)?(?:工业|农业|农|畜|农副)?(?:主要)?产品(?:总?产量|产值)$/;

export const isProductsHeading = (text: string) => PRODUCTS_HEADING.test(text.replace(/\s/g, ''));

/** Whether the table's name column (or else its caption) names goods rather than indicators. */
export function isProductTable(
  columns: readonly TableColumn[],
  nameColumn: number,
  caption: string | null = null,
): boolean {
  if (PRODUCT_HEADER.test(foldWidth(columns[nameColumn]?.header ?? '').replace(/\s/g, ''))) return true;
  return caption !== null && PRODUCT_CAPTION.test(captionName(caption));
}

/** A caption without its spaces and a closing bracket (（万吨）, (2017年)). */
function captionName(caption: string): string {
  return foldWidth(caption)
    .replace(/\s/g, '')
    .replace(/\([^()]*\)$/, '');
}

/**
 * The measure a products table's rows share (产量 from 产量(万吨)), to name each row's indicator
 * (粮食 → 粮食产量); '' when no column names one, so a row's indicator is its good alone.
 */
export function productMeasure(columns: readonly TableColumn[], caption: string | null = null): string {
  for (const column of columns) {
    const name = splitNameUnit(column.header).name.replace(/\s/g, '');
    if (PRODUCT_MEASURE.test(name)) return name.replace(/^总/, '');
  }
  // 指标 | 单位 | 绝对数 under …主要农产品产量: the caption names the measure every row shares.
  const named = caption === null ? null : CAPTION_MEASURE.exec(captionName(caption));
  return named?.[1] ?? '';
}
