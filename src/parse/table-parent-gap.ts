// 指标 | 本区增速（%） | 全市增速（%） | 高于（低于）全市（百分点）: a column giving each row's growth less its
// parent's, in points (a district's 各区比较 sheet). Each figure is the row's comparison with the parent, as
// 增速高于全市平均水平N个百分点 is in prose; the parent's own growth column beside it stays unread.

import { foldWidth } from './normalise.js';

/**
 * 高于（低于）全市（百分点）, 比全市高低（个百分点）, 比全省增减, 与全市差距, 高于全市平均水平: the column of the row's
 * gap to its parent's growth; the whole (全市, 全省) is its group in the capture.
 */
const PARENT_GAP_HEADER =
  /^(?:(?:高于|低于|快于|慢于)(?:\((?:高于|低于|快于|慢于)\))?|比|较|与)(全(?:国|省|市|州|盟|区|县))(?:平均)?(?:水平|增速)?(?:高低|增减|快慢|差距|相差|高出)?(?:\((?:个)?百分点\))?$/;

/** The whole a column's rows are compared with (全市), or null when its header names no such gap. */
export function parentGapOf(header: string): string | null {
  const compact = foldWidth(header).replace(/\s/g, '');
  const match = PARENT_GAP_HEADER.exec(compact);
  if (!match) return null;
  // 比全市 / 较全省 / 与全市 alone name no gap: the header must say it is one (高低, 增减, 差距, …).
  if (/^(?:比|较|与)/.test(compact) && !/(?:高低|增减|快慢|差距|相差|高出)/.test(compact)) return null;
  return match[1] ?? null;
}
