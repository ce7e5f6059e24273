// Firms counted before their bare account: 规模以上工业企业发展到68户，比上年增加11户，实现利税…;
// 规模以上工业企业由上年的52家增加到61家，实现利税…. The count clauses stand between the firms' name and
// the account, so the chain's subject (增加到, …发展到) does not name the firms; the clauses do.

import { cleanSubject } from './prose-clauses.js';

/** A count of firms (61家, 68户, 12个), not a share or a margin (1.5个百分点). */
const FIRM_COUNT = /\d+(?:\.\d+)?\s*(?:家|户|个(?!百分点|月|季度|项))/g;
/** The firms a count clause opens with, before its first figure (规模以上工业企业由上年的52家…). */
const FIRMS_COUNTED = /^(.{1,14}?企业)\D*\d/;
/** 新增…企业12家: a count of new firms, not of the firms the account is of. */
const NEW_FIRMS = /^(?:新增|新培育|培育|引进|新入规|新进规)/;

/** 新增入规企业, 今年新增规上企业: the firms a count of new firms names (a time word may lead). */
export function isNewFirms(firms: string): boolean {
  return /^[\u4e00-\u9fa5\d—-]{0,6}?(?:新增|新培育|引进|新入规|新进规)[\u4e00-\u9fa5]{0,8}企业$/.test(firms);
}

/**
 * 规模以上工业企业68家，实现工业增加值X亿元，增长A%；实现主营业务收入…: the counted firms' own first account (its
 * verb and no name but 工业) and its growth stand between the count and the next account; the walk passes them.
 */
const OWN_ACCOUNT =
  /^(?:全年)?(?:累计)?(?:实现|完成)(?:工业)?(?:增加值|总产值|产值|营业收入|主营业务收入|利润总额|利税总额|利税)\d/;
const OWN_GROWTH = /^(?:同比|比上年(?:同期)?)?(?:增长|下降)\d+(?:\.\d+)?%$/;

/** 其中亿元企业9家: a part of the firms counted, not the firms themselves. */
const PART_OF = /^\s*其中/;

/** A clause whose only figures are counts of firms. */
function isCountClause(clause: string): boolean {
  return /\d/.test(clause) && !/\d/.test(clause.replace(FIRM_COUNT, ''));
}

/**
 * The firms the count clauses right before a bare account count (规模以上工业企业), or null: walking back
 * from the account's clause over clauses whose only figures are counts, to the first naming firms; a
 * count clause naming other firms (其中亿元企业12家) or any other clause stops the walk.
 */
export function countedFirms(lead: string): string | null {
  const clauses = lead.split(/[,;。]/);
  if (clauses[clauses.length - 1]?.trim() === '') clauses.pop();
  for (let k = clauses.length - 1; k >= 0; k--) {
    const raw = clauses[k] ?? '';
    const clause = cleanSubject(raw);
    const bare = raw.replace(/\s+/g, '');
    if (OWN_ACCOUNT.test(bare) || OWN_GROWTH.test(bare)) continue;
    if (PART_OF.test(raw) || !isCountClause(clause)) return null;
    const firms = FIRMS_COUNTED.exec(clause)?.[1];
    // 规模以上工业企业达到158家，新增入规企业11家；实现营业收入…: the new firms are among those counted
    // before, so the walk goes on to them.
    if (firms && (NEW_FIRMS.test(firms) || isNewFirms(firms))) continue;
    if (firms) return /\d/.test(firms) ? null : firms;
    if (clause.includes('企业')) return null;
  }
  return null;
}

/**
 * 规模以上工业企业N家，其中甲类企业M家，实现营业收入…: the firms counted before a 其中 count clause naming
 * `part`, right before the account, or null; the part's count is an aside, the account the whole's.
 */
export function firmsBeforePart(lead: string, part: string): string | null {
  if (!lead.includes('其中')) return null;
  const clauses = lead.split(/[,;。]/);
  if (clauses[clauses.length - 1]?.trim() === '') clauses.pop();
  const last = clauses.pop() ?? '';
  const clause = cleanSubject(last);
  if (!PART_OF.test(last) || !isCountClause(clause) || !clause.includes(part)) return null;
  return countedFirms(clauses.join(','));
}
