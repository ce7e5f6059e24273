// Whose a rank is: the place the clause chain before it is about. A county's report quotes the parent
// city's own rank (全市…居全省第5位) and its siblings' (乙县…居全市第1位) beside its own.

import { leadingIndicator } from './prose-clauses.js';
import type { Sentence } from './types.js';

/** The report's own place, as a rank's subject may name it: 岚川县, 岚川, 全县 (when the text uses it). */
export interface OwnPlace {
  name: string;
  /** The scope word for its own place (全县). */
  scope: string | null;
  /** Whether the text says its own scope word or 我县 anywhere, so tells its place from the parent's. */
  scopeSaid: boolean;
}

/** What a clause may open with before its subject: 上半年，全县…, 1-6月我县…, 预计全市…. */
const PERIOD_LEAD =
  /^(?:其中|同时|另外)?(?:预计|初步核算|据统计)?(?:今年|本年)?(?:上半年|下半年|一季度|第一季度|前三季度|全年|今年以来|1-\d{1,2}月份?)?/;
/** 全市排名第七, 全省县域排名, 全市8个县, 全市各县区, 全市平均: a scope or a group, not a subject. */
const SCOPE_NOT_SUBJECT = /^(?:县域)?(?:排名|排位|排第|第|首位|前|[\d一二两三四五六七八九十]|各|平均|$)/;
/** Words ending in a region suffix that are no place: 地区生产总值, 城区, 园区…. */
// (人均地区生产总值, 拉动全市经济增长: the name a lazy match finds ends in one of these; 边民互市进口额: a border
// county's trade of its residents, 互市, fix275. 农村牧区固定资产投资: a pastoral banner's countryside and pastures,
// 牧区, no place; session 46, fix391, F8007.)
export const NOT_A_PLACE =
  /(?:地区|城区|社区|园区|市区|县区|片区|山区|牧区|景区|辖区|县市|城市|市场|互市|县域|区域|市域|县级|市级|区级|城镇|乡镇|村镇|城乡|[全我本该各][县区市旗镇乡])$/;
const NAMED_PLACE = /^([\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗|镇|乡))(?![县区市旗镇乡])/;

/** The last paragraph asked about and its answer: every rank of a sentence asks about the same paragraph. */
let toldMemo: { paragraph: string; name: string; told: boolean } | null = null;

/** Whether a clause of the paragraph opens with the report's own name (岚川县…), read once a paragraph. */
function namesOwnPlace(paragraph: string, own: OwnPlace): boolean {
  // ownNameAt reads the own place's name alone.
  if (toldMemo && toldMemo.name === own.name && toldMemo.paragraph === paragraph) return toldMemo.told;
  const told = paragraph
    .split(/[,:;。]/)
    .some((piece) => ownNameAt(piece.replace(/\s+/g, '').replace(PERIOD_LEAD, ''), own) !== '');
  toldMemo = { paragraph, name: own.name, told };
  return told;
}

/**
 * Whose the clause chain is that a rank ends: the place the last clause before it (in its segment)
 * opens with. 全市地区生产总值增长5.6%，居全省第5位 in a county's report is the city's own rank;
 * 乙县地区生产总值增长8%，居全市第1位 a sibling's; 我县, 全县, the report's name or its short name
 * are the report's own. Null when no clause names a place.
 */
export function subjectPlace(
  sentence: string,
  at: number,
  own: OwnPlace,
  paragraph: string,
  /** Where the rank holds (全省): a 全市 chain ranked in the province is the city's, not a county's. */
  rankScope = '',
): 'own' | 'other' | null {
  const before = sentence.slice(0, at);
  const from = before.lastIndexOf(';') + 1;
  // 全市 in a text that never says its own 全县 may be its own word for itself, unless the paragraph
  // names the report's place besides (全市…居全省第5位；岚川县…).
  const told = own.scopeSaid || namesOwnPlace(paragraph, own);
  let found: 'own' | 'other' | null = null;
  for (const piece of before.slice(from).split(/[,:]/)) {
    const clause = piece.replace(/\s+/g, '').replace(PERIOD_LEAD, '');
    // 全市县域经济考核中，…: a group the rank is in, named without 在, is no subject.
    const place = /中$/.test(clause) ? null : placeOpening(clause, own, told, rankScope);
    if (place) found = place;
  }
  return found;
}

function placeOpening(
  clause: string,
  own: OwnPlace,
  told: boolean,
  rankScope: string,
): 'own' | 'other' | null {
  if (ownNameAt(clause, own) !== '' || /^[我本](?:县|市|区|旗)/.test(clause)) return 'own';
  const scope = /^全[国省市区县州盟旗]/.exec(clause)?.[0];
  if (scope) {
    if (scope === own.scope) return 'own';
    if (SCOPE_NOT_SUBJECT.test(clause.slice(scope.length))) return null;
    return told || parentRanked(scope, own, rankScope) ? 'other' : null;
  }
  const named = NAMED_PLACE.exec(clause)?.[1];
  if (!named || NOT_A_PLACE.test(named)) return null;
  // 乙县地区生产总值…, 乙县增速…: another place's name as the subject of a figure.
  const rest = clause.slice(named.length);
  return /^(?:的)?(?:增速|增幅|总量|以)/.test(rest) || leadingIndicator(rest) ? 'other' : null;
}

/** How high a scope word stands: 全国 over 全省 over 全市 over 全县; null for one of no fixed level (全区) or a county group. */
function level(scope: string): number | null {
  // 全省县域, 全省县（市）: a group of counties, whatever level holds it.
  if (/^全[国省].*县/.test(scope)) return null;
  if (/^全国/.test(scope)) return 4;
  if (/^全省|[\u4e00-\u9fa5]省$/.test(scope)) return 3;
  if (/^全[市州盟]/.test(scope)) return 2;
  if (/^全[县旗]/.test(scope)) return 1;
  return null;
}

/**
 * 全市地区生产总值增长5.6%，居全省第5位 in a county's report that never says 全县: a chain opened by a level
 * above the report's own, ranked in a level above that, is the parent's; a county is ranked in its city.
 */
function parentRanked(scope: string, own: OwnPlace, rankScope: string): boolean {
  const chain = level(scope);
  // 全区 of a district (not of an autonomous region) is a county's level.
  const ownLevel =
    own.scope === '全区' && !/自治区$/.test(own.name) ? 1 : own.scope ? level(own.scope) : null;
  const ranked = level(rankScope);
  return chain !== null && ownLevel !== null && ranked !== null && chain > ownLevel && ranked > chain;
}

/** A region that is a development zone or park (四川甲经济开发区, 乙高新技术产业开发区, 丙工业园区). */
const ZONE_REGION = /(?:开发区|高新区|工业园区|产业园区|园区|新区)$/;
/** How a zone's report names itself: 园区, 开发区, 本园区, 我区 (not 园区企业, a firm of the zone). */
const ZONE_SELF =
  /^(?:[我本](?:园区|开发区|区)|园区|开发区|高新区|经开区)(?!企业|内|外|[\u4e00-\u9fa5]{0,2}(?:企业|项目))/;

const SHORT_ZONE = /^[\u4e00-\u9fa5]{2,4}?经开区/;

/** The report's own name (岚川县) or short name (岚川) a text opens with; '' when it opens with neither. */
export function ownNameAt(text: string, own: OwnPlace): string {
  // 园区位列省级经济开发区第N名 in the report of 甲经济开发区: a zone's report calls itself 园区 (开发区,
  // 我区) as a county's says 我县. Session 28, fix88b.
  const zone = ZONE_REGION.test(own.name) ? ZONE_SELF.exec(text)?.[0] : undefined;
  if (zone) return zone;
  // 甲经开区位列… in the report of 乙省甲经济开发区: the zone's short form (session 35, fix213).
  const short =
    own.name.endsWith('开发区') && text.includes('经开区') ? SHORT_ZONE.exec(text)?.[0] : undefined;
  if (short && own.name.includes(`${short.slice(0, -3)}经济`)) return short;
  const stem = own.name.replace(/(?:自治县|自治州|市|县|区|旗|州|盟)$/, '');
  if (text.startsWith(own.name)) return own.name;
  return stem.length >= 2 && text.startsWith(stem) && !/^[县市区旗州盟]/.test(text.slice(stem.length))
    ? stem
    : '';
}

/** The paragraph about a sentence, within a bounded reach either side (a 1 MB line stays linear). */
export function around(folded: string, lineStart: number, sentence: Sentence): string {
  const reach = 600;
  const after = folded.slice(sentence.end, sentence.end + reach);
  const lineEnd = after.indexOf('\n');
  const before = folded.slice(Math.max(lineStart, sentence.start - reach), sentence.start);
  return (
    before + folded.slice(sentence.start, sentence.end) + (lineEnd < 0 ? after : after.slice(0, lineEnd))
  );
}
