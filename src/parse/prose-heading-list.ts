// （六）城乡居民收入。年度目标分别增长8%和9%: a forecast report's item names its indicator in a label sentence
// of its own, and the next sentence gives the goals 分别 with no name before them. The list's names are the
// label's (城镇…, 农村… for 城乡…), read as if the label stood before 分别 (session 43, fix336, F6957).

import type { Sentence } from './types.js';

/** 年度目标, 全年预期目标: the only words before 分别 in the goal sentence. */
const GOAL_WORDS_ONLY = /^(?:年度|全年|年初)(?:预期)?目标$/;

/** （六）城乡居民收入。: a numbered item's label sentence, a name and its stop only. */
const LABEL_SENTENCE = /^\s*[(（]?[一二三四五六七八九十]{1,3}[)）、]\s*([\u4e00-\u9fa5]{2,16})[。.]?\s*$/u;

/**
 * The lead `lead` (the goal sentence's text up to its first figure) with the label sentence's name put
 * before it, or null when the sentence does not open with goal words and 分别 or no label comes right
 * before it on the same line.
 */
export function labelledListLead(
  sentences: readonly Sentence[],
  sentence: Sentence,
  lead: string,
): string | null {
  const at = lead.indexOf('分别');
  if (at < 0 || !GOAL_WORDS_ONLY.test(lead.slice(0, at).trim())) return null;
  const before = sentences[sentence.index - 1];
  if (!before || before.line !== sentence.line) return null;
  const name = LABEL_SENTENCE.exec(before.text)?.[1];
  return name ? `${name}${lead}` : null;
}
