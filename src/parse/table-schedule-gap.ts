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

/** 序时进度, 时序进度（%）, 时间进度: the schedule's own column (75 in every row at three quarters). */
const SCHEDULE_COLUMN = new RegExp(`^${SCHEDULE}(?:\\((?:%|百分比)\\))?$`);
/** 差距（±）, 差距, 相差（百分点）, ±: a bare gap header, whose meaning the column before it gives. */
const BARE_GAP_HEADER = /^(?:差距|相差|差额|增减)?(?:\((?:±|\+\/?-)?(?:个)?(?:百分点)?\))?$|^[±]$/;

/**
 * 序时进度 | 差距（±）: a bare gap right after the schedule's column is each row's gap to the schedule (a Hainan-style
 * county 发改局's 主要指标 sheet; session 42, fix327, F6691). Per column, as scheduleGapOf gives it, else null.
 */
export function scheduleGapColumns(headers: readonly string[]): Array<string | null> {
  const compact = headers.map((h) => foldWidth(h).replace(/\s/g, ''));
  return compact.map((header, k) => {
    const own = scheduleGapOf(header);
    if (own) return own;
    const before = compact[k - 1];
    if (header === '' || before === undefined || !SCHEDULE_COLUMN.test(before)) return null;
    return BARE_GAP_HEADER.test(header) ? '时序进度' : null;
  });
}

/**
 * What a schedule-gap cell compares with in its row: the schedule where the row has a schedule figure, the row's
 * goal where it has none (a growth row's 序时进度 is 「—」 and its 差距 its growth less the goal's, as the sheet's
 * note says), so 计划 or 目标 as the goal column names it.
 */
export function scheduleGapComparedWith(
  scheduleCell: string | undefined,
  goalHeader: string | undefined,
): string | null {
  if (scheduleCell === undefined || /\d/.test(scheduleCell) || goalHeader === undefined) return null;
  return /目标/.test(goalHeader) && !/计划/.test(goalHeader) ? '目标' : '计划';
}
