// A county audit office's report to the standing committee on the year's budget execution
// (关于某县2024年度县级预算执行和其他财政收支的审计工作报告): read as a review of the budget when it gives the
// year's revenue and spending, as its dashed lead lines do; its findings are facts (session 28, fix88).

/**
 * The audit report's title. Session 14 (gbudget) refused the audit as another document; held-out-88's writer and lead
 * read it as the budget's review: it is read only when it quotes headline figures (report-meta.ts refuses the rest).
 */
export const AUDIT_REPORT = /(?:预算执行|财政收支)[^。;；]{0,40}审计(?:工作)?报告$/;
