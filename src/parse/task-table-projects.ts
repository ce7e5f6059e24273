// A 通报's task table (序号 | 任务 | 责任单位 | 年度目标 | 1—N月完成 | 进展情况) lists its indicators and, among them, works
// named as projects (甲产业园项目, 甲至乙快速通道工程): such a row is a project, its amounts from its own cells.

import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import { nameColumnOf } from './table-column-roles.js';
import { type TableProject, writtenYuan as yuan } from './table-rows.js';

/** 任务, 重点任务, 工作任务: the name column of a task table (not 项目名称, a project table's). */
const TASK_HEADER = /^(?:重点|工作)?任务(?:名称)?$/;

/**
 * 富沂经开区新能源电池产业园项目, 甲至乙快速通道工程, 县第二人民医院迁建工程: a work named by its own words and 项目/工程;
 * not a programme (省市重点项目, 民生实事项目) nor a task about projects (重点项目建设).
 */
const WORK_NAME = /^[\u4e00-\u9fa5\dA-Za-z（）()]{6,40}(?:项目|工程)$/;
const PROGRAMME =
  /重点项目|实事项目|[\d一二三四五六七八九十百]+[个项]|^(?:全[县市区旗]|各类|新开工|续建|竣工)/;

/** 年度计划投资12亿元 in the goal cell: the year's plan of a work with no total given (decision 15). */
const YEAR_PLAN = /(?:年度|全年|年内)?计划(?:完成)?投资\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;
/** 项目总投资46亿元 in the progress cell. */
const TOTAL = /总投资\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;
/** 累计完成投资28.5亿元 in the progress cell: the amount done since the start. */
const CUMULATIVE = /累计(?:已)?完成(?:投资)?\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;

/** The projects a task table's rows name, with the total or the year's plan and the amount done. */
export function readTaskTableProjects(tables: readonly PlacedTable[], source: string): TableProject[] {
  const found: TableProject[] = [];
  for (const placed of tables) {
    const { columns } = placed.read.table;
    const nameColumn = nameColumnOf(columns);
    if (!TASK_HEADER.test(foldWidth(columns[nameColumn]?.header ?? '').trim())) continue;
    const header = (pattern: RegExp) => columns.findIndex((c) => pattern.test(foldWidth(c.header).trim()));
    const goal = header(/^(?:年度|全年)(?:目标|任务)/);
    const done = header(/完成$/);
    const progress = header(/^(?:进展情况|工作进展|形象进度|进度情况)/);
    for (const [r, row] of placed.read.rows.entries()) {
      const name = foldWidth(row.cells[nameColumn]?.text ?? '').trim();
      if (!WORK_NAME.test(name) || PROGRAMME.test(name)) continue;
      const cell = (c: number) => (c >= 0 ? foldWidth(row.cells[c]?.text ?? '').trim() : '');
      const yearPlan = yuan(YEAR_PLAN.exec(cell(goal))?.[1]);
      const written = cell(progress);
      // The total when the row gives one; the year's plan only beside none (decision 15).
      const planned = yuan(TOTAL.exec(written)?.[1]) ?? yearPlan;
      // The 1—N月完成 cell is an investment only beside a goal of investment.
      const completed =
        yuan(CUMULATIVE.exec(written)?.[1]) ?? (yearPlan === null ? null : yuan(cell(done) || undefined));
      found.push({
        name,
        plannedInvestment: planned,
        completedInvestment: completed,
        progress: written || null,
        raw: source.slice(row.start, row.end),
        provenance: { sentenceIndex: placed.rowSentences[r] ?? 0, start: row.start, end: row.end },
      });
    }
  }
  return found;
}
