// The role of a table's column (indicator, target, guidance, actual, progress, rank, other), read from its
// header text alone: the header patterns every table reader shares.

import { foldWidth } from './normalise.js';
import { columnMeasure } from './table-column-measure.js';
import { isPlanGapHeader } from './table-plan-gap.js';
import { isTownshipsHeader } from './table-township-header.js';
import type { TableColumn } from './types.js';

/** A period a column reports on: 上半年, 一季度, 前三季度, 1-6月, 1—9月. */
const PERIOD_HEADER = /上半年|季度|\d+\s*[-—–~至到]\s*\d+\s*月/;
/**
 * 10月, 10月份: a column of one month alone; 2008年7月, a sheet's year spanning 7月 | 1—7月累计 (F10241),
 * the same month of a named year.
 */
export const ONE_MONTH_HEADER = /^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月份?\s*$/;
// 建设内容 (建设规模): what a project table's row builds, a column of words. 总量 alone (全市位次 over
// 总量 | 增速) is a sub-header; 一、经济总量 is a group of rows.
export const HEADER_WORDS = new RegExp(
  `指标|名称|项目|建设内容|建设规模|目标|确保|力争|争取|奋斗|进度|指导|下达|[省市县区]定|完成|实际|本期|本年|本月|当月|月末|期末|累计|上年同期|去年同期|执行|预计|排名|排位|位次|名次|^总量$|增长|增速|增幅|增减|单位|备注|计划|情况|同比|比上年|绝对|%|预期|${PERIOD_HEADER.source}`,
);
/** 项目名称 (or 项目) over the names of a project table. */
export const PROJECT_HEADER = /^(?:项目名称|项目)$/;
/** …, and 任务 heading a 通报's task column (序号 | 任务 | 责任单位 | 年度目标 | …; session 41, fix318, F6472). */
export const INDICATOR_HEADER =
  /^(?:主要)?(?:指标|名称|项目|产品|品名|品种)(?:名称)?$|指标名称|项目名称|^(?:重点)?任务(?:名称)?$/;

/**
 * A column giving the share of the year's plan done so far (完成目标% beside 全年目标 too; 完成计划 alone
 * beside 全年计划 | 上半年完成 under 单位：万元、%).
 */
const PROGRESS_HEADER =
  /进度|完成率|占(?:全年|年度|年)?(?:目标|计划)|完成(?:全年|年度|年)?(?:目标|计划)(?:的)?(?:%|\(%\)|（%）|比例|百分比)|^完成(?:全年|年度|年)?计划$|^(?:完成|占)(?:年初|调整|全年|年度)?预算(?:数)?(?:的)?(?:%|\(%\)|（%）|比例|百分比)/;

/**
 * 年初预算（万元）, 预算数: a budget execution table's full-year budget of each revenue or spending item, the
 * year's target as 全年目标 is (session 28, fix93: a county 财政局's table of 年初预算 | 1—6月完成 | 完成预算（%）).
 */
const BUDGET_HEADER = /^(?:(?:年初|年度|全年|调整)预算(?:数)?|预算数)(?:[(（]|$)/;

/** 决算数, 决算数（万元）, 2024年决算: a 决算表's column of each item's final outcome. */
const FINAL_ACCOUNT_HEADER = /^(?:\d{4}年)?决算(?:数|金额)?(?:[(（]|$)/;

/**
 * 完成计划情况, 完成目标情况, 是否完成年度目标: a verdict column (完成/未完成 in each row), the attainment
 * of the row's own goal in another column, never a goal of its own (session 35, fix206).
 */
const VERDICT_HEADER =
  /^(?:是否完成(?:全年|年度|年)?(?:计划|目标|任务)?|完成(?:全年|年度|年)?(?:计划|目标|任务)(?:情况|与否)|是否达标)$/;

/** A leading serial-number column (序号 1, 2, 3 …), common in government tables. */
export const SERIAL_HEADER = /^(?:序号|编号|序|No\.?)$/i;

/** A column grouping the rows (类别: 经济总量, 投资消费 …), written before the indicator's name. */
export const CATEGORY_HEADER = /^(?:指标)?(?:类别|分类|类型|门类|领域|板块|方面)$/;

/** 年均增长（%）, 年均增速: a plan period's average yearly growth (两年平均增长 is columnMeasure's). */
const MULTI_YEAR_AVERAGE_HEADER = /^(?:年均|年平均)(?:增长|增速|增幅)/;

/** 时序进度, 时间进度, 序时进度 (F6691): the schedule's column, not a share of the row's plan. */
const TIME_PROGRESS_HEADER = /^(?:时序|序时|时间)进度/;

/**
 * 法定时限（工作日）, 承诺时限, 实际平均办理时限, 办理时间（天）: a business-environment report's table of the time
 * each service takes (企业开办, 不动产登记 …), its rows services, not indicators. Session 29, fix95.
 */
const TIME_LIMIT_HEADER = /时限|办理时间|办结时间|办理时长|[(（]工作日[)）]/;

/**
 * 较一季度位次变化, 排位升降, 位次进退, 位次较1—7月 (前移1位/持平/后移2位 below): how far the row's rank
 * moved, not a rank. 进退位 and 较上半年进退位 (↑2/↓1/持平 below, beside 全市排位) name the move by
 * its words alone, the rank word folded into 位.
 */
export const RANK_CHANGE_HEADER =
  /(?:位次|排位|排名|名次)(?:变化|变动|升降|进退|(?:比|较)(?:上月|上期|上季度?|一季度|上半年|前三季度|上年|\d{1,2}\s*[-—–~～至]\s*\d{1,2}\s*月))|进退位/;

/**
 * 全市位次 | 较一季度 (前移2位/持平/后移1位 below): a header naming only the earlier period compared with, right
 * after a rank column, heads the rank's move as RANK_CHANGE_HEADER's words do; elsewhere (较一季度 beside 增速)
 * it may hold a change of the growth, so the rank column before it decides. 较一季度进退 and 较上半年升降 (the
 * move's word without a rank word) are read the same way, after a rank column only; so is 较1—9月±位 (+1/-2/持平/—
 * below: the move signed, F6114), and 较上年同期±位 (the same year-on-year, F6331). 较一季度（±） (+1/持平/-2 below)
 * brackets the sign alone, with no 位 (session 42, fix325, F6671).
 */
const BARE_COMPARISON_HEADER =
  /^(?:比|较)(?:上月|上期|上季度?|一季度|上半年|前三季度|(?:上年|去年)(?:同期)?|\d{1,2}[-—–~～至]\d{1,2}月)(?:进退|升降|(?:±|\+\/?-)位次?|\((?:±|\+\/?-)\))?$/;

/** Whether column k heads each row's rank move: by its words, or as a bare comparison after a rank column. */
export function isRankChangeColumn(headers: readonly string[], k: number): boolean {
  const header = headers[k] ?? '';
  if (RANK_CHANGE_HEADER.test(header)) return true;
  return (
    k > 0 &&
    BARE_COMPARISON_HEADER.test(foldWidth(header).replace(/\s/g, '')) &&
    columnRole(headers[k - 1] ?? '', k - 1) === 'rank'
  );
}

/**
 * 上年同期, 去年同期完成: last year's figures; under a period merged over 本年累计 | 上年同期累计 | 增减% the header
 * carries the period before it (1—10月 上年同期累计, F10447).
 */
export const LAST_YEAR_HEADER =
  /^(?:(?:1\s*[-—–~至到]\s*\d{1,2}\s*月份?|上半年|前三季度|[一二三四]季度)\s*)?(?:上年|去年)(?:同期)?(?:完成|实绩|实际|累计)?(?:数|值)?$/;

/**
 * A name column headed by places (地区, 县(市、区), 区域), or by the region's townships (乡镇, 镇名,
 * 镇(街道), 街道名称): its rows are places, not indicators.
 */
export function isPlacesHeader(header: string): boolean {
  const text = foldWidth(header).replace(/\s/g, '');
  return (
    /^(?:地区|区域|地区名称|县(?:\(市、?区\)|市区|区)?|县市区|市县区)$/.test(text) || isTownshipsHeader(text)
  );
}

/** 年均增长（%）: a plan period's average yearly growth, whatever the column's role (fix218). */
export function isMultiYearAverageHeader(header: string): boolean {
  return header.includes('均') && MULTI_YEAR_AVERAGE_HEADER.test(foldWidth(header).replace(/\s/g, ''));
}

/** The role of a column, read from its header text. */
export function columnRole(header: string, index: number): TableColumn['role'] {
  if (SERIAL_HEADER.test(header) || CATEGORY_HEADER.test(header)) return 'other';
  // 上年同期, 去年同期完成: last year's figures, given beside this year's to compare; no fact of the period.
  if (LAST_YEAR_HEADER.test(header)) return 'other';
  // 时序进度: the share of the year gone by, the same in every row; 较一季度位次变化: a rank's move, read
  // with the row's rank (readTables), no rank of its own.
  if (TIME_PROGRESS_HEADER.test(header) || RANK_CHANGE_HEADER.test(header)) return 'other';
  // YYYY年实际平均办理时限（工作日）, 较法定时限压缩（%）: how long a service takes, a time limit (facts only
  // in prose, an open decision), no indicator's figure of the period.
  if (TIME_LIMIT_HEADER.test(header)) return 'other';
  if (/排名|位次|名次|排位|排序/.test(header)) return 'rank';
  // 完成年度目标进度(%), 目标完成率, 占年计划%: the share of the full-year plan done, not a target.
  if (PROGRESS_HEADER.test(header)) return 'progress';
  // 两年平均增长(%), 构成(%): figures of the period whose measure the header states.
  if (columnMeasure(header)) return 'actual';
  // 年均增长(%) in a plan outline's evaluation: the average over the plan's years so far (2021—2022),
  // no growth of the period, as 年均 figures in prose are facts only. Session 24, fix67.
  if (MULTI_YEAR_AVERAGE_HEADER.test(foldWidth(header).replace(/\s/g, ''))) return 'other';
  // 市下达目标, 上级指导目标, 省定目标: a higher level's figure (市定 in a city's own report is read back
  // to its target by readTables, which knows the report's region).
  if (/指导|下达|^(?:[省市州]定|上级)/.test(header)) return 'guidance';
  // 差距（百分点）, 与年度计划差距: each row's growth less its goal, read by readTables beside a goal column.
  if (isPlanGapHeader(header)) return 'other';
  if (VERDICT_HEADER.test(foldWidth(header).replace(/\s/g, ''))) return 'other';
  if (/目标|预期|计划(?!完成)/.test(header) && !/完成情况|完成率/.test(header)) return 'target';
  if (BUDGET_HEADER.test(foldWidth(header).replace(/\s/g, ''))) return 'target';
  // 决算数 beside 年初预算数 | 调整预算数 in a 决算表: the year's outcome of each item (session 38, fix271).
  if (FINAL_ACCOUNT_HEADER.test(foldWidth(header).replace(/\s/g, ''))) return 'actual';
  // 2007年预计, 估计全年: the year's estimated outcome (估计 in an older 计委's table, F10444). 绝对额（亿元） in a 核算 release: the levels (fix272).
  // 2017年实现 beside 2020年规划目标 in a mid-term evaluation: the year's outcome (F8644). 年末数（亿元） beside 比年初增长（%）
  // in a 公报's deposits-and-loans table: the year-end balances (session 48, fix431, F9008).
  if (
    /完成|实际|实现(?:值|数)?$|执行|实绩|预计|估计|增长|增速|增幅|增减|同比|比上年|比去年|累计|绝对值|绝对额|绝对数|总量|本月|当月|\d月末|期末|^年末(?:数|余额)|±|^总?产量|^产值/.test(
      header,
    )
  )
    return 'actual';
  // A column headed only by its period (上半年, 1-6月) holds what the period achieved; 10月 beside
  // 1—10月累计 in a monthly table holds the month's own (table-month-columns.ts gives it that month).
  if (PERIOD_HEADER.test(header) || ONE_MONTH_HEADER.test(header)) return 'actual';
  if (index === 0 || INDICATOR_HEADER.test(header)) return 'indicator';
  return 'other';
}

/** The column holding each row's indicator name: usually the first, the second after a serial number. */
export function nameColumnOf(columns: readonly TableColumn[]): number {
  return Math.max(
    0,
    columns.findIndex((c) => c.role === 'indicator'),
  );
}
