// The parent a rank's 全市 stands for, when the text names it only where it credits the figures:
// 根据榕岚市地区生产总值统一核算结果，…增速居全市第二位 ranks the county among 榕岚市's places.

import { isGenericRegion } from './meta.js';
import type { Ranking } from './types.js';

/** 根据某某市地区生产总值统一核算结果, 据某某市统一核算: the parent whose accounting the figures come from. */
const ACCOUNTING_PARENT =
  /(?:根据|依据|据|按)([\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟))(?:[\u4e00-\u9fa5]{0,12}?)统一核算/;

/** The parent a text's 统一核算 clause names (榕岚市); null when it names none or only 全市. */
export function accountingParent(text: string): string | null {
  const name = ACCOUNTING_PARENT.exec(text)?.[1] ?? null;
  return name && name.length >= 2 && !isGenericRegion(name) && !/^全/.test(name) ? name : null;
}

/** Ranks scoped 全市 (全州, 全盟, 全省) in a text whose 统一核算 clause names that parent: scoped to it by name. */
export function nameParentScopes(rankings: Ranking[], text: string): void {
  const parent = accountingParent(text);
  if (!parent) return;
  for (const ranking of rankings) if (ranking.scope === `全${parent.at(-1)}`) ranking.scope = parent;
}
