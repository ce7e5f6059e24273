// A county's standing in a ranked list of counties (a 百强县 list and its part scores): 峤霞综合实力排名第6位,
// 县域创新能力排名第8位 name what the list ranks, no catalogue indicator and no figure of the sentence (F6681).

import type { OwnPlace } from './prose-rank-subject.js';

/**
 * 综合实力, 县域经济综合竞争力, 县域创新能力, 县域发展潜力指数: what a list of counties ranks them by, as its
 * publishers and the counties' pages name it. A bare word before it (福清综合实力) is another place's, not matched.
 */
const STANDING =
  /^(?:县域)?(?:经济)?(?:综合|基本|科技)?(?:实力|竞争力|创新能力|创新活力|创新力|发展潜力|投资潜力|发展水平)(?:指数)?$/;

/** The report's own name and its stem (峤霞市, 峤霞) a clause may open with before the standing. */
function withoutOwnName(words: string, ownPlace: OwnPlace | null): string {
  if (!ownPlace) return words;
  const stem = ownPlace.name.replace(/(?:自治县|自治州|市|县|区|旗|州|盟)$/, '');
  for (const name of [ownPlace.name, stem])
    if (name.length >= 2 && words.startsWith(name)) return words.slice(name.length).replace(/^的/, '');
  return words;
}

/**
 * The standing a rank's clause names (its words without the group, perhaps after the report's own name), or
 * null: 峤霞县域创新能力 → 县域创新能力 (the stem before 县域 is the report's, not a county 峤霞县).
 */
export function listStanding(clauseWords: string, ownPlace: OwnPlace | null): string | null {
  const words = withoutOwnName(clauseWords.replace(/\s+/g, ''), ownPlace);
  return STANDING.test(words) ? words : null;
}

/**
 * 在2023年全国综合实力百强县中位列第38位: a rank within a 百强 list named by its standing is of that standing,
 * not of the figure before it (it was read as the income just given) when the clause has no words of its own.
 */
const LIST_GROUP =
  /^在?(?:\d{4}年度?)?(?:第[一二三四五六七八九十]+届)?(?:全国|中国)([\u4e00-\u9fa5]{2,14}?)百强县(?:（市）|\(市\)|市)?(?:榜单?)?中?$/;

/** The standing a rank's group names when the group is a 百强 list of counties (综合实力百强县), or null. */
export function listGroupStanding(scopeText: string): string | null {
  const standing = LIST_GROUP.exec(scopeText.replace(/\s+/g, ''))?.[1] ?? '';
  return STANDING.test(standing) ? standing : null;
}
