// A column whose header names the measure of its figures outright, whatever the row's indicator
// would make of a bare percentage: a statistics table's 两年平均增长(%) and 构成(%) columns.

import { foldWidth } from './normalise.js';
import type { Measure } from './types.js';

/** 两年平均增长(%), 两年平均增速: the average yearly growth over two years, beside the year's own. */
const TWO_YEAR_HEADER = /两年(?:平均|年均)(?:增长|增速|增幅)?/;

/**
 * 构成(%), 比重(%), 占比: each row's share of the table's total (a GDP table's sectors); 占全部投资比重(%),
 * 占总量的比重: the same, the whole named; 占全县投资比重(%), 占全市比重: the whole named by the place's own
 * total (a county's or city's investment), the way county half-year investment tables head the column.
 * 占工业投资比重%, 占服务业增加值的比重: the whole named by its aggregate alone, a measure word closing it
 * (an industrial-investment breakdown's parts; session 48, fix433, F9121). 1—4月占比重(%): 占 before the bare 比重, an
 * industry sheet's share of its total (fix485, F10316).
 */
const SHARE_HEADER =
  /^(?:构成|占?比重|占比|占GDP比重|占生产总值比重|占(?:全部|全社会|全[县市区省州旗盟]|总|规上|规模以上)[\u4e00-\u9fa5]{0,6}?的?比重|占[\u4e00-\u9fa5]{1,8}?(?:投资|增加值|产值|营业收入|零售额)的?比重)(?:\(%\)|%)?$/;

/** Whether a share column's figure is the whole's own 100: the total row, no share of anything. */
export function isWholeShare(header: string, value: number): boolean {
  return value === 100 && columnMeasure(header) === 'share';
}

/**
 * 增减额, 增加额, 增减量: how much the figure moved from the same period last year, an amount in the
 * row's own unit (6.23 亿元 beside a level of 42.35 亿元), not a growth in %. A balance's 比年初增减 (比年初增加)
 * column is the same: how much the month-end balance moved since the start of the year, in the balance's unit.
 */
const AMOUNT_CHANGE_HEADER =
  /^(?:(?:比上年|同比)?(?:增减|增加|增长|减少)(?:额|量|数|绝对额|绝对值)|比年初(?:增减|增加|减少)(?:额|量|数)?)(?:\([^()%]*\))?$/;

/** Whether a column's header names a change told as an amount in the row's unit (增减额). */
export function isAmountChangeHeader(header: string): boolean {
  return AMOUNT_CHANGE_HEADER.test(foldWidth(header).replace(/\s/g, ''));
}

/** The measure a column's header states, or null when the row's indicator decides it. */
export function columnMeasure(header: string): Extract<Measure, 'two-year-average-growth' | 'share'> | null {
  const text = foldWidth(header).replace(/\s/g, '');
  if (TWO_YEAR_HEADER.test(text)) return 'two-year-average-growth';
  // 1—8月 over 增加值 | 同比增长 | 占比(%): the period spanning the header's first row joins each column's own words.
  if (SHARE_HEADER.test(text) || SHARE_HEADER.test(text.replace(PERIOD_PREFIX, ''))) return 'share';
  return null;
}

/** 1—6月, 上半年, 前三季度 over the column's own words (the header's first row joined to its second). */
const PERIOD_PREFIX = /^(?:上半年|前三季度|第?[一二三四]季度|\d{1,2}[-—–~至]\d{1,2}月份?|\d{1,2}月份?)/;

/** 同比增长（%）, 比上年增长, 增速（%）: a column the header says holds growths, named so outright. */
const GROWTH_HEADER = /^(?:同比|比上年(?:同期)?|比去年(?:同期)?)?(?:增长|增速|增幅|增减)(?:率)?(?:\(%\)|%)?$/;

/**
 * 单位地区生产总值能耗 | — | -3.1 under 1—6月 同比增长（%）: a row the catalogue reads as a rate (its own %, no level)
 * holds its growth in a column the header names a growth (a Beijing-style district's appendix; session 30,
 * fix104): a fall of 3.1%, not a rate of −3.1%. A rate the catalogue keeps in % (失业率) stays a rate (the caller's).
 */
export function growthOfRate<M extends Measure>(header: string, measure: M): M | 'growth' {
  if (measure !== 'rate') return measure;
  const words = foldWidth(header).replace(/\s/g, '').replace(PERIOD_PREFIX, '');
  return GROWTH_HEADER.test(words) ? 'growth' : measure;
}
