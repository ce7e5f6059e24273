// 进出口连续5个月负增长, 连续3年位居全省前列: the length of a streak, how long a trend has held, is no
// figure of its own (the trend's figures, when given, are read where they stand).

import type { Figure } from './numbers.js';

/** Units a streak is counted in: months, quarters, years, days. */
const STREAK_UNIT = /^(?:个月|月|个季度|季度|年|天|日|周)$/;

/** Whether `figure` is a streak's length: 连续N个月, 已连续N年. */
export function isStreakLength(folded: string, figure: Figure): boolean {
  // 连续4个季度: the scanner reads 个 as the unit, 季度 after it.
  const counted =
    STREAK_UNIT.test(figure.quantity.unit) ||
    (figure.quantity.unit === '个' && /^\s*(?:季度|月)/.test(folded.slice(figure.end, figure.end + 4)));
  if (!counted) return false;
  const before = folded.slice(Math.max(0, figure.start - 4), figure.start).replace(/\s+/g, '');
  if (/连续$/.test(before)) return true;
  // 创近N年新高, 为近N年来最高: the span a record is set over, no figure either (session 31, fixleft31).
  // The scanner reads 近 as the figure's hedge (近N年), or leaves it before the figure.
  const span = figure.quantity.raw.startsWith('近') || /近$/.test(before);
  return span && RECORD_AFTER.test(folded.slice(figure.end, figure.end + 6));
}

/** What a record's span is followed by: 新高, 来最高, 以来同期最好. */
const RECORD_AFTER = /^(?:以来|来)?(?:的)?(?:新高|新低|最高|最低|最好|最快|最多|最大|最少|同期最)/;

/** 连续7个月, 已连续三年: a streak's length closing a rank's clause (增速连续7个月位居全州第1). */
const STREAK_CLOSING =
  /(?:已|持续)?连续(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个月|个季度|季度|年|天|周)$/;

/**
 * A rank's clause without the streak that closes it: 限上消费品零售额增速连续7个月 names the indicator
 * ranked as 限上消费品零售额增速 does (how long it has held the rank is no part of what is ranked).
 */
export function withoutStreak(clause: string): string {
  return clause.replace(STREAK_CLOSING, '');
}
