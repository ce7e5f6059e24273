// A statistics bureau's monthly table gives the month alone beside the months so far: 本月 | 比去年同月增长(%)
// | 1-本月 | 比去年同期增长(%), or 8月 over 本月 | 同比增长(%) beside 1-8月 over 累计 | 同比增长(%). The month's
// figures carry the period of that one month (2024-M8-8), as 6月当月 in prose does (figure-period.ts).

import { endMonth } from './figure-period.js';
import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import { nameColumnOf } from './table-column-roles.js';
import { withCellPeriods } from './table-earlier-columns.js';
import type { Observation } from './types.js';

/**
 * 本月, 当月, 8月本月, 比去年同月增长(%), 8月同比增长(%): not 1-本月, 1-8月累计, 本月止累计 or 8月末 (a balance).
 * 工业增加值本月, 比上年同期增长(%)本月: 本月 under a spanning word closes the joined header (an industry sheet's
 * 工业增加值 | 比上年同期增长(%) over 本月 | 1—4月; fix485, F10306). 2001年本月:
 * the year spanning 本月 | 1—2月累计 in a printed 月报's two-row header (F10392).
 */
const MONTH_ALONE =
  /^(?:\d{4}年)?(?:(\d{1,2})月份?)?(?:本月|当月)(?!止|累计)|同月|^(\d{1,2})月份?(?![末底])(?!.*累计)|[^\d\-—–~至](?:本月|当月)$/;

/** 2008年7月: a sheet's year spanning 7月 | 1—7月累计 leads the month's header (F10241). */
const LEADING_YEAR = /^((?:19|20)\d{2})年(?=\d{1,2}月)/;

/**
 * 10月 | 同比±% | 1—10月累计 | 同比±%: a growth column headed by no period of its own is of the column before
 * it, so the one after a month alone is that month's growth.
 */
const GROWTH_BESIDE = /^(?:同比|比上年|比去年)?(?:±|增减|增长|增速|增幅)±?(?:\(%\)|%)?$|^同比(?:\(%\)|%)$/;

/** 5月 beside 1-5月: a column of the month alone, whatever the report's period (its share of the year is none). */
export function isMonthAloneHeader(header: string): boolean {
  return MONTH_ALONE.test(foldWidth(header).replace(/\s/g, '').replace(LEADING_YEAR, ''));
}

/** The one month a column's figures belong to (2024-M8-8), or null when they are the report's period's. */
export function monthColumnPeriod(header: string, reportPeriod: string): string | null {
  const folded = foldWidth(header).replace(/\s/g, '');
  const match = MONTH_ALONE.exec(folded.replace(LEADING_YEAR, ''));
  if (!match) return null;
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  if (!year || reportEnd === null) return null;
  const month = Number(match[1] ?? match[2] ?? reportEnd);
  // 2007年7月 beside a 2008 report's 2008年7月: that month of the year named, as a 上年同期 column's cells are
  // the year before's (table-last-year-columns.ts); a later year's month is none of the report's.
  const named = Number(LEADING_YEAR.exec(folded)?.[1] ?? year);
  if (named < year) return month >= 1 && month <= 12 ? `${named}-M${month}-${month}` : null;
  if (named > year || month < 1 || month > reportEnd) return null;
  return `${year}-M${month}-${month}`;
}

/** The table observations read from a column of the month alone, given that month's period. */
export function withMonthColumnPeriods(
  observations: readonly Observation[],
  tables: readonly PlacedTable[],
  reportPeriod: string | null,
): Observation[] {
  if (!reportPeriod) return [...observations];
  const periodAt = new Map<number, string>();
  for (const { read } of tables) {
    const columns = read.table.columns;
    columns.forEach((column, c) => {
      const period =
        monthColumnPeriod(column.header, reportPeriod) ??
        (c > 0 && GROWTH_BESIDE.test(foldWidth(column.header).replace(/\s/g, ''))
          ? monthColumnPeriod(columns[c - 1]?.header ?? '', reportPeriod)
          : null);
      if (!period || period === reportPeriod) return;
      const nameAt = nameColumnOf(columns);
      const end = endMonth(reportPeriod.slice(5));
      const atReportEnd = period === `${reportPeriod.slice(0, 4)}-M${end}-${end}`;
      for (const row of read.rows) {
        const cell = row.cells[c];
        // 金融机构各项存款余额 | 亿元 | X | — under N月 | 1—N月累计: a balance in the last month's column
        // is the stock at the report's own end, no figure of that month alone.
        if (atReportEnd && BALANCE.test(row.cells[nameAt]?.text ?? '')) continue;
        if (cell && cell.text !== '') periodAt.set(cell.start, period);
      }
    });
  }
  return withoutRepeatedStock(withCellPeriods(observations, periodAt), periodAt);
}

/** 存款余额, 贷款余额: a stock at a month's end. */
const BALANCE = /余额/;

/** A count of units: enterprises, households, sites. */
const COUNT_UNIT = /^(?:个|家|户|座|所)$/;

/**
 * 规模以上工业企业数 | 个 | 132 | — | 132: a count of units is a stock at the month's end, so the month's
 * column repeats the months-so-far one; the same count twice is one figure, the report period's.
 */
function withoutRepeatedStock(
  observations: readonly Observation[],
  periodAt: ReadonlyMap<number, string>,
): Observation[] {
  const whole = new Set(
    observations
      .filter((o) => o.source === 'table' && o.period === undefined && o.measure === 'level' && o.quantity)
      .map((o) => `${o.indicatorCode}|${o.quantity?.value}|${o.quantity?.unit}`),
  );
  return observations.filter(
    (o) =>
      !(
        o.source === 'table' &&
        periodAt.has(o.provenance.start) &&
        o.measure === 'level' &&
        o.quantity &&
        COUNT_UNIT.test(o.quantity.unit) &&
        whole.has(`${o.indicatorCode}|${o.quantity.value}|${o.quantity.unit}`)
      ),
  );
}
