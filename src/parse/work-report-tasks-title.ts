// A 督查室's bulletin on how far the year's 政府工作报告 has been carried out (关于2026年《政府工作报告》目标任务前三季度
// 落实情况的通报; 关于印发2022年《政府工作报告》主要任务上半年落实情况的通报): it reports the period's figures of
// each goal the work report set, task by task, as a bureau's analysis of the period reports them (session 38,
// fix268, F5481). A bulletin of an assessment or a commendation on the same tasks (…落实情况考核结果的通报, 表彰)
// stays another document.

/** The period the bulletin reaches: 上半年, 前三季度, 一季度, 1—9月, 全年 (the words periodCode reads). */
const PERIOD = String.raw`(?:上半年|前半年|第?一季度|首季度|前三季度|第?三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?|全年|年度)`;
/** The work report named and its tasks: 《政府工作报告》主要目标任务, 政府工作报告确定的重点工作. */
const TASKS = `政府工作报告》?(?:确定的|提出的|明确的|中的)?(?:主要|重点)?(?:目标任务|工作任务|重点工作|目标|任务|指标)(?:和(?:重点)?(?:工作|任务|指标))?`;

/**
 * 2026年《政府工作报告》目标任务前三季度落实情况的通报, 2025年县《政府工作报告》主要目标任务上半年工作落实情况,
 * 2022年《政府工作报告》重点工作任务1—9月推进情况: the year, the work report named (with or without 《》), its
 * tasks, the period and 落实/推进/完成/进展情况, as the whole title (after 关于 or 关于印发). The period is required:
 * a bulletin on how the tasks go with no period of figures named (《政府工作报告》重点工作推进情况的通报) stays another
 * document, as the meta matrix's work-report refusal (session 14) holds.
 */
export const WORK_REPORT_TASKS_PROGRESS = new RegExp(
  String.raw`^(?:关于)?(?:印发)?[^。;；《》]{0,12}?(?:19|20)\d{2}\s*年(?:度)?[^。;；《》]{0,8}?《?[^。;；《》]{0,8}?` +
    String.raw`${TASKS}\s*${PERIOD}\s*(?:工作)?(?:落实|推进|完成|进展|执行)情况` +
    `(?![^。;；]{0,12}(?:考核|考评|评比|表彰|奖励|批评|问责|约谈))(?:的)?(?:通报|报告|汇报)?$`,
);

/** 《政府工作报告》目标任务前三季度落实情况: the period written after the work report's tasks, not after the year. */
export const TASKS_PERIOD = new RegExp(
  String.raw`${TASKS}\s*(${PERIOD})\s*(?:工作)?(?:落实|推进|完成|进展|执行)情况`,
);
