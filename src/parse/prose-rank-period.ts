// Which period a rank is of: 一季度居全市第5位，上半年升至第3位 gives the first quarter's rank beside the
// half-year's. The report's period is the sentence's (or the latest a rank of it names); an earlier one's
// rank is no rank of the report's period, only the base its move is counted from.

/** A period a clause may open with, and the month it ends with; 0 for one before the year (上年同期, 上月). */
const PERIODS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^(?:上年|去年|上一年度?)(?:同期|全年|底|末)?/, () => 0],
  [/^(?:上月|上季度|上一季度)/, () => 0],
  [/^(?:第一季度|一季度|1[-—~～至]3月份?)/, () => 3],
  [/^(?:第二季度|二季度)/, () => 6],
  [/^(?:第三季度|三季度)/, () => 9],
  [/^(?:上半年|前两个?季度)/, () => 6],
  [/^(?:前三季度|前3季度)/, () => 9],
  [/^(?:全年|今年全年)/, () => 12],
  [/^1[-—~～至](\d{1,2})月份?/, (m) => Number(m[1])],
];

/** What may stand before the period in the rank's clause: 增速一季度居…, 比一季度居第5位前移2位. */
const BEFORE_PERIOD = /^(?:其中|而)?(?:增速|增幅|总量|排名|排位|位次)?(?:比|较)?(?:今年|本年)?/;

/** The period a clause opens with: the month it ends in and the clause's words after it; null if none. */
function periodAt(clause: string): { month: number; rest: string } | null {
  const words = clause.replace(/\s+/g, '').replace(BEFORE_PERIOD, '');
  for (const [pattern, month] of PERIODS) {
    const m = pattern.exec(words);
    if (m) return { month: month(m), rest: words.slice(m[0].length) };
  }
  return null;
}

/** The month the period a clause opens with ends in; null when it opens with none. */
export function periodOf(clause: string): number | null {
  return periodAt(clause)?.month ?? null;
}

/** 上半年升至第3位, 上半年跃升到全市第3位: a move's verb written before the rank's 至, no subject. */
const MOVE_ONLY =
  /^的?(?:增速|增幅|总量|排名|排位|位次)?(?:又|再|已)?(?:上升|提升|跃升|攀升|前移|前进|升|下降|下滑|后移|后退|回落|降)?$/;

/** The words a period and a move leave of a rank's clause: 上半年升 → '', 一季度增速 → 增速. */
export function withoutPeriod(words: string): string {
  const period = periodAt(words);
  if (!period) return words;
  return MOVE_ONLY.test(period.rest) ? '' : period.rest;
}

/**
 * Whether a rank whose clause opens with `period` is an earlier period's: before the one the sentence
 * opens with (上半年，…，一季度居全市第5位), before another rank's of the same sentence (一季度居全市第5位，
 * 上半年升至第3位), or before the report's own (`reportMonth`: 全县…，一季度居全市第5位 in a half-year
 * report); one before the year (上年同期居第5位) always is.
 */
export function isEarlierPeriod(
  period: number | null,
  lead: number | null,
  others: readonly (number | null)[],
  reportMonth: number | null = null,
): boolean {
  if (period === null) return false;
  if (period === 0) return true;
  const current = Math.max(lead ?? 0, reportMonth ?? 0, ...others.map((o) => o ?? 0));
  return period < current;
}
