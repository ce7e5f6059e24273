// The parent a rank's 全市 stands for, when the text names it only where it credits the figures
// (根据榕岚市地区生产总值统一核算结果，…增速居全市第二位) or where it places itself among the parent's
// places (多项指标增速位居辽岑市前列，…居全市7个县（市）区第2位): the county ranked among that parent's places.

import { isGenericRegion } from './meta.js';
import type { Ranking } from './types.js';

/** 根据某某市地区生产总值统一核算结果, 据某某市统一核算: the parent whose accounting the figures come from. */
const ACCOUNTING_PARENT =
  /(?:根据|依据|据|按)([\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟))(?:[\u4e00-\u9fa5]{0,12}?)统一核算/;

/** 位居辽岑市前列, 居某某市第3位, 列某某州前茅: a parent named where the text places itself among its places. */
const PLACED_AMONG =
  /(?:位居|位列|居于?|列|排名?|排在)([\u4e00-\u9fa5]{2,8}?(?:省|市|州|盟))(?:前列|前茅|第)/g;

const parentName = (name: string | undefined): string | null =>
  name && name.length >= 2 && !isGenericRegion(name) && !/^全/.test(name) ? name : null;

/** The parent a text's 统一核算 clause names (榕岚市); null when it names none or only 全市. */
export function accountingParent(text: string): string | null {
  return parentName(ACCOUNTING_PARENT.exec(text)?.[1]);
}

/** The one parent the text places itself in (位居辽岑市前列); null when it names none, or two of a level. */
export function placedParent(text: string, suffix: string, own: string | null): string | null {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACED_AMONG)) {
    // 排名全市第2位, 居全市7个县…: a scope word (or words before it) is no name.
    const name = /[全本我该各]/.test(m[1] ?? '') ? null : parentName(m[1]);
    if (name?.endsWith(suffix) && name !== own) names.add(name);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

/** Ranks scoped 全市 (全州, 全盟, 全省) in a text that names that parent: scoped to it by name. */
export function nameParentScopes(rankings: Ranking[], text: string, own: string | null = null): void {
  const accounting = accountingParent(text);
  for (const ranking of rankings) {
    const scope = /^全([省市州盟])$/.exec(ranking.scope)?.[1];
    if (!scope) continue;
    const parent = accounting?.endsWith(scope) ? accounting : placedParent(text, scope, own);
    if (parent) ranking.scope = parent;
  }
}
