// 实施甲河综合治理工程，完成投资X亿元: a project led by 实施, read only when what is carried out is a works
// with a proper name (a place's name, then the works) and an amount or a status says how it stands, or
// its phase (（三期）) that it is one works;
// 实施民生工程, 实施“千村示范”工程, 实施人才强县工程 are programmes, not projects.

import { TOTAL_ONLY } from './project-amount-after.js';
import { amountInYuan, COMPLETED, DONE_ONLY } from './project-amounts.js';
import type { Clause, ClauseReading } from './project-clauses.js';
import { cleanName, isAggregate, splitItems, validName } from './project-names.js';
import { STATUS, statusAlone } from './project-status.js';

/**
 * 实施, 全县实施, 重点实施, 并实施: the lead, and what it carries out after it. 谋划实施甲项目，总投资X亿元: a plan
 * part's works being prepared, carried out as 实施 leads them (session 39, fixtail39b, F5932). 完成甲路改造工程，总投资X万元:
 * a plan part's works to be finished within the year, led by 完成 as by 实施 (session 46, fix391, F8006).
 */
const IMPLEMENT =
  /^(?:[\u4e00-\u9fa5]{1,6}?[县市区旗](?=(?:全力|加快|重点|积极|继续|大力)?实施))?(?:其中|并|同时|全力|加快|重点|积极|继续|大力|谋划)*(?:实施|完成)(?:了)?(.{4,60})$/;

/**
 * A works's proper name: a place's name of two characters at least, then what it is (岚川河, 坪溪水库, 沃丰县
 * 城区, 岚溪灌区), then the works ending in 工程 or 项目. Not a programme's head: 农村, 城乡 and 千村 have
 * one character before the place word; 人才强县, 科教兴市 a slogan's; 美丽乡村 an adjective's.
 */
const PLACE_HEAD =
  /^(?!美丽|和美|宜居|数字|智慧|平安|健康|幸福|文明|生态)[\u4e00-\u9fa5]{2,6}?(?<![强兴富活美])(?:省|市|县|区|镇|乡|村|河|江|湖|溪|山|湾|港|水库|灌区|水厂|渠|路|街|大道|大街|桥|大桥|隧道|园区|片区|新区|小区|社区)/;
const WORKS_END = /(?:工程|项目)$/;
/** 甲河综合治理项目(三期), 甲工程二期: a phase names one stage of one works, never a programme. */
const PHASE_END = /(?:\([一二三四五六七八九十\d]+期\)|(?<=工程|项目)[一二三四五六七八九十\d]+期)$/;

/** Whether an item carried out is a project by its proper name (not quoted, not a class, a place's works). */
function properWorks(item: string, name: string): boolean {
  return (
    !/[“”"]/.test(item) &&
    WORKS_END.test(name.replace(PHASE_END, '')) &&
    !isAggregate(name) &&
    validName(name, false) &&
    PLACE_HEAD.test(name)
  );
}

/**
 * 实施甲县农村饮水安全工程，年度计划投资X亿元: the year's plan alone after the works, no total written: the works'
 * only planned amount, and so its planned investment (decision 15; session 41, fixleft41a, F6341).
 */
const YEAR_PLAN_ONLY =
  /^(?:项目|工程)?(?:年度|今年|全年|本年|当年|\d{4}年)计划(?:完成)?投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

/** What the clause after says of the project alone: 完成投资X亿元, 总投资X亿元, 年度计划投资X亿元, 目前主体完工. */
function saidAfter(next: Clause | undefined): { planned: number | null; status: string | null } | null {
  if (!next) return null;
  const total = TOTAL_ONLY.exec(next.text) ?? YEAR_PLAN_ONLY.exec(next.text);
  if (total) return { planned: amountInYuan(total[1] ?? '0', total[2] ?? ''), status: null };
  if (DONE_ONLY.test(next.text)) return { planned: null, status: null };
  // 均已完工: said of every item the clause before listed.
  const status = statusAlone(next.text.replace(/^(?:目前)?均/, ''));
  return status ? { planned: null, status } : null;
}

/** 实施甲工程，完成投资X亿元; 实施甲工程、乙工程，目前均已完工; 实施丙项目并已竣工. */
export function readImplemented({ folded, clauses, k, clause, mention, add }: ClauseReading): number | null {
  const object = IMPLEMENT.exec(clause.text)?.[1];
  if (!object) return null;
  const status = STATUS.exec(object);
  const done = status ? null : COMPLETED.exec(object);
  const body = object.slice(0, status?.index ?? done?.index ?? object.length).replace(/(?:并|已|均)+$/, '');
  const after = status || done ? null : saidAfter(clauses[k + 1]);
  const items = splitItems(body);
  const names = items.map(cleanName);
  // 实施甲河流域综合治理项目（三期）: one phase of a works is a project even with nothing said of it.
  const phased = names.length === 1 && PHASE_END.test(names[0] ?? '');
  if (!status && !done && !after && !phased) return null;
  if (names.length === 0 || !names.every((name, n) => properWorks(items[n] ?? '', name))) return null;
  const next = clauses[k + 1];
  const span =
    after && next
      ? { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) }
      : clause;
  // One amount said of a list is the list's, no one project's.
  const one = names.length === 1;
  for (const name of names) {
    const said = mention(span, one ? (after?.planned ?? null) : null, status?.[0] ?? after?.status ?? null);
    add(name, one ? said : { ...said, completedInvestment: null });
  }
  return after ? k + 1 : k;
}
