// The report's own scope word (全县 in a 县's report) and whether a clause opens with another place's
// scope (全省, 全市 in a county's report).

import { type LastMarks, lastMarkIn } from './last-mark.js';
import { NAMES_A_BODY, parkNameEnd } from './park-names.js';
import type { OwnPlace } from './prose-rank-subject.js';

/** The scope word a report uses for its own place: 全县 in a 县's report, 全市 in a 市's. */
export function ownScopeOf(region: string): string | null {
  const suffix = /[国省市区县州盟旗镇]$/.exec(region)?.[0];
  return suffix ? `全${suffix}` : null;
}
/** 全省地区生产总值…, 全国规上工业…: a clause opened by the scope of a place other than the report's. */
const OPENING_SCOPE = /^\s*(?:上半年|一季度|前三季度|今年以来|\d{1,2}-\d{1,2}月)?(全[国省市区县州盟旗])/;
export function otherScope(clause: string, own: string): boolean {
  const scope = OPENING_SCOPE.exec(clause)?.[1];
  return scope !== undefined && scope !== own;
}
/**
 * The report's own place with its scope word, and whether the text tells that scope from others'.
 * Only a text that names its own scope (全县) tells it from another's (全市, 全省): one that never
 * does may use another level's word for its own place (a title misread, a copied page).
 */
export function ownPlaceOf(
  region: string | null,
  folded: string,
): { scope: string | null; scopeUsed: boolean; place: OwnPlace | null } {
  const scope = region ? ownScopeOf(region) : null;
  const scopeUsed = scope !== null && folded.includes(scope);
  // 我县 says as well as 全县 that the text tells its own place from the parent's 全市.
  const scopeSaid = scopeUsed || (scope !== null && new RegExp(`[我本]${scope.slice(1)}`).test(folded));
  return { scope, scopeUsed, place: region ? { name: region, scope, scopeSaid } : null };
}

/**
 * 县工业集中区新增规上企业3家，完成规模工业增加值6.2亿元，占全县的比重达64%: a sentence a park opens
 * is about the park, clause after clause, unless a clause names the report's own scope again. So is one
 * a body beside the county opens: 驻县兵团团场实现生产总值X万元 in 新疆 (the county's own figures 不含兵团),
 * a state farm (农场, 垦区) in 黑龙江 or 内蒙古; so is a count of them (11个团场实现生产总值, F6394).
 */
// In a news page a deputy speaks for the park or the firm they run (…管委会主任某某说，园区去年新入驻企业
// 14家; “今年园区将力争新增…; “公司去年实现产值…): the bare 园区 or 公司 after the speaker or the quote's
// opening is that body, and the sentence's figures are its own, not the county's. A reply letter names the
// park with its parts in brackets and counts what it has (全县工业园区（甲、乙两个组团）现有规上工业企业N家,
// session 28, fix88). 甲工业园区入驻企业达到N家，实现工业总产值X亿元: the firms settled in it counted first, the
// output after it the park's (held-out-315, F6854). 甲商务中心区入驻企业达到N家，实现税收X亿元, 甲科技园区…: a district's
// business centre and science park are such bodies too (session 43, fix342, F7028).
// 甲示范工业园区全年新入驻企业N家，完成固定资产投资X亿元: a year word may stand after the park's name (fix354, F7181).
// 1—10月，甲工业园区实现…；园区新入驻企业N家，完成基础设施投资X亿元: the months before the park may be written with
// the long dash or 至 the folding keeps (session 47, fix407, F8420).
const PARK_OPENING = new RegExp(
  `^\\s*(?:[“"]|[”"]?[^。“”"]{0,40}?(?:说|表示|介绍)[,:]?[“"]?)?(?:上半年|一季度|前三季度|全年|今年以来|今年|去年|\\d{1,2}[-—至]\\d{1,2}月)?,?\\s*((?:\\d{1,3}个)?[\\u4e00-\\u9fa5]{0,12}?${parkNameEnd('opening')}|(?<=^\\s*(?:[“"]|[”"]?[^。“”"]{0,40}?(?:说|表示|介绍)[,:]?[“"]?)(?:今年|去年)?)(?:园区|公司))(?:[(（][^()（）。]{1,20}[)）])?(?:将|要)?(?:力争|计划|预计)?(?:去年|今年|全年|当年)?(?:新增|累计|完成|实现|共|已|新入驻|新入园|入驻|入园|现有)`,
);
// The body's names are park-names' vocabulary less its one exclusion here, the bare 园区 (a zone's own report
// speaking of itself), which stands only after a speaker (session 45, fixpark). NAMES_A_BODY, built from the
// same words, is the cheap pre-check: most sentences name none, and the pattern's lazy lead, tried on every
// figure's sentence so far, was 0.7% of the parser's time (session 32).
/** A park's report (泮溪高新区…) names itself the same way: its own sentences are its figures. */
export function parkSentence(
  sentenceLead: string,
  clause: string,
  own: string | null,
  region: string | null,
): boolean {
  if (!NAMES_A_BODY.test(sentenceLead)) return false;
  // …，一期并网；甲县乙产业园新入园企业N家，新增就业M人: a part after a ； a park opens is the park's too.
  const part = sentenceLead.includes(';') ? sentenceLead.slice(sentenceLead.lastIndexOf(';') + 1) : '';
  // 完善园区基础设施，甲示范工业园区力争完成固定资产投资X亿元: a park opening the figure's own clause after
  // a clause with no figure is the subject of that clause's figure too (held-out-354, F7182).
  const ownClause = sentenceLead.includes(',') ? sentenceLead.slice(sentenceLead.lastIndexOf(',') + 1) : '';
  const park =
    PARK_OPENING.exec(sentenceLead)?.[1] ??
    (part ? PARK_OPENING.exec(part)?.[1] : undefined) ??
    (ownClause && NAMES_A_BODY.test(ownClause) ? PARK_OPENING.exec(ownClause)?.[1] : undefined);
  if (!park || (own !== null && clause.includes(own))) return false;
  // A park's own report names itself (泮溪高新区); a county's park named with the county (甲县乙产业园) is the park.
  return region === null || !((park.includes(region) && NAMES_A_BODY.test(region)) || region.includes(park));
}

/** How far back a sentence's opening is looked for: a park's lead stands at its start, never pages away. */
const LEAD_REACH = 2000;

/** The marks that end a sentence's lead: a full stop, ！, ？ or a line break (folded). */
export const FULL_STOPS = '。!?\n';

/**
 * Where the sentence a figure stands in begins, past any ；: after the last 。, ！, ？ or line break. The
 * search looks back LEAD_REACH characters at most, so it costs the same for every figure of a 1 MB line
 * with no stop (the hang guard's input); a sentence longer than that has no opening in reach, and the
 * figure's own place stands for it (an empty lead, no park's). `stops` (a `LastMarks` over `folded` with
 * FULL_STOPS), when given, shares one forward walk among the figures asked in order.
 */
export function fullStopBefore(folded: string, at: number, stops?: LastMarks): number {
  const from = Math.max(0, at - LEAD_REACH);
  const stop = stops ? stops.in(from, at) : lastMarkIn(folded, FULL_STOPS, from, at);
  return stop >= 0 || from === 0 ? stop + 1 : at;
}
