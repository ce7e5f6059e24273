// A county audit office's report to the standing committee on the year's budget execution
// (关于某县2024年度县级预算执行和其他财政收支的审计工作报告): read as a review of the budget when it gives the
// year's revenue and spending, as its dashed lead lines do; its findings are facts (session 28, fix88).

/**
 * The audit report's title. Session 14 (gbudget) refused the audit as another document; held-out-88's writer and lead
 * read it as the budget's review: it is read only when it quotes headline figures (report-meta.ts refuses the rest).
 */
export const AUDIT_REPORT = /(?:预算执行|财政收支)[^。;；]{0,40}审计(?:工作)?报告$/;

/**
 * 关于2016年重点项目建设跟踪审计情况的报告: the audit office's tracking audit (跟踪审计) of the year's key projects, heard by
 * the standing committee as its budget audit is; it reports the programme's progress against the year's plan and a table of
 * the projects audited, so it is read as a review of the projects (session 47, fix425; F8801), its figures the audit's facts.
 * An audit of anything else (an official's 经济责任审计, one fund's 专项审计) stays another document.
 */
export const PROJECTS_AUDIT_REPORT =
  /(?:重点项目|重大项目|项目建设|政府投资项目|固定资产投资)[^。;；]{0,30}跟踪审计(?:工作)?(?:情况)?的?(?:工作)?报告$/;
