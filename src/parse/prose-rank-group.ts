// The group a rank is in: how its scope is written (全市, 北岭市, 两区五县, 全市核心区, 县域), how many
// places a counted group holds and which parent it belongs to, and the group named before a rank with 在…中.

import { chineseNumeral } from './numbers.js';
import type { Fact, Ranking } from './types.js';

// The pieces a scope is written with: the parent region (全市, 北岭市, a Xinjiang prefecture 阿岭地区), a
// counted group of places (8个县（市、区）, 六县市, 六县（区）), the province's counties (县域) or every one
// of a kind (各县区). 居兵团14个师市第4位: the 兵团, the parent of its divisions' 师市 (session 41, fix313, F6395).
export const PARENT = '(?:全国|全省|全市|全区|全州|全?兵团|[\\u4e00-\\u9fa5]{1,8}?(?:省|市|州|盟|地区))';
const COUNT = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';
// 旗县市区, 旗县（市、区）: a league's (盟's) banners, counties and cities; 县（市）区: the bracket inside.
// 全省18个市县: a province's cities and counties written city first, as Hainan writes them. 锡岚市4个县级市,
// 锡岚市各板块: a Jiangsu city's county-level cities, and its 板块 (its districts and counties, each a block).
// 全省21个市（州）, 21个市州, 16个州市: a province's cities and prefectures (四川, 云南, 湖北, 湖南, 贵州, 甘肃).
// 全市N个重点园区, 全省12个省级开发区: a zone's rank among the parent's parks (session 28, fix88).
// 甲市共N个省级以上开发区: the parks of a level and above (session 35, fix194).
// 列全市市辖区第N位, 甲市5个市辖区: a city's districts, its counties left out (session 35, fix208).
// 居全区各功能区第1位: a district's zones, which a Shanghai-style district calls its 功能区 (session 38, fix257).
// 在全区12个盟市中排第5位: an autonomous region's leagues and cities, among which a 盟 ranks (session 38, fix261).
// 居全州6个口岸第2位, 居全市4个边境县（市）第1位: a border prefecture's ports, and its border counties (fix275).
// 居全省产粮大县第6位: the province's grain counties, a class its grain output ranks within (session 39,
// fixtail39b, F5933).
// 增速居全省沿海港口第4位, 位居沿海港口第十二: a port's rank among the province's (or the country's) coastal or
// river ports, as a border port's among 口岸 (session 40, fix300, F6122).
// 增幅居全省山区县（市）第3位: the province's mountain (or island) counties, a class of its counties not counted,
// the scope the parent (session 51, fix482_483, F10271).
const KINDS =
  '(?:产粮大县|(?:山区|海岛)县|(?:沿海|内河|主要)?港口|(?:重点|省级以上|国家级以上|省级|国家级)?(?:工业园区|产业园区|园区|经济开发区|开发区|功能区)|口岸|边境县市|边境县|(?:远郊|近郊|郊)区县|郊县|旗县市区|旗县区|旗县市|旗县|盟市|县市区|区县市|市县区|县市|市县|县区|区县|省辖市|设区市|地级市|县级市|市辖区|板块|市州|州市|师市|县|区|市|地市)(?:\\([旗县市区州、]{1,5}\\)[区市]?)?';
// 两区五县, 一市两区四县: a group counted by kind, its size the sum of the counts.
export const COUNTED = `(?:(?:${COUNT}个?(?:区|县|市|旗)){2,3}(?![县市区旗])|${COUNT}个?${KINDS})`;
// 居渝东北11个区县第3位, 居主城都市区21个区第6位, 居川南经济区第5位: a province's named region (its short
// name and direction, bare before the count or ordinal, or with 经济区/地区; a city's 主城都市区), kept as written
// (session 38, fix266; F5461).
const PROVINCE_SHORT = '[渝川黔滇陕甘鄂湘豫皖赣闽浙苏鲁冀晋辽吉黑粤桂琼蒙宁青藏新]';
/**
 * 渝东北, 川南经济区, 渝西地区, 主城都市区: a province's named region a county ranks within. 渝东北翼11个区县: the
 * region named as a wing (翼) of the province (session 46, fix406, F8258).
 */
const NAMED_REGION = `(?:${PROVINCE_SHORT}[东南西北]{1,2}(?:经济区|地区)|${PROVINCE_SHORT}[东南西北]{1,2}翼?(?=${COUNT}个?[区县市]|第)|主城都市区)`;
// 全市核心区, 全市主城区, 全市东北片区: a class of the parent's districts, counted (全市东北片区11个区县)
// or of no size the text gives; a province's own area, its short name before the direction (渝东片区,
// 鄂西北片区), stands for itself. 八县区, 13个县（市、区）: a counted group may stand without its parent;
// 位居主城区第一位: so may the class, the parent left unsaid.
// 位列省级经济开发区第N名, 居全省国家级高新区第3位: a class of zones the province ranks its parks within
// (session 28, fix88b). 居全市生态涵养区第N位, 居全市平原新城第N位: a capital's class of districts by their
// planned role (session 32, fix141).
// 居山区N县第M位: a province's named group of its counties (山区, 海岛), counted, its parent left unsaid (session 33, fix149).
const CLASS = `(?:山区(?=\\d)|海岛(?=\\d)|核心区|主城区|中心城区|生态涵养区|平原新城|(?:省级|国家级)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|产业园区)|(?:[渝川黔滇陕甘鄂湘豫皖赣闽浙苏鲁冀晋辽吉黑粤桂琼蒙宁青藏新])?[东南西北中]{1,2}部?片区|${NAMED_REGION})`;
// 全国百强县, 全国综合实力百强县市, 全省县域经济十强: a league table the parent's places are ranked in,
// kept as written (the model's scope is text; the league is what the rank is within). 居百强县第3位: the league
// alone, its parent said before (a 百强县 page's sub-index ranks; fix289, F5994).
const LEAGUE = '(?:[\\u4e00-\\u9fa5]{0,8}?(?:百|五十|三十|二十|十)强(?:县市|县区|县|市)?)';
const LEAGUE_SCOPE = new RegExp(`^${PARENT}${LEAGUE}$`);
// 居全省县（市）第N位: the parent's places of a kind, not counted, right before the ordinal (session 31, fix110);
// the scope is the parent (KIND_SCOPE), as 在全省N个县（市）中 gives it.
const KIND_SCOPE = new RegExp(`^(${PARENT})${KINDS}$`);
/**
 * 居郊区县第二位, 居全市远郊区县首位: a capital's or municipality's suburban districts and counties (郊区县, 远郊区县),
 * the group a suburban district ranks within, its parent said or left unsaid (session 47, fix412, F8441).
 * 增幅居郊区第4位: Shanghai's suburban districts, its counties gone, written 郊区 alone (session 49, fix446, F9462).
 */
const SUBURBS = '(?:远郊|近郊|郊)区县?';
export const SCOPE_AFTER = `(?:${PARENT}${LEAGUE}(?=第)|${PARENT}${KINDS}(?=第|首位)|${SUBURBS}(?=第|首位)|${PARENT}(?:县域|${CLASS}(?:${COUNTED})?|${COUNTED})?(?:各${KINDS})?|${COUNTED}|${CLASS}(?:${COUNTED})?|${LEAGUE}(?=第))`;
const REGION_SCOPE = new RegExp(`^${NAMED_REGION}`);
/** A scope written before 排名 (全省排名第五, 全省县域排名第6位, 六县市排名第三). */
export const SCOPE_BEFORE = `(?:全国|全省|全市|全区|全州)(?:县域)?|${COUNTED}`;
const COUNTED_ONLY = new RegExp(`^${COUNTED}$`);
/**
 * 在全市县域经济考核中, 在全省县域经济综合评价中: an appraisal the parent holds, ranking something of its own;
 * 在北岭市2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核中: its year said before a long name, the year no
 * part of the name (session 28, fixleft28b); 在全市上半年县域经济…监测评价中: the period of its edition, after the
 * parent, no part of the name either (session 34, fix171).
 */
export const APPRAISAL = new RegExp(
  `^(${PARENT})(?:\\d{4}年度?)?(?:上半年|下半年|前三季度|[一二三四]季度)?((?:县域)?[\\u4e00-\\u9fa5]{0,24}?(?:考核|考评|评价|评比|比拼|监测|点评|排名|排序))$`,
);
/**
 * 在全省省级开发区综合发展水平考核评价中位列第N位: the class of zones (省级开发区) an appraisal's name opens with
 * after its parent is the group the zone is ranked within, as 位列省级经济开发区第N名 writes it after the appraisal;
 * the appraisal is the kind's (开发区综合发展水平考核评价). A park's 省级园区综合评价 keeps its name whole (a
 * county's page names its park's rank as written). Session 36, fix235.
 */
const APPRAISED_CLASS =
  /^(省级|国家级)(?=(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区)[\u4e00-\u9fa5]{2})/;

/** The class scope and the appraisal an appraisal's name (APPRAISAL's second group) opens with; null when none. */
export function appraisedClass(name: string): { scope: string; subject: string } | null {
  const level = APPRAISED_CLASS.exec(name)?.[1];
  if (!level) return null;
  const subject = name.slice(level.length);
  const kind = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区)/.exec(subject)?.[0];
  return { scope: `${level}${kind ?? ''}`, subject };
}

/** 在全省开发区2024年度综合发展水平考核评价中，: the group or appraisal a sentence opens with, before its first clause ends. */
const OPENING_WITHIN = /^在([^,;。]{2,40}?)中,/;
/**
 * 在全省开发区2024年度综合发展水平考核评价中，园区位列省级经济开发区第N名: the appraisal a sentence opens
 * with, in a clause of its own before the rank, is what is ranked; the year it names is the appraisal's
 * edition, no part of its name. Session 28, fix88b.
 */
export function openingAppraisal(before: string): string | null {
  const within = OPENING_WITHIN.exec(before)?.[1];
  if (!within) return null;
  return APPRAISAL.exec(within.replace(/(?:19|20)\d{2}年度?/, ''))?.[2] ?? null;
}

/** 我县, 本县: the report's own place named as such, no words of what is ranked (在…评价中，我县位列…第N位). */
export const SELF_ONLY = /^(?:我|本)(?:县|市|区|旗)$/;
/**
 * 在全省开发区…考核中，开发区位次由上年的第M位提升至第N位: a zone's page names the zone by its kind (开发区, 园区,
 * 高新区) or by the word for its place in a list alone (位次, 排名; the zone's own name is read off before); with the appraisal the sentence opens with,
 * that is the report's own place too, no words of what is ranked (session 40, fix296b).
 */
export const SELF_ZONE =
  /^(?:(?:我|本)(?:县|市|区|旗)|(?:我|本)?(?:经济开发区|开发区|经开区|高新区|工业园区|园区))?的?(?:位次|排名|排位|名次)$|^(?:我|本)?(?:经济开发区|开发区|经开区|高新区|工业园区|园区)$/;
/**
 * 在全省县域经济发展质量监测中，我县前三季度综合排名居全省N个县（市）第M位: the report's own place and its
 * composite standing (综合排名, 综合), perhaps after the period, name no indicator: the appraisal the sentence
 * opens with is what is ranked (fix280).
 */
export const SELF_COMPOSITE =
  /^(?:(?:我|本)(?:县|市|区|旗))?(?:前三季度|上半年|一季度|[一二三四]季度|全年|1-\d{1,2}月)?的?(?:综合排名|综合排位|综合)$/;
/** What an appraisal is named: 营商环境评价, 县域经济考核. */
const APPRAISED = /(?:考核|考评|评价|评比|比拼|监测|点评)$/;

/**
 * 在全区营商环境评价中，我县位列M个县第N位，较上年提升K位；在某市M个县中排名第N位: a rank after a ；, with no
 * words of its own and no figure since the rank before it on its line, goes on about the appraisal that rank
 * was of (session 29, fix95). Null when the rank before is no appraisal's or a figure stands between.
 */
export function carriedAppraisal(
  previous: Ranking | undefined,
  lineStart: number,
  start: number,
  figures: readonly Fact[],
): string | null {
  if (!previous || previous.indicatorCode !== null || !APPRAISED.test(previous.subject)) return null;
  if (previous.provenance.start < lineStart) return null;
  const between = figures.some(
    (f) => f.provenance.start > previous.provenance.end && f.provenance.start < start,
  );
  return between ? null : previous.subject;
}

// The shortest name ending in a region suffix that is not itself followed by one: 南州市, not 南州.
const SCOPE =
  /^(全?兵团(?=[\d一二两三四五六七八九十第]|$)|[\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|县|区|州|盟))(?![省市县区州盟])/;
const GROUP =
  /([一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:(?:重点|省级|国家级)?(?:园区|开发区)|口岸|边境县|(?:远郊|近郊|郊)区县|郊县|省辖市|设区市|地级市|板块|盟市|师市|旗|县|区|市|镇|乡|地市|城市|省)/;

/** The size of a group of places a text names: 八县(市、区) → 8, 全市6个县 → 6; null if none. */
export function groupSize(text: string): number | null {
  const byKind = BY_KIND.exec(text)?.[0];
  if (byKind)
    return [...byKind.matchAll(new RegExp(GROUP.source, 'g'))].reduce(
      (sum, m) => sum + countOf(m[1] ?? ''),
      0,
    );
  const group = GROUP.exec(text);
  if (!group?.[1]) return null;
  return countOf(group[1]);
}

/** 两区五县 → 7: the places of a group counted kind by kind. */
const BY_KIND = /(?:(?:[一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:区|县|市|旗)){2,3}(?![县市区旗])/;
const countOf = (written: string) =>
  /^\d+$/.test(written) ? Number(written) : (chineseNumeral(written) ?? 0);

/** 在霓州市9个县(市、区)中, 在塔岚地区8个县市中 (a Xinjiang prefecture): the named parent a counted group belongs to;
 * 甲市共N个县（区）, 甲市下辖N个县: a note counting the parent's places with 共/辖 (session 35, fix194). */
const NAMED_GROUP = new RegExp(
  `([\\u4e00-\\u9fa5]{1,12}?(?:省|市|州|盟|地区))(?:所辖|下辖|共辖|共有|共)?${COUNTED}`,
);

/** The parent a text names for a counted group of places (霓州市9个县 → 霓州市); null if none or 全市. */
export function groupParent(text: string): string | null {
  // The lazy name starts where the words do: 位次为在霓州市 is 霓州市 after its verb.
  const parent = NAMED_GROUP.exec(text)?.[1]?.replace(/^.*[在为是]/, '');
  return parent && parent.length >= 2 && !/^全/.test(parent) ? parent : null;
}

/** The scope word that stands for a named parent: 霓州市 → 全市, 塔岚地区 → 全地区. */
export function parentScopeWord(parent: string): string {
  return parent.endsWith('地区') ? '全地区' : `全${parent.at(-1) ?? ''}`;
}

const GROUP_BEFORE = new RegExp(`在((?:${PARENT})?(?:${COUNTED}|各${KINDS})[^;。]{0,30}?)中`, 'g');

/**
 * 经济总量方面，五县中甲县、乙县分列前两位，我县居第3位: a counted group opening a clause with 中 right after
 * it, 在 left unsaid (the count makes it a group, not a subject).
 */
const GROUP_OPENING = new RegExp(`(?:^|[,;:。])((?:${PARENT})?${COUNTED})中`, 'g');

/**
 * The last group of places named with 在…中 (or opening a clause with 中) in a text: 在全市8个县（市、区）中 →
 * 全市8个县(市、区); 五县中 → 五县.
 */
export function groupBefore(text: string): string | null {
  let last: string | null = null;
  let lastAt = -1;
  for (const pattern of [GROUP_BEFORE, GROUP_OPENING]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      if (m.index > lastAt) [last, lastAt] = [m[1] ?? null, m.index];
  }
  return last;
}

/** How far back a rank looks for the group it is in (在全市8个县中…): its paragraph's opening, never pages away. */
const GROUP_REACH = 2000;

/**
 * The text before a rank at `at` that `groupBefore` reads: from the line's start, or, on a line longer than
 * GROUP_REACH before the rank, from the first clause mark in reach (a group cut at the reach's edge is no
 * group opening a clause). So every rank of a megabyte line with no stop costs the same.
 */
export function groupTextBefore(folded: string, lineStart: number, at: number): string {
  if (at - lineStart <= GROUP_REACH) return folded.slice(lineStart, at);
  const mark = folded.slice(at - GROUP_REACH, at).search(/[,;:。]/);
  return mark < 0 ? '' : folded.slice(at - GROUP_REACH + mark, at);
}

/**
 * The scope a rank's phrase writes (`scopeText`): an appraisal's parent (在全市县域经济考核中 → 全市), the
 * province's counties as written (全省县域: SCOPE would cut it to 全省县), else the shortest region name;
 * with none written, the scope of the rank before (`lastScope`: 排名第4，…排名第3 are in the same group).
 */
export function writtenScope(
  scopeText: string,
  appraisal: RegExpExecArray | null,
  lastScope: string,
): string {
  if (appraisal) return appraisedClass(appraisal[2] ?? '')?.scope ?? appraisal[1] ?? '';
  if (!scopeText) return lastScope;
  if (LEAGUE_SCOPE.test(scopeText)) return scopeText;
  // 全市市辖区: the parent's districts, 市 twice (SCOPE would read 全市市).
  const kind = scopeText.endsWith(')') || scopeText.endsWith('市辖区') ? KIND_SCOPE.exec(scopeText) : null;
  if (kind?.[1]) return kind[1];
  // 渝东北11个区县: the region's bare name, no suffix SCOPE could end it at.
  const region = REGION_SCOPE.exec(scopeText)?.[0];
  if (region) return region;
  return /县域$/.test(scopeText) ? scopeText : (SCOPE.exec(scopeText)?.[1] ?? scopeText);
}

/**
 * The group a rank is in and its size: with no scope (`scope` ''), the group named with 在…中 in the `textBefore`
 * it (在全市8个县（市、区）中，地区生产总值增速排名第4, 在16个县市区…综合排名中，我县由第12位上升到第6位, in its
 * sentence or an earlier one of its paragraph); the size the group gives, else the one `inherited` from the
 * rank before, else the count written after the scope's name, else (六县市排名第三) the counted group alone.
 */
export function rankGroup(
  scopeText: string,
  scope: string,
  inherited: number | null,
  textBefore: string,
): { scope: string; of: number | null } {
  const group = scope ? null : groupBefore(textBefore);
  if (group) return { scope: SCOPE.exec(group)?.[1] ?? '', of: groupSize(group) };
  return {
    scope,
    of:
      inherited ??
      groupSize(scopeText.slice(scope.length)) ??
      (COUNTED_ONLY.test(scopeText) ? groupSize(scopeText) : null),
  };
}
