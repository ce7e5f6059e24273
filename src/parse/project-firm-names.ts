// 实地察看了甲省乙丙有限公司年产5万台丁项目…。在乙丙项目现场，该项目总投资X亿元: a visit names a firm's
// project in full, then again by the firm's short name and 项目; that short name is the same project,
// its mentions join the full name's and the short name is an alias.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** 有限公司, 股份有限公司, 集团: where a firm's name ends inside a project's full name. */
const FIRM_END = /^(?:股份有限公司|有限责任公司|有限公司|集团(?:有限公司)?|公司)/;
/** 乙丙项目: a short name is the firm's words and 项目, nothing of the works (also project-capacity-short-names.ts). */
export const SHORT = /^([\u4e00-\u9fa5]{3,12})项目$/;
/** How far (in characters) after the full name's mention the short name may come: the same passage. */
const NEAR = 200;

/** Where a project is first named in the report. */
export const firstStart = (project: Project) => project.mentions[0]?.provenance.start ?? 0;

/** The one project named in full shortly before whose firm the short name names, or null. */
function fullNameOf(short: Project, projects: readonly Project[]): Project | null {
  const firm = SHORT.exec(normaliseName(short.name))?.[1];
  if (!firm) return null;
  const start = firstStart(short);
  const wholes = projects.filter((other) => {
    if (other === short) return false;
    const gap = start - firstStart(other);
    if (gap <= 0 || gap > NEAR) return false;
    const whole = normaliseName(other.name);
    const at = whole.indexOf(firm);
    return at >= 0 && whole.endsWith('项目') && FIRM_END.test(whole.slice(at + firm.length));
  });
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/** The projects with each firm's short name folded into the one full name before it. */
export function foldFirmShortNames(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (short) => fullNameOf(short, projects));
}
