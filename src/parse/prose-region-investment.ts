// 全区投资增速低于全市平均水平4.1个百分点, 上半年全县投资同比下降2.6%: the whole region's bare 投资, its
// growth said right after it, is its fixed-asset investment (the catalogue knows no bare 投资: 工业投资,
// 民间投资 and 占全区投资比重 name parts or the whole after 占, and keep their own readings).

import { catalogueEntry } from './catalogue.js';
import type { NamedIndicator } from './prose-clauses.js';

/**
 * A clause opening (after an optional period) with 全区/全县/全市/全旗 + 投资 and a growth word. The
 * clause is the text from the clause's start to the figure.
 */
const REGION_INVESTMENT =
  /^(?:[一二三四五六七八九十]是)?(?:\d{1,2}(?:[—–―-]\d{1,2})?月份?|上半年|前三季度|[一二三四]季度|今年以来)?[,，]?(全[区县市旗]投资)(?:累计)?(?:同比)?(?:增速|增幅|增长|下降)/;

/** The fixed-asset investment a clause names as its whole region's bare 投资, or null. */
export function regionInvestment(clause: string): NamedIndicator | null {
  const match = REGION_INVESTMENT.exec(clause.replace(/\s+/g, ''));
  const entry = match ? catalogueEntry('fixed-asset-investment') : undefined;
  return entry ? { entry, name: entry.name } : null;
}
