// An audit report's findings (session 45, fix377): under the parts on the audited funds, projects and departments
// (三、专项资金审计情况, 二、部门预算执行审计情况, 二、审计发现的主要问题) the amounts are the audit's (a fund's 基金收入, a
// unit's 滞留应缴非税收入), facts only; the budget's figures before them, and a 财政管理审计情况 part, stay observations.

import { AUDIT_REPORT } from './audit-report.js';
import type { Observation, Section } from './types.js';

/**
 * A part on what the audit found or on an audited class: 审计发现/查出…, …主要问题, 专项资金/政府投资项目/部门预算执行
 * …审计情况; a finding's own subhead that names the shortcoming (（二）非税收入未及时缴库, 预算编制不够完整,
 * 管理不规范: session 47, fix407, F8415), wherever it stands. A 县级预算管理审计情况 or 财政管理及决算草案审计 part names none of them (real reports put the budget's
 * figures there).
 */
const FINDINGS_HEADING =
  /审计(?:发现|查出)|主要问题|(?:未|不)(?:及时|足额|按时|按规定)|不够|不到位|不规范|不严格|不完整|(?:专项|资金|基金|项目|部门|单位)[^，。；,;]{0,10}审计(?:情况|调查)?$/;

/** The prose observations left once those inside an audit report's finding parts are dropped. */
export function withoutAuditFindings(
  observations: readonly Observation[],
  title: string,
  sections: readonly Section[],
): Observation[] {
  if (!AUDIT_REPORT.test(title)) return [...observations];
  const findings = sections.filter((s) => FINDINGS_HEADING.test(s.title));
  if (findings.length === 0) return [...observations];
  return observations.filter(
    (o) =>
      o.source !== 'prose' ||
      !findings.some((s) => o.provenance.start >= s.start && o.provenance.start < s.end),
  );
}
