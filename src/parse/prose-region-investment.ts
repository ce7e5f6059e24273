// 全区投资增速低于全市平均水平4.1个百分点, 上半年全县投资同比下降2.6%: the whole region's bare 投资, its
// growth said right after it, is its fixed-asset investment (the catalogue knows no bare 投资: 工业投资,
// 民间投资 and 占全区投资比重 name parts or the whole after 占, and keep their own readings).

import { catalogueEntry } from './catalogue.js';
import type { NamedIndicator } from './prose-clauses.js';
import type { Fact } from './types.js';

/**
 * A clause opening (after an optional period) with 全区/全县/全市/全旗 + 投资 and a growth word. The
 * clause is the text from the clause's start to the figure.
 */
const REGION_INVESTMENT =
  /^(?:[一二三四五六七八九十]是)?(?:\d{1,2}(?:[—–―-]\d{1,2})?月份?|上半年|前三季度|[一二三四]季度|今年以来)?[,，]?(全[区县市旗]投资)(?:累计)?(?:同比)?(?:增速|增幅|增长|下降)/;

/**
 * 投资增速较一季度下滑了2.9个百分点: a clause opening on 投资增速 or 投资增幅 with no region and no kind of
 * investment named, which reports use for the fixed-asset investment's growth as they use 投资 bare.
 */
const BARE_INVESTMENT_GROWTH =
  /^(?:[一二三四五六七八九十]是)?(?:\d{1,2}(?:[—–―-]\d{1,2})?月份?|上半年|前三季度|[一二三四]季度|今年以来)?[,，]?投资(?:增速|增幅)/;

/**
 * The fixed-asset investment a clause names as its whole region's bare 投资, or null; a bare 投资增速
 * only when the text just before names no other kind of investment (`otherInvestmentBefore`, asked only
 * for such a clause: it looks back over the paragraph), whose growth it would then be.
 */
export function regionInvestment(
  clause: string,
  otherInvestmentBefore: () => boolean = () => true,
): NamedIndicator | null {
  const compact = clause.replace(/\s+/g, '');
  const match =
    REGION_INVESTMENT.exec(compact) ??
    (BARE_INVESTMENT_GROWTH.test(compact) && !otherInvestmentBefore()
      ? BARE_INVESTMENT_GROWTH.exec(compact)
      : null);
  const entry = match ? catalogueEntry('fixed-asset-investment') : undefined;
  return entry ? { entry, name: entry.name } : null;
}

/**
 * Whether the chain's subject (`subject`) or the paragraph's last indicator is an investment other than
 * the fixed-asset investment (工业投资增长12.0%，投资增速比一季度提高…: the bare 投资增速 is industry's).
 */
export function otherInvestmentBefore(subject: string, paragraph: readonly Fact[]): boolean {
  if (subject.includes('投资') && !/^(?:全[区县市旗])?固定资产投资/.test(subject)) return true;
  const code = paragraph.findLast((f) => f.indicatorCode !== null)?.indicatorCode;
  return !!code && code !== 'fixed-asset-investment' && catalogueEntry(code)?.category === 'investment';
}
