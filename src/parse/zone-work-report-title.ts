// A development zone's management committee's year work report (某经济开发区管理委员会2026年工作报告): read to the
// zone's cadres, it reviews the year's results against the goals set for it and gives next year's goals, as a
// department's year summary with next year's plan does (work-summary-title.ts).

/** The zone kinds a 管委会 runs: 经济开发区, 经济技术开发区, 高新技术产业开发区, 高新区, 经开区, 工业园区, 新区. */
const ZONE = '(?:开发区|高新区|经开区|园区|新区|产业园|保税区|合作区|试验区)';
/** Its committee, named in full or short, or its party working committee with it (党工委、管委会). */
const COMMITTEE = String.raw`(?:党工委\s*[、和]?\s*)?(?:管理委员会|管委会)`;

/**
 * 甲经济开发区管理委员会2026年工作报告, 某高新区管委会2025年度工作报告: a zone committee's year report. A report on
 * one subject (…安全生产工作报告) names it between the year and 工作报告, and is not matched.
 */
export const ZONE_YEAR_REPORT = new RegExp(
  String.raw`^[\u4e00-\u9fa5]{1,20}?${ZONE}\s*${COMMITTEE}\s*(?:19|20)\d{2}\s*年(?:度)?\s*工作报告$`,
);
