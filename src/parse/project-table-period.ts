// The period of a key-project progress notice whose title gives only the year (…2024年重点项目建设进展
//情况通报), read from its project table's column header (1-8月完成投资(万元)): the months its figures run
// to. A plan report's appendix table has the same header and keeps its own period (the title's).

import type { Line } from './lines.js';
import { periodCode, type TitleInfo } from './meta.js';

/**
 * 重点项目建设进展情况, 重点项目推进情况通报, 项目建设进度表: a title of a notice on projects' progress. A
 * workbook's summary sheet says 汇总表 (重点项目建设进展情况汇总表). Session 32, fix135. The months may stand before
 * the words (重点建设项目1—N月进度表; session 33, fix142). A year's 重点项目计划表 whose amount-done column runs
 * to a month (1—N月完成) reports on those months (session 36, fix229); so does a 重点项目建设计划 (session 38, fix264).
 * A 进度调度表 (the office's schedule-keeping sheet) is a progress table too (session 48, fix426, F8972).
 */
const PROJECT_NOTICE =
  /项目(?:1\s*[-—–~至]\s*\d{1,2}\s*月份?)?[\u4e00-\u9fa5]{0,8}?(?:进展|进度|推进|完成|建设|计划)(?:情况)?(?:的)?(?:调度)?(?:通报|简报|快报|报告|表|情况|汇总表)$|项目建设计划$/;
/** 计划执行情况, 草案, 公报, 政府工作报告: titles of documents that are more than a notice on projects. */
const WIDER_DOCUMENT = /计划执行|草案|公报|政府工作|国民经济|经济运行|审查|审议/;
/**
 * （签约）, （截至9月底）: a short bracketed aside in a workbook sheet's title (…重点项目（开工）进展情况表（截至9月底）),
 * read past when the title is tested for a project notice's. Session 32, fix138.
 */
const ASIDE = /[(（][^()（）]{1,8}[)）]/g;
/** 全年, 年度 written in the title: the year's whole period, said, not defaulted. */
const YEAR_SAID = /全年|年度/;
/**
 * 1-8月完成投资(万元), 1—10月累计完成, 1-8月份完成额: a column header of the amount done with its months, a
 * cell of its own (the line's start or a tab or | before it; the line's end, a tab or | after it). A 民生实事
 * notice's table heads the column with the month's end instead (截至6月底完成情况): the months to it.
 */
const HEADER_CELL =
  /(?:^|[\t|])\s*(?:(1\s*[-—–~至]\s*\d{1,2}\s*月份?)(?:累计)?完成(?:投资)?(?:额)?|截至\s*(\d{1,2})\s*月(?:底|末)(?:累计)?完成(?:情况|投资)?)\s*(?:[(（][^()（）]{1,8}[)）])?\s*(?=$|[\t|])/;

/**
 * The months a project table's header gives (1-8月), when the title is a project notice's that says the
 * year only; null otherwise, or when two headers disagree.
 */
export function projectTableMonths(title: TitleInfo | null, lines: readonly Line[]): string | null {
  if (title?.code !== 'FY') return null;
  if (YEAR_SAID.test(title.title)) return null;
  const bare = /[(（]/.test(title.title) ? title.title.replace(ASIDE, '') : title.title;
  if (!PROJECT_NOTICE.test(bare) || WIDER_DOCUMENT.test(bare)) return null;
  const labels = new Set<string>();
  for (const line of lines) {
    const cell = HEADER_CELL.exec(line.text);
    const label = cell?.[1] ?? (cell?.[2] ? `1-${cell[2]}月` : undefined);
    if (label) labels.add(label.replace(/\s+/g, '').replace(/[—–~至]/, '-'));
  }
  const [only] = labels;
  return labels.size === 1 && only && periodCode(only) ? only : null;
}
