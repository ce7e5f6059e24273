// The parent a rank's 全市 stands for, when the text names it only where it credits the figures
// (根据榕岚市地区生产总值统一核算结果，…增速居全市第二位) or where it places itself among the parent's
// places (多项指标增速位居辽岑市前列，…居全市7个县（市）区第2位): the county ranked among that parent's places.
// Where the placing counts the parent's places (居楚岷州8县市第2位，…居全州第1位), a 全州 rank of no size
// is among those same places. A county naming its parent only beside the province in a programme
// (列入省、湓州市重点调度的项目, 省、宁岑市级重点项目) names its 全市 too; so does a text writing the parent
// right before its own place (在椰澜市蕊溪区…会议上).

import { isGenericRegion } from './meta.js';
import { COUNTED, groupSize } from './prose-rank-group.js';
import type { Ranking } from './types.js';

/** 根据某某市地区生产总值统一核算结果, 据某某市统一核算, 据塔岚地区统一核算 (a Xinjiang prefecture, whose
 * places rank 全地区): the parent whose accounting the figures come from. */
const ACCOUNTING_PARENT =
  /(?:根据|依据|据|按)([\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟|地区))(?:[\u4e00-\u9fa5]{0,12}?)统一核算/;

/** 位居辽岑市前列, 居某某市第3位, 列某某州前茅, 居某某州8县市第2位: a parent named where the text places
 * itself among its places, with the count of those places when written. */
const PLACED_AMONG = new RegExp(
  `(?:位居|位列|居于?|列|排名?|排在)([\\u4e00-\\u9fa5]{2,8}?(?:省|市|州|盟|地区))(${COUNTED})?(?:前列|前茅|第)`,
  'g',
);

/** 在某某市16个区中位列第5, 在某某州8县市中居第2位: the parent named before the verb, with its count (a plan
 * outline's evaluation places its total so). */
const PLACED_IN = new RegExp(
  `在([\\u4e00-\\u9fa5]{2,8}?(?:省|市|州|盟|地区))(${COUNTED})中(?:位列|位居|居于?|列|排名?|排在)第`,
  'g',
);

/** 列入省、某某市重点调度的项目, 省、某某市级重点项目: the parent named beside the province. */
const LISTED_PARENT = /省、([\u4e00-\u9fa5]{2,8}?(?:市|州|盟))级?重点/;

const parentName = (name: string | undefined): string | null =>
  name && name.length >= 2 && !isGenericRegion(name) && !/^全/.test(name) ? name : null;

/** The parent a text's 统一核算 clause names (榕岚市); null when it names none or only 全市. */
export function accountingParent(text: string): string | null {
  return parentName(ACCOUNTING_PARENT.exec(text)?.[1]);
}

/** The parent a 省、某某市重点 programme names beside the province; null when none, or it is the text's own place. */
export function listedParent(text: string, own: string | null): string | null {
  const name = parentName(LISTED_PARENT.exec(text)?.[1]);
  return name && name !== own && !/[全本我该各]/.test(name) ? name : null;
}

/** A parent right before a place: after a line's or clause's start or 在/于, 2–6 characters ending 市/州/盟/地区. */
const PARENT_BEFORE = /(?:[\s,.;:、“”(（]|在|于)((?![在于]|中共)[\u4e00-\u9fa5]{2,6}?(?:市|州|盟|地区))$/;
/** How far before a place PARENT_BEFORE can reach: its opening character, six, and 地区. */
const PARENT_REACH = 9;

/**
 * 在椰澜市蕊溪区第六届人民代表大会…, a signature 椰澜市蕊溪区人民代表大会财政经济委员会: the parent written
 * right before the report's own place, at a line's or a clause's start or after 在/于.
 */
export function prefixedParent(text: string, own: string | null): string | null {
  if (!own || own.length < 2 || /[^\u4e00-\u9fa5]/.test(own)) return null;
  // 黔溆州务篁中药材…产业园项目: a project's name writes the parent before the place's stem (务篁, its 县
  // dropped); a stem of two characters at least, so that no one-character stem matches at random.
  const stem = own.replace(/(?:自治县|县|市|区|旗)$/, '');
  const places = stem.length >= 2 && stem !== own ? [own, stem] : [own];
  const names = new Set<string>();
  // Each place found by indexOf, then only the characters before it tested: one regular expression run
  // over the whole text at every position cost three times as much once the stem was added (session 24).
  for (const place of places)
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
      const from = Math.max(0, at - PARENT_REACH);
      // The text's start reads as a line's: a newline before it, as \s takes one elsewhere.
      const before = (from === 0 ? '\n' : '') + text.slice(from, at);
      const name = parentName(PARENT_BEFORE.exec(before)?.[1]);
      if (name && name !== own && !/[全本我该各]/.test(name)) names.add(name);
    }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

interface Placed {
  name: string;
  /** How many places the text counts in it (居楚岷州8县市第2位 → 8); null when no one count is written. */
  size: number | null;
}

/** The one parent the text places itself in and the count it gives; null when none, or two of a level. */
export function placedGroup(text: string, suffix: string, own: string | null): Placed | null {
  const names = new Set<string>();
  const sizes = new Set<number>();
  for (const m of text.matchAll(PLACED_AMONG)) {
    // 排名全市第2位, 居全市7个县…: a scope word (or words before it) is no name.
    const name = /[全本我该各]/.test(m[1] ?? '') ? null : parentName(m[1]);
    if (!name?.endsWith(suffix) || name === own) continue;
    names.add(name);
    const size = m[2] ? groupSize(m[2]) : null;
    if (size) sizes.add(size);
  }
  // 在某某市16个区中位列第5: the parent only; whether its count sizes a 全市 rank of another clause is left
  // open (maocheng's answer gives none, as luanbo's 全市 rank after 居燕沣市16个县（市、区）第5位).
  for (const m of text.matchAll(PLACED_IN)) {
    const name = parentName(m[1]);
    if (name?.endsWith(suffix) && name !== own && !/[全本我该各]/.test(name)) names.add(name);
  }
  const name = names.size === 1 ? [...names][0] : undefined;
  if (!name) return null;
  return { name, size: sizes.size === 1 ? ([...sizes][0] ?? null) : null };
}

/** The one parent the text places itself in (位居辽岑市前列); null when it names none, or two of a level. */
export function placedParent(text: string, suffix: string, own: string | null): string | null {
  return placedGroup(text, suffix, own)?.name ?? null;
}

/** Ranks scoped 全市 (全州, 全盟, 全省) in a text that names that parent: scoped to it by name. */
export function nameParentScopes(rankings: Ranking[], text: string, own: string | null = null): void {
  const accounting = accountingParent(text);
  const listed = listedParent(text, own);
  const prefixed = prefixedParent(text, own);
  for (const ranking of rankings) {
    const scope = /^全([省市州盟]|地区)$/.exec(ranking.scope)?.[1];
    if (!scope) continue;
    const placed = placedGroup(text, scope, own);
    const parent = accounting?.endsWith(scope)
      ? accounting
      : (placed?.name ?? (listed?.endsWith(scope) ? listed : prefixed?.endsWith(scope) ? prefixed : null));
    if (!parent) continue;
    ranking.scope = parent;
    if (ranking.of === null && placed?.name === parent && placed.size) ranking.of = placed.size;
  }
}
