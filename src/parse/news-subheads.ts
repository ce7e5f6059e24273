// News pages head each paragraph with a short line that repeats (or rounds) one of its figures
// (经济总量预计276亿元, 旅游接待突破800万人次, 2013预期目标): a subhead is page layout, no sentence
// of the report, so its figure is no fact of its own.

import type { Line } from './lines.js';
import { rules } from './rules.js';

const SUBHEAD_MAX = 20;
/** Any sentence or clause punctuation, a bracket, a cell bar or a tab: a subhead has none. */
const PUNCTUATED = /[。;；:：,，、!！?？()（）[\]【】|\t]/;
const HAN = /[\u4e00-\u9fff]/g;
/** A paragraph's line ends a sentence somewhere; a list line starts with a bullet. */
const PARAGRAPH = /[。;；]/;
/** 2013预期目标, 主要目标任务: a line announcing the goals below, which the goal reader reads as prose. */
const GOAL_LEAD = /目标|任务|指标安排/;
/** A list item's mark: a bullet or a dash (——规上工业增加值同比增长7.7%). */
const BULLET = /^(?:[●○■□◆◇▲△★☆•·]|—|-(?!\d))/;

/**
 * Whether lines[i] is a news subhead: short, unpunctuated, with a figure and at least two Chinese
 * characters, after a finished sentence, a short word heading or nothing, and heading a longer paragraph or a bullet list.
 */
export function isNewsSubhead(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  const text = lines[i]?.text ?? '';
  if (text.length > SUBHEAD_MAX || !/\d/.test(text) || PUNCTUATED.test(text) || BULLET.test(text))
    return false;
  if ((text.match(HAN)?.length ?? 0) < 2 || GOAL_LEAD.test(text)) return false;
  const previous = filled(lines, i, -1, skip);
  // After a finished sentence or a short word heading (回顾): a line left open may run on into this
  // one, and a short line with a figure before it makes a run of data cards (甲9.36亿元 / 同比增长8.1%).
  if (
    previous &&
    !/[。;；!！?？]$/.test(previous.text) &&
    (previous.text.length > SUBHEAD_MAX || /\d/.test(previous.text))
  )
    return false;
  // 运行情况如下： announces a list, whose items are figures however short.
  if (previous && /[:：]$/.test(previous.text)) return false;
  const next = filled(lines, i, 1, skip);
  if (!next) return false;
  return BULLET.test(next.text) || (next.text.length > text.length && PARAGRAPH.test(next.text));
}

/** The nearest line with content before (-1) or after (1) lines[i], past blank and dropped lines. */
function filled(lines: readonly Line[], i: number, step: 1 | -1, skip: ReadonlySet<number>): Line | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    const line = lines[k];
    if (!line || line.text === '' || skip.has(line.number) || rules.junk.test(line.text)) continue;
    return line;
  }
  return null;
}
