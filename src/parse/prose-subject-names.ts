// Where a figure's subject is named other than right before it: before a colon (房地产销售面积：), before
// a bracket (甲区（12.6%）), in a comma-set list (其中甲业，乙业营业收入分别…), or as a bare attribute of the
// clause before (粮食播种面积…，产量…).

import type { Figure } from './numbers.js';
import { clauseStartBefore, cleanSubject, leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { countedFirms, firmsBeforePart, isNewFirms } from './prose-subject-firms.js';
import { industryOfAccounts } from './prose-subject-industry-lead.js';

/**
 * ——地区生产总值：完成X亿元，为计划的A%: the dash that opens a line of a plan's table of results written as prose is
 * no part of the name before the colon (session 51, fix486_487, F10361).
 */
const LIST_DASH = /^\s*(?:[—–]{1,2}|-{2})\s*/;

/** The words before a colon, from the clause's start, without a list dash. */
function beforeColon(folded: string, colon: number, floor: number): string {
  const clause = folded.slice(clauseStartBefore(folded, colon, floor), colon);
  return clause.includes('—') || clause.includes('–') || clause.includes('--')
    ? clause.replace(LIST_DASH, '')
    : clause;
}

/** The indicator a clause ending in a colon names (房地产销售面积：), if it is nothing else. */
export function nameBeforeColon(folded: string, colon: number, floor: number): NamedIndicator | null {
  const clause = beforeColon(folded, colon, floor);
  if (/\d/.test(clause)) return null;
  const named = leadingIndicator(clause);
  return named && cleanSubject(clause).replace(/\s+/g, '').toLowerCase() === named.name ? named : null;
}

/**
 * 城镇消费品零售额：24.37亿元: the words before a colon, a name the catalogue may lack, when they are
 * a short name and nothing else (no figure); the written-name stage decides whether it is a branch's
 * or an aggregate's.
 */
export function labelBeforeColon(folded: string, colon: number, floor: number): string | null {
  const label = cleanSubject(beforeColon(folded, colon, floor)).replace(/\s+/g, '');
  return label !== '' && label.length <= 16 && !/[\d:]/.test(label) ? label : null;
}

/**
 * 地区生产总值（7.2%）、规模以上工业增加值（9.6%）分别高于…: a growth in brackets right after an
 * indicator's name (and nothing else); a place's name before the bracket (甲区（12.6%）) is no indicator.
 */
export function bracketedName(folded: string, figure: Figure, floor: number): NamedIndicator | null {
  if (figure.quantity.baseUnit !== '%' || !/^\s*\)/.test(folded.slice(figure.end, figure.end + 2)))
    return null;
  const open = folded.slice(floor, figure.start).search(/\(\s*$/);
  if (open < 0) return null;
  const at = floor + open;
  const clause = folded.slice(clauseStartBefore(folded, at, floor), at);
  if (/\d/.test(clause)) return null;
  const named = leadingIndicator(clause);
  const name = cleanSubject(clause)
    .replace(/\s+/g, '')
    .replace(/(?:增速|增幅)$/, '')
    .toLowerCase();
  return named && name === named.name ? named : null;
}

/** The last `length` bracketed names, when nothing but words stands between the last one and `at`. */
export function bracketedList(
  names: ReadonlyArray<{ name: string; end: number }>,
  length: number,
  folded: string,
  at: number,
): string[] | null {
  const last = names[names.length - 1];
  if (!last || names.length < length || /[,;:。\d]/.test(folded.slice(last.end, at))) return null;
  return names.slice(-length).map((n) => n.name);
}

/**
 * An attribute named bare (产量; 综合产值, a crop's whole chain's output after its 产量, fix115), and the
 * attribute of an earlier subject it stands beside (播种面积).
 */
const BARE_ATTRIBUTE = /^(?:(?:总)?(?:产量|产值)|综合产值)$/;
const BARE_OUTPUT = /^(?:总)?产值$/;
/** 年末…, 全年…: when the count or figure was taken, not part of the firms' name. */
const TIME_WORD = /^(?:年末|年底|全年)/;
const ATTRIBUTE_OF = /^(.{1,8}?)(?:播种面积|种植面积|面积|总?产量|总?产值)$/;

/**
 * 农牧民人均纯收入…；现金收入…: an income named bare after another income of the same residents per head;
 * the residents and 人均 are the earlier name's.
 */
const BARE_INCOME = /^(?:人均)?(?:现金收入|纯收入|可支配收入)$/;
const INCOME_OF = /^(.{2,12}?)人均(?:现金收入|纯收入|可支配收入)(?:预计|全年)?$/;

/** A firms' account named bare (利润总额), and the firms of an earlier account beside it (…企业营业收入). */
const FIRM_ACCOUNT = '(?:营业收入|主营业务收入|利润总额|利润|利税总额|利税|亏损额)';
const BARE_FIRM_ACCOUNT = new RegExp(`^(?:实现)?${FIRM_ACCOUNT}$`);
// 规模以上工业企业达到86户…；实现主营业务收入…: the firms themselves, counted, before their account;
// 规模以上工业企业实现总产值…；实现利润总额…: their output (or value added: 完成增加值…；实现主营业务收入…) before it.
const FIRM_ACCOUNT_OF = new RegExp(`^(.{1,12}?企业)(?:(?:实现|完成)?(?:${FIRM_ACCOUNT}|总?产值|增加值))?$`);
// 规模以上工业营业收入…；利润总额…: the industry's account named without 企业 (fix172): the same firms'.
const INDUSTRY_ACCOUNT_OF = new RegExp(`^(.{1,10}?工业)(?:实现|完成)?(?:${FIRM_ACCOUNT}|总?产值)$`);

/** 规模以上工业企业完成产值…；实现增加值…: value added named bare after the output of the same firms. */
export const BARE_VALUE_ADDED = /^(?:实现|完成)?增加值$/;
/**
 * 5月当月完成增加值…, 5月当月零售额…, 8月当月完成产值…, 5月当月完成… (no name): the one month's value added,
 * retail sales or output, of the indicator the sentence before was about.
 */
// 其中，2月份当月完成总产值…: 其中 set off by its comma, and the output named 总产值 (held-out-484 youlan; session 51,
// fix484, F10301).
export const MONTH_VALUE_ADDED =
  /^(?:其中,?)?(\d{1,2}月份?(?:当月|单月))(?:实现|完成)?(增加值|零售额|总?产值)?$/;
/** The names the month's short one stands for: 增加值 for a value added, 零售额 for retail (零售总额), 产值 for output. */
const MONTH_NAME_OF: Record<string, RegExp> = {
  增加值: /增加值$/,
  零售额: /零售总?额$/,
  产值: /产值$/,
  总产值: /总产值$/,
};
const OUTPUT_OF = /^(.{2,10}?)(?:企业)?(?:完成|实现)?(?:总)?产值$/;
/**
 * 非公有制经济加快发展，全年完成增加值…: an ownership's economy named in a clause with no figure, its value added named
 * bare in the next (session 48, fix431, F9002); the lead is the sentence's text before the figure's clause.
 */
const OWNERSHIP_ECONOMY_LEAD =
  /^((?:非公有制|非公|民营|个体私营|私营|个体)经济)(?:继续|进一步)?(?:加快|快速|稳步|持续|健康|蓬勃|迅速)?(?:发展|壮大)(?:迅速|较快|加快)?\s*[,，]\s*$/;

/**
 * 其中信息传输、软件和信息技术服务业，租赁和商务服务业营业收入分别增长a%、b%: branches set off by a
 * comma (the first name holds a 、), as many as the figures; null otherwise.
 */
export function commaListed(lead: string, length: number): string[] | null {
  const at = lead.lastIndexOf('分别');
  if (at < 0 || length < 2) return null;
  const pieces = lead.slice(0, at).split(',');
  if (pieces.length < length) return null;
  const items = pieces.slice(-length).map((p) => p.replace(/^\s*(?:其中|[^、]*?其中)\s*/, '').trim());
  const boundary = pieces.length === length ? '' : (pieces[pieces.length - length - 1] ?? '');
  // The list opens its clause after a figure or 其中: not part of a longer sentence's subject.
  if (!/(?:\d|%|其中)\s*$/.test(boundary) && !/^\s*其中/.test(pieces[pieces.length - length] ?? ''))
    return null;
  const last = items.length - 1;
  const fits = items.every((item, k) =>
    k === last
      ? /^[\u4e00-\u9fa5、]{2,24}业(?:营业收入|增加值|产值|投资|零售额)?$/.test(item)
      : /^[\u4e00-\u9fa5、]{2,24}业$/.test(item),
  );
  // 营业收入 after the last name is said of every one; each is named as its branch.
  return fits ? items.map((item) => item.replace(/(?<=业)(?:营业收入|增加值|产值|投资|零售额)$/, '')) : null;
}

/**
 * 粮食播种面积…，产量…; 规上工业企业实现营业收入…；利润总额…; 规上工业企业完成产值…；实现增加值…: the bare
 * attribute's full name (粮食产量, 规上工业企业利润总额, 规上工业增加值), or null. `lead` is the sentence's
 * text before the figure's clause (规模以上工业企业发展到68户,比上年增加11户,): firms counted there own a
 * bare account the chain's subject does not name; `paragraphLead` is the paragraph's text before it, for
 * firms counted in a clause a semicolon closed.
 */
export function wholeName(
  previousSubject: string,
  subject: string,
  baseUnit = '元',
  lead = '',
  paragraphLead = lead,
): string | null {
  const valueAdded = BARE_VALUE_ADDED.test(subject) ? OUTPUT_OF.exec(previousSubject)?.[1] : undefined;
  if (valueAdded) return `${valueAdded}增加值`;
  if (
    previousSubject === '' &&
    lead.includes('经济') &&
    BARE_VALUE_ADDED.test(subject.replace(TIME_WORD, ''))
  ) {
    const economy = OWNERSHIP_ECONOMY_LEAD.exec(lead)?.[1];
    if (economy) return `${economy}增加值`;
  }
  // …完成增加值18.64亿元…。5月当月完成增加值4.38亿元: the month's figure of the same value added.
  // …总产值累计完成186.42亿元；其中5月当月完成41.36亿元: the month named bare, the same indicator (fix67).
  const month = MONTH_VALUE_ADDED.exec(subject);
  if (month && previousSubject !== '' && (!month[2] || MONTH_NAME_OF[month[2]]?.test(previousSubject)))
    return previousSubject;
  const residents = BARE_INCOME.test(subject) ? INCOME_OF.exec(previousSubject)?.[1] : undefined;
  if (residents) return `${residents}人均${subject.replace(/^人均/, '')}`;
  const rule = BARE_ATTRIBUTE.test(subject)
    ? ATTRIBUTE_OF
    : BARE_FIRM_ACCOUNT.test(subject)
      ? FIRM_ACCOUNT_OF
      : null;
  // 年末全区规模以上工业企业168家，全年实现总产值…: a bare output after the firms counted is theirs
  // (an amount or its growth; 其中产值增长的29户 counts firms).
  const firmsOutput = BARE_OUTPUT.test(subject) && (baseUnit === '元' || baseUnit === '%');
  const firmsRule = rule === FIRM_ACCOUNT_OF || firmsOutput;
  const named =
    rule?.exec(previousSubject)?.[1] ??
    (rule === FIRM_ACCOUNT_OF ? INDUSTRY_ACCOUNT_OF.exec(previousSubject)?.[1] : undefined) ??
    (firmsOutput ? FIRM_ACCOUNT_OF.exec(previousSubject)?.[1] : undefined);
  // 规模以上工业企业达到158家，新增入规企业11家；实现营业收入…: the new firms are a count among the firms
  // counted before them in the paragraph, whose account it is.
  const counted =
    named && firmsRule
      ? isNewFirms(named)
        ? (countedFirms(paragraphLead) ?? undefined)
        : // …企业N家，其中甲类企业M家，实现营业收入…: the whole's account, not the part's (fixleft34c).
          (firmsBeforePart(lead, named) ?? undefined)
      : undefined;
  const head =
    counted ??
    named ??
    // 规模以上工业企业由上年的52家增加到61家，实现利税…: the firms counted in the clauses before;
    // 规模以上工业企业达到312家，全年净增28家；实现营业收入…: counted before a semicolon, the net gain's
    // clause (no firms named) between them and the account.
    (firmsRule ? (countedFirms(lead) ?? countedFirms(paragraphLead) ?? undefined) : undefined) ??
    // 规模以上工业完成增加值…；完成工业总产值…；实现利润…: the industry the verb-led chain opened on (F7023).
    (rule === FIRM_ACCOUNT_OF ? (industryOfAccounts(paragraphLead) ?? undefined) : undefined);
  return head ? head.replace(TIME_WORD, '') + subject.replace(/^实现/, '') : null;
}
