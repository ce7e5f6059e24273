// 竣工的甲产业园标准厂房（一期）总投资2.3亿元: a name led by the works' status as a participle (竣工的, 新开工的,
// 建成投产的), the status then the project's and no part of its name (session 38, fixtail38d, F5561). A ceremony
// page's 主会场开工的甲产业园二期项目总投资X亿元 (此次开工的, 同日开工的) names the occasion before the participle, no
// part of the name either (session 41, fix309, F6332).

// 新列入的甲污水处理厂项目计划投资X万元: the list the project joined this year, its lead no status and no part
// of its name (F9984).
const PARTICIPLE_LEAD =
  /^(?:已|今年|年内|当年|(?:主|分)会场|此次|本次|这次|同日|当日|当天)?(?:(新开工|开工建设|开工|竣工|建成投产|建成|投产|完工)|新?(?:列入|纳入|增补|增列|调入))?的(?=[^的]{4,}$)/;

/** The name without its participle lead, and the status the lead gives (null when there is none). */
export function participleLead(name: string): { name: string; status: string | null } {
  const lead = PARTICIPLE_LEAD.exec(name);
  if (!lead) return { name, status: null };
  return { name: name.slice(lead[0].length), status: lead[1] ?? null };
}
