// A row named by a month alone under an indicator's row (规模以上工业增加值 | % | 3.6 then `其中：8月当月 | % | -4.8`):
// the indicator above in that one month (2021-M8-8), as a 8月当月 column (table-month-columns.ts) or 6月当月 in
// prose (figure-period.ts) is; no indicator of its own.

import { endMonth } from './figure-period.js';
import { foldWidth } from './normalise.js';

/** 8月当月, 当月, 本月, 8月份当月 after 其中： or #: not 1—8月, 8月末 (a balance) or 本月止累计. */
const MONTH_ROW = /^(?:其中:?|#)?(?:(\d{1,2})月份?)?(?:当月|本月)$/;

/** Whether a row's name is a month alone. */
export function isMonthRow(name: string): boolean {
  return MONTH_ROW.test(foldWidth(name).replace(/\s+/g, ''));
}

/**
 * The one month a month-alone row's figures are for (2021-M8-8; 当月 alone the report's last month), or null
 * when the name is no month alone or its month is outside the report's months.
 */
export function monthRowPeriod(name: string, reportPeriod: string): string | null {
  const match = MONTH_ROW.exec(foldWidth(name).replace(/\s+/g, ''));
  if (!match) return null;
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  if (!year || reportEnd === null) return null;
  const month = Number(match[1] ?? reportEnd);
  if (month < 1 || month > reportEnd) return null;
  return `${year}-M${month}-${month}`;
}
