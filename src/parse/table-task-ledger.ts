// A task ledger: a 民生实事 or key-work progress table (序号 | 项目名称 | 年度目标任务 | 截至6月底完成情况 |
// 完成率（%） | 责任单位) whose rows are the year's tasks (学前教育扩容工程, 农村公路提升), each with a count of its
// own and the department answering for it. A task is no indicator: a row the catalogue does not name is no
// figure of the report's place; a row it names (新增城镇就业) is still that indicator's.

/** 年度目标任务, 目标任务, 年度任务: the column of each task's year goal. */
const TASK_HEADER = /^(?:年度|全年|\d{4}\s*年)?(?:目标)?任务(?:数|量)?$/;

/** 责任单位, 牵头单位, 责任部门, 牵头部门, 实施单位: the column naming who answers for the row. */
const RESPONSIBLE_HEADER = /^(?:责任|牵头|实施|承办|主责)(?:单位|部门)$/;

/** Whether a table's headers are a task ledger's: a task column beside a responsible-unit column. */
export function isTaskLedger(headers: readonly string[]): boolean {
  const folded = headers.map((header) => header.replace(/\s/g, ''));
  return folded.some((h) => TASK_HEADER.test(h)) && folded.some((h) => RESPONSIBLE_HEADER.test(h));
}

/** The column of a ledger's year task (年度目标任务), or -1. */
export function taskColumnOf(headers: readonly string[]): number {
  return headers.findIndex((header) => TASK_HEADER.test(header.replace(/\s/g, '')));
}

/** 城镇新增就业3200人: a task cell that is an indicator's name and one figure, the name then the figure. */
const NAMED_FIGURE = /^([\u4e00-\u9fa5]{2,20}?)\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fa5%]{0,3})$/;

/**
 * The indicator a ledger row names inside its task cell (F8861): 就业创业促进行动 | 城镇新增就业3200人 |
 * 城镇新增就业2286人 | 71.4: the task is no indicator, the cell's name before its one figure is. Null when the
 * cell is no name and one figure.
 */
export function cellIndicatorName(taskCell: string): string | null {
  const folded = taskCell.replace(/\s/g, '');
  if (folded === '' || !/\d/.test(folded)) return null;
  return NAMED_FIGURE.exec(folded)?.[1] ?? null;
}

/** A ledger cell with the row's indicator name before its figure cut off (城镇新增就业2286人 → 2286人). */
export function withoutCellName(text: string, name: string): string {
  const folded = text.replace(/\s/g, '');
  return folded.startsWith(name) ? folded.slice(name.length) : text;
}

/** 完成%, 完成（%）: in a ledger, the share of the row's year task done (F8862), not a growth. */
const LEDGER_SHARE_HEADER = /^完成(?:%|\(%\)|（%）)$/;

/** Whether a ledger's column is the bare 完成% share of each task done. */
export function isLedgerShareHeader(header: string): boolean {
  return LEDGER_SHARE_HEADER.test(header.replace(/\s/g, ''));
}

/** 玉沧县人民医院门急诊综合楼建设项目, 甲至乙二级公路改造工程: a named work at a task cell's start or a clause's. */
const CELL_PROJECT = /(?:^|[，,；;、。])([\u4e00-\u9fa5]{4,30}?(?:项目|工程))/;

/** 年度计划投资6500万元, 总投资4200万元: the work's planned amount in its task cell. */
const CELL_PLANNED = /(?:年度|今年|全年|本年)?(?:计划投资|总投资)\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;

/** 完成投资4680万元, 累计完成投资2900万元: the amount done in its progress cell. */
const CELL_DONE = /完成投资\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;

/** A work a ledger's row names inside its cells, with the amounts written there (F8863). */
export interface CellProject {
  name: string;
  planned: string | null;
  done: string | null;
}

/**
 * 县人民医院门急诊综合楼建设 | 玉沧县人民医院门急诊综合楼建设项目年度计划投资6500万元 | 完成投资4680万元，主体封顶:
 * a ledger's task is no project, but a work named in its task cell with a planned amount is one, its amount done
 * in the progress cell (F8863). Null for a task of counts (新建幼儿园5所).
 */
export function cellProject(taskCell: string, progressCell: string): CellProject | null {
  const task = taskCell.replace(/\s/g, '');
  if (!task.includes('投资')) return null;
  const planned = CELL_PLANNED.exec(task);
  const named = CELL_PROJECT.exec(task);
  if (!planned || !named?.[1] || named.index > planned.index) return null;
  const done = progressCell.includes('投资') ? CELL_DONE.exec(progressCell.replace(/\s/g, '')) : null;
  return { name: named[1], planned: planned[1] ?? null, done: done?.[1] ?? null };
}

/** Whether a ledger row continues the row above (a PDF's wrapped cells): no serial number and no task name. */
export function isContinuationRow(cells: readonly string[], nameColumn: number): boolean {
  return (
    (cells[nameColumn] ?? '').trim() === '' &&
    (cells[0] ?? '').trim() === '' &&
    cells.some((c) => c.trim() !== '')
  );
}
