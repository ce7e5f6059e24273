// Distributive lists: 存、贷款分别增长5.7%、12.4% and 城乡居民人均可支配收入分别… give one subject per
// figure; 接待游客…，旅游总收入…，分别增长8.2%和9.6% takes its subjects from the figures before it.

import type { Figure } from './numbers.js';
import type { Fact, Sentence } from './types.js';

/**
 * Expands 存、贷款分别增长5.7%、12.4% into one subject per figure: 存款, 贷款; and 城乡居民人均可支配
 *收入分别… into 城镇居民…, 农村居民….
 */
export function distributiveSubjects(clauseText: string): string[] | null {
  // 城乡居民…分别, 城镇和农村常住居民…预计分别
  const paired =
    /(?:城乡|城镇[和与及、]农村)([\u4e00-\u9fa5]{2,16}?)(?:预计|预测|初步核算|初步统计)?分别/.exec(
      clauseText,
    );
  if (paired?.[1]) return [`城镇${paired[1]}`, `农村${paired[1]}`];
  const m = /((?:[\u4e00-\u9fa5]{1,12}、)+[\u4e00-\u9fa5]{1,12})分别/.exec(clauseText);
  if (!m?.[1]) return null;
  const items = m[1].split('、');
  const last = items[items.length - 1] ?? '';
  return items.map((item, k) => {
    if (k === items.length - 1) return item;
    const head = item.length <= 2 ? item.length : 1;
    const suffix = last.slice(Math.min(head, last.length - 1));
    return item.endsWith(suffix) ? item : item + suffix;
  });
}

/** How many figures a list starting at `index` holds: 8.2%和9.6% → 2, 5.6%、7.1%和8.3% → 3. */
export function listLength(folded: string, figures: readonly Figure[], index: number): number {
  let length = 1;
  for (let k = index; k + 1 < figures.length; k++) {
    const gap = folded.slice(figures[k]?.end ?? 0, figures[k + 1]?.start ?? 0);
    if (!/^\s?[、和及与]\s?$/.test(gap)) break;
    length++;
  }
  return length;
}

/**
 * The subjects of the last `count` figures about different things in the same paragraph, in order:
 * what 分别 distributes over when the list names no subjects itself. Null when there are fewer.
 */
export function earlierSubjects(
  facts: readonly Fact[],
  sentences: readonly Sentence[],
  sentence: Sentence,
  count: number,
): string[] | null {
  if (count < 2) return null;
  const subjects: string[] = [];
  for (let k = facts.length - 1; k >= 0 && subjects.length < count; k--) {
    const fact = facts[k];
    if (!fact || sentences[fact.provenance.sentenceIndex]?.line !== sentence.line) break;
    if (fact.subject !== '' && !subjects.includes(fact.subject)) subjects.push(fact.subject);
  }
  return subjects.length === count ? subjects.reverse() : null;
}
