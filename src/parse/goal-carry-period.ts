// Where a goal scope carried past a semicolon ends: 力争全年甲达到X万吨；上半年乙新增N人，完成年度任务的A%: the part
// after the ； opens with a part of the year the report has reached and names no cue of its own, so it reports
// that part's result, not a goal of the year (session 40, fix305b, F6261). ；上半年力争…, ；上半年目标… stay goals;
// so does a later part (；上半年… in a first quarter's page: the half's goal, read by the scope as before).

/** 上半年, 一季度, 前三季度, 1-6月 opening a part: the part of the year and the month it ends with. */
const PERIOD_LEAD = /^\s*(?:(上半年)|第?(一)季度|(前三季度)|1-(\d{1,2})月份?)(?!以来|同期|目标|任务|计划)/;
/** Words that make the part a goal again: 力争, 确保, 争取, 目标, 预期, 计划, 要. */
const OWN_CUE = /力争|确保|争取|目标|预期|计划|要/;

/**
 * Whether `text` (a ；-part a goal scope would carry into) opens with a part of the year ending by `reportMonth`
 * and, up to its first comma, names no cue.
 */
export function endsCarriedGoal(text: string, reportMonth: number | null): boolean {
  if (reportMonth === null) return false;
  const lead = PERIOD_LEAD.exec(text);
  if (!lead) return false;
  const month = lead[1] ? 6 : lead[2] ? 3 : lead[3] ? 9 : Number(lead[4]);
  if (month > reportMonth) return false;
  const clause = text.slice(lead[0].length).split(/[,;。]/)[0] ?? '';
  return !OWN_CUE.test(clause);
}
