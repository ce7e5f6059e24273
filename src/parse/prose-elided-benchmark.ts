// 高于全市平均水平1.9个百分点、全省平均水平2.3个百分点 (session 19, fixtanling): a second margin listed
// after 、 with the comparison's verb left out; its benchmark alone stands before its figure. It is a
// comparison of the same subject, the same way as the first.

import type { Figure } from './numbers.js';
import type { Link } from './prose-links.js';

/** 全省平均水平, 全国平均, 省平均水平, 全市: a place's scope alone, with or without its average. */
const BARE_BENCHMARK =
  /^(?:全国|全省|全市|全州|全区|全盟|全县|省|市|州)(?:平均水平|平均|水平|平均增速|增速)?$/;

/**
 * 禾漳市平均水平, 某州平均: the parent named by its name, with its average (高于全省0.6个百分点、某市平均水平0.3个
 * 百分点; session 28, fix93). The average word is required: a name alone may be an indicator's.
 */
const NAMED_AVERAGE = /^[\u4e00-\u9fa5]{1,6}[省市州盟](?:平均水平|平均)$/;
const NAMED_AVERAGE_WORD = /(?<=[省市州盟])(?:平均水平|平均)$/;

/**
 * The link of a figure whose clause is only a benchmark listed after the comparison before it (、
 * between them), or null. `clause` is the text from the figure before up to this one.
 */
export function elidedComparison(clause: string, figure: Figure, before: Link | null): Link | null {
  if (before?.kind !== 'comparison' || before.benchmark === '' || figure.quantity.baseUnit !== 'pp')
    return null;
  const listed = /^\s*、\s*(.*?)\s*$/.exec(clause)?.[1];
  if (!listed || !(BARE_BENCHMARK.test(listed) || NAMED_AVERAGE.test(listed))) return null;
  // The place alone, as the first comparison's benchmark is written (全省平均水平 → 全省).
  const benchmark = listed
    .replace(/(?<=^全?[国省市州区盟县])(?:平均水平|平均|水平|平均增速|增速)$/, '')
    .replace(NAMED_AVERAGE_WORD, '');
  return { kind: 'comparison', sign: before.sign, benchmark };
}
