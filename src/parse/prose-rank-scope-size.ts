// The size of the group a bare scope word's ranks are in, when the text counts it only where it places
// itself among the parent's places as a whole (多项指标增速位列全市16个区前列, 主要指标均居全省12个地市前列)
// and then ranks each indicator 位列全市第4, 居全省第3位 with no count: those ranks are among the same places.

import { COUNTED, groupSize } from './prose-rank-group.js';
import type { Ranking } from './types.js';

/** 位列全市16个区前列, 居全省12个地市前列, 进入全市9个县（市、区）前三: a scope word, its counted places, a band. */
const PLACED_IN_BAND = new RegExp(
  `(?:位列|位居|居于?|列|排名?|排在|进入|跻身)(全[省市州盟区])(${COUNTED})(?:前列|前茅|上游|前[一二三四五六七八九十\\d]{1,2}(?:位|名)?)`,
  'g',
);

/**
 * Ranks scoped by a bare word (全市) whose size the rank does not write: the size the text gives where it
 * places itself among that word's places in a band, when it gives one size for that word.
 */
export function sizeScopesFromBand(rankings: Ranking[], text: string): void {
  sizeScopesFrom(rankings, text, PLACED_IN_BAND);
}

/**
 * 注：全市排名为在甲市7个县区中的位次, 全省排位指在12个地市中的排名: a note saying which counted places a
 * bare scope word's ranks are among (session 33, fix146). The parent named in between is at most a few words.
 * 全市位次为在甲市N个县（市、区）中按增速排列的位次: the order the ranks are by said before 位次 (session 37, fix243).
 */
const NOTE_GROUP = new RegExp(
  `(全[省市州盟区])(?:排名|排位|位次)(?:均|皆)?(?:为|是|系|指)(?:在|按)?(?:[\\u4e00-\\u9fa5]{1,8}?(?:省|市|州|盟|地区))?(${COUNTED})(?:中|之中|内)(?:按[\\u4e00-\\u9fa5]{1,6}?(?:排列|排序))?的?(?:排名|位次|排位|名次)`,
  'g',
);

/** Ranks scoped by a bare word (全市) with no size, sized from a note that counts that word's places. */
export function sizeScopesFromNote(rankings: Ranking[], text: string): void {
  if (!rankings.some((r) => r.of === null) || !(text.includes('位次') || text.includes('排名'))) return;
  sizeScopesFrom(rankings, text, NOTE_GROUP);
}

/**
 * Sizes each bare-word rank with no size from the matches of `form` (group 1 the scope word, group 2 its
 * counted places), when the text gives one size for that word and the rank fits in it.
 */
function sizeScopesFrom(rankings: Ranking[], text: string, form: RegExp): void {
  const sizes = new Map<string, Set<number>>();
  for (const m of text.matchAll(form)) {
    const size = groupSize(m[2] ?? '');
    if (!m[1] || !size) continue;
    sizes.set(m[1], (sizes.get(m[1]) ?? new Set()).add(size));
  }
  for (const ranking of rankings) {
    const written = sizes.get(ranking.scope);
    const size = written?.size === 1 ? [...written][0] : undefined;
    if (ranking.of === null && size !== undefined && ranking.rank <= size) ranking.of = size;
  }
}
