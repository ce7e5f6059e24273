// A paragraph that opens with an indicator's name as a sentence of its own, then gives the figure
// with no name (地区生产总值。预期目标：增长9%左右。, a plan's list of goals by field): the figure is
// the label's.

import type { Figure } from './numbers.js';
import { joinIndicator, leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import type { SentenceWork } from './prose-sentence-work.js';
import type { Sentence } from './types.js';

/**
 * （一）地区生产总值。预期目标：…: the field's item number before its name; or the dash or bullet of a
 * list of results (——地区生产总值。预计完成…), the way Guizhou's plan reports set out their indicators.
 */
const ITEM_NUMBER =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.．]|[—–]{1,2}|-{1,2}(?!\d)|[●•·])/;

/** 500万元以上, 5000万元及以上: the size of the projects or firms an indicator's name counts. */
const SIZE_BAR = /^\d+(?:万元|亿元)(?:及)?以上/;

/**
 * The indicator a short sentence before this one on its line names and nothing else
 * (（八）节能减排。预期目标：…), or null.
 */
export function sentenceLabel(
  folded: string,
  sentence: Sentence,
  before: Sentence | undefined,
): NamedIndicator | null {
  // The label may be taken for a heading: a short line part with no figure.
  if (!before || before.line !== sentence.line) return null;
  const label = folded
    .slice(before.start, before.end)
    .replace(/[。.]\s*$/, '')
    .replace(/\s+/g, '')
    .replace(ITEM_NUMBER, '');
  // 500万元以上项目固定资产投资: a size bar's figure is part of the name, not a figure of its own.
  const bare = label.replace(SIZE_BAR, '');
  if (bare === '' || label.length > 20 || /[\d,，、;；:：]/.test(bare)) return null;
  const named = leadingIndicator(label);
  // The label is the name and nothing else.
  return named && named.name === label.toLowerCase() ? named : null;
}

export function labelSubject(
  folded: string,
  first: Figure | undefined,
  before: Sentence | undefined,
  /** The sentence's shared work: its label and its first clause, which other stages read too. */
  work: SentenceWork,
): NamedIndicator | null {
  const named = first ? work.label(before) : null;
  if (!first || !named) return null;
  const clause = folded.slice(work.firstClauseStart(first), first.start);
  return joinIndicator(clause, work.firstClauseKey(first)) === null ? named : null;
}
