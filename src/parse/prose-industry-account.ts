// A bare account of industry's firms (实现利税X亿元) right after industry's sales rate: named by the account alone, as
// a county 公报 gives it after the sales rate of 规模以上工业 with the firms left unsaid.

import { generatedIndicator } from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';

/** 实现利税, 利税总额: the profits and taxes, with the firms' verb and no name of whose. */
const BARE_FIRM_ACCOUNT = /^(?:全年)?(?:累计)?(?:实现|完成)?(利税总额|利税)$/;
/**
 * 规模以上工业产品销售率97.6%，: the clause right before is industry's sales rate, as a 公报's industry paragraph
 * gives it before the accounts; a count of new firms (新增…企业7户) or another account before leaves the firms unsaid
 * (fixlishui-forms). 产品销售率为96.8%，比上年提高0.6个百分点；实现利税…: the rate's move in points may follow it, and a
 * semicolon close it (the account then opens a sentence of its own; session 49, fix443, F9434).
 */
const INDUSTRY_LEAD =
  /(?:工业|产品)[\u4e00-\u9fa5]{0,6}?(?:销售率|产销率)(?:为|达到?)?\s*\d+(?:\.\d+)?%(?:\s*[,，]\s*(?:比上年|同比|较上年)?(?:提高|上升|下降|回落|增加|减少)\s*\d+(?:\.\d+)?个百分点)?\s*[,，;；]\s*$/;
/**
 * 实现产品销售收入X亿元，增长A%；实现利税…: a sentence opening on the firms' sales, its firms unsaid (the sentence before
 * named them), leaves them unsaid for the account after it too (held-out-430 qishu; session 48, fix431, F9009).
 */
const SALES_LEAD =
  /(?:^|[。\n])\s*(?:全年|上半年)?(?:累计)?(?:实现|完成)(?:工业)?(?:产品)?销售收入\s*\d+(?:\.\d+)?(?:万|亿)元\s*[,，]\s*(?:同比|比上年)?增长\s*\d+(?:\.\d+)?%\s*[;；]$/;
/** How far back the sentence is looked at (a bounded window: a line with no full stop stays linear). */
export const INDUSTRY_LEAD_REACH = 60;

/**
 * 规模以上工业产品销售率97.6%，实现利税11.28亿元: the firms' profits and taxes named 利税 as written (held-out-371 yanpu;
 * session 45, fix371, F7533), or null; `lead` is the sentence before the clause, at most INDUSTRY_LEAD_REACH
 * characters, which must end on the sales rate. With the firms named (规模以上工业企业实现利税) the named aggregates read it first.
 */
export function bareIndustryAccount(
  subject: string,
  lead: string,
  clause = '',
  beforeSemicolon = '',
): NamedIndicator | null {
  const account = BARE_FIRM_ACCOUNT.exec(subject.replace(/\s+/g, ''))?.[1];
  if (account && readsBare(lead, beforeSemicolon)) return generatedIndicator(account);
  const part = accountPart(subject, lead, clause, beforeSemicolon);
  if (part) return generatedIndicator(part);
  const carried = carriedIndustryAccount(subject, clause);
  return carried ? generatedIndicator(carried) : null;
}

/** Whether a bare account whose clause follows `lead` (and, opening its sentence, `beforeSemicolon`) is industry's. */
const readsBare = (lead: string, beforeSemicolon: string) =>
  INDUSTRY_LEAD.test(lead) ||
  (lead === '' && (SALES_LEAD.test(beforeSemicolon) || INDUSTRY_LEAD.test(beforeSemicolon)));

/** 其中利润: the profits within the profits and taxes, in a clause of their own. */
const PROFIT_PART = /^其中(?:实现)?(利润总额|利润)$/;
/** 实现利税86240万元，增长16.4%，: the bare account's clause (with its growth) right before the part. */
const ACCOUNT_BEFORE_PART =
  /(?:全年)?(?:累计)?(?:实现|完成)(?:利税总额|利税)\s*\d+(?:\.\d+)?(?:万|亿)元\s*[,，]\s*(?:(?:比上年|同比)?(?:增长|下降)\s*\d+(?:\.\d+)?%\s*[,，]\s*)?$/;

/**
 * 产品销售率为96.8%，…；实现利税86240万元，增长16.4%，其中利润47180万元: the profits within a bare account read as
 * industry's are named as written too (利润), as they are beside a named one (规模以上工业企业利润; session 49, fix443,
 * F9434).
 */
function accountPart(
  subject: string,
  lead: string,
  clause: string,
  beforeSemicolon: string,
): string | undefined {
  if (!clause.startsWith('其中')) return undefined;
  const part = PROFIT_PART.exec(clause.replace(/\s+/g, ''))?.[1];
  if (!part || part !== subject.replace(/\s+/g, '')) return undefined;
  const account = ACCOUNT_BEFORE_PART.exec(lead);
  return account && readsBare(lead.slice(0, account.index), beforeSemicolon) ? part : undefined;
}

/** 规模以上工业利税: the size class carried from an earlier clause onto the account (F7774). */
const CARRIED_INDUSTRY_ACCOUNT = /^(?:规模以上|规上)工业(利税总额|利税)$/;

/**
 * 规模以上工业实现主营业务收入X亿元，增长A%，实现利税Y亿元: the clause says only the firms' verb and account (实现利税), the
 * size class carried from the sentence's first clause onto the subject; named by the account as written, as after the
 * sales rate (session 45, fixleft45, F7774). With the class in the clause itself (规模以上工业实现利税) it stays unnamed.
 */
function carriedIndustryAccount(subject: string, clause: string): string | undefined {
  const account = BARE_FIRM_ACCOUNT.exec(clause.replace(/\s+/g, ''))?.[1];
  if (!account || !/^(?:实现|完成)/.test(clause.replace(/^(?:全年|累计)+/, ''))) return undefined;
  return CARRIED_INDUSTRY_ACCOUNT.exec(subject.replace(/\s+/g, ''))?.[1] === account ? account : undefined;
}
