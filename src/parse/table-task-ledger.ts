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
