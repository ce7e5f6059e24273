// 指标 | 年度目标 | 1—6月完成 | 完成年度目标% | 时序进度差（±）: a column giving each row's share of its goal less
// the schedule's (50% at the half), in points (a county 发改局's 主要指标 sheet; session 41, fix316). Each figure
// is the row's comparison with the schedule, as 超时序进度N个百分点 is in prose.

import { foldWidth } from './normalise.js';

const SCHEDULE = '(?:时序|序时|时间)进度';
/** 时序进度差（±）, 与序时进度差距, 比时间进度快慢（百分点）, 快于（慢于）序时进度, 超时序进度（±）. */
const SCHEDULE_GAP_HEADER = new RegExp(
  `^(?:(?:与|比|较|超|快于|慢于|高于|低于)(?:\\((?:快于|慢于|高于|低于|超)\\))?)?${SCHEDULE}(?:差|差距|快慢|增减|高低|相差)?(?:\\((?:±|\\+/?-|\\+)?(?:个)?(?:百分点)?\\))?$`,
);
/** The header must say the column is a gap: a verb before the schedule, a gap word or a ± after it. */
const GAP_WORD = new RegExp(`^(?:超|快于|慢于|高于|低于)|${SCHEDULE}(?:差|快慢|增减|高低|相差)|[±]|\\+/?-`);

/** 时序进度 when a column's header names the rows' gap to the schedule, else null (时序进度（%） is the schedule). */
export function scheduleGapOf(header: string): string | null {
  const compact = foldWidth(header).replace(/\s/g, '');
  if (!SCHEDULE_GAP_HEADER.test(compact) || !GAP_WORD.test(compact)) return null;
  return '时序进度';
}
