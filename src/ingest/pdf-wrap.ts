// Whether a line stopped short of the right margin only because the next line's first word would not
// fit: text set ragged-right (LibreOffice, Word left-aligned) breaks before a run of digits or Latin
// letters with its closing punctuation (42.6%。, 60%；, 25.2:32.2:42.6。), never inside it, and leaves
// the gap unfilled. Where the margin is: a full line's end, not a line whose closing mark hung past it.

import type { PdfLine } from './pdf-lines.js';

/**
 * A run no line breaks inside: digits and Latin letters, then the marks that may not open a line; an
 * opening bracket or quote before them, which may not end one, goes with them (完成市下达任务 / （8000万美元）的…).
 * LibreOffice does not break between a closing mark and the digits of the next sentence either: 下降 /
 * 21.6%。82个县级重点项目 (a two-column booklet whose line stopped five ems short) broke before the whole of 21.6%。82.
 * A note mark set inline at the text's size ([1]) is glued to the run after it (fix229).
 */
const UNBREAKABLE_LEAD =
  /^(?:[[［]\d{1,2}[\]］])?[（(“‘]?[\dA-Za-z.,:∶%‰+\-/]+[。，、；：！？）)”’%‰]*(?:(?<=[。，、；：！？）)”’])[\d.]+)?/;

/**
 * A word of one or two characters in brackets (增速居甲市6个县 / （区）第3位): the opening bracket may not end a
 * line nor the closing one open it, so the three or four go on together (session 42, fix333).
 */
const BRACKETED_WORD = /^[（(][\u4e00-\u9fa5]{1,2}[）)]/;

/** A closing mark set in a whole em, which Chinese typesetting lets hang past the right margin. */
const HANGING_MARK = /[。，、；：！？）”’]$/;

/** How much of an em a run may overfill the gap it was measured against and still be the one that did not fit. */
const FIT_SLACK = 0.1;

const isHalfWidth = (ch: string) => /[\x20-\x7e]/.test(ch);

/**
 * How wide a half-width character is on `line`, in ems: measured from the line's own runs (a whole
 * em for each Chinese character, the rest shared by its digits and letters), half an em at least.
 */
export function halfWidthOf(line: PdfLine): number {
  let half = 0;
  let full = 0;
  let width = 0;
  for (const item of line.pieces.flatMap((p) => p.items)) {
    const chars = [...item.text];
    half += chars.filter(isHalfWidth).length;
    full += chars.filter((ch) => !isHalfWidth(ch)).length;
    width += item.end - item.x;
  }
  if (half === 0 || line.size <= 0) return 0.5;
  const measured = (width / line.size - full) / half;
  return Math.min(Math.max(measured, 0.5), 0.75);
}

/** Half-width characters at `half` ems, a whole em for the rest. */
function widthOf(text: string, size: number, half: number): number {
  return [...text].reduce((w, ch) => w + (isHalfWidth(ch) ? half : 1) * size, 0);
}

/** Whether a line that left `gap` unfilled before the margin was wrapped before `next`'s first run. */
export function wrappedBefore(gap: number, next: string, size: number, half = 0.5): boolean {
  const lead = UNBREAKABLE_LEAD.exec(next)?.[0] ?? BRACKETED_WORD.exec(next)?.[0];
  // A run that would fill the gap to the hair (3.6%。 after 下降) did not fit either: measured widths round.
  return lead !== undefined && gap < widthOf(lead, size, half) + FIT_SLACK * size;
}

/**
 * 133.06亿元: a number and the unit's first character after it, which LibreOffice keeps on one line; a
 * note mark set inline at the text's size before the number ([1]N亿元 after 地区生产总值) goes with it (fix229).
 */
const NUMBER_AND_UNIT = /^(?:[[［]\d{1,2}[\]］])?[\d.]+[\u4e00-\u9fa5]/;

/**
 * Whether a line that stopped mid-sentence (no closing mark at its end: 第三产业增加值 / 133.06亿元，…) left `gap`
 * unfilled only because the next line's number and its unit's first character would not fit together
 * (session 33, fix144: a county communiqué printed to PDF by LibreOffice broke 3.5 ems short of a 6-digit run).
 */
export function wrappedBeforeUnit(
  previous: string,
  gap: number,
  next: string,
  size: number,
  half = 0.5,
): boolean {
  if (/[。！？；：]$/.test(previous)) return false;
  const lead = NUMBER_AND_UNIT.exec(next)?.[0];
  return lead !== undefined && gap < widthOf(lead, size, half) + FIT_SLACK * size;
}

/**
 * The right margin of a page's prose lines: the furthest end, unless only a line ending in a closing
 * mark reaches past the others by an em or so: that mark hung past the margin the other lines fill.
 */
export function rightMargin(prose: readonly PdfLine[]): number {
  const furthest = Math.max(...prose.map((l) => l.end));
  const unhung = prose.filter((l) => !HANGING_MARK.test(l.text));
  const full = Math.max(...unhung.map((l) => l.end));
  const size = Math.max(...prose.map((l) => l.size));
  return full < furthest && furthest - full <= 1.5 * size ? full : furthest;
}

/**
 * 为, 达, 达到, 是, 至, 到, 约: a verb that takes a figure after it, which no sentence, and so no paragraph, ends on.
 * 常住人口城镇化率为 / 70.40%，比上年末提高…: LibreOffice broke before the figure with a gap a hair wider than
 * the run measures (held-out-353's bitong, fix355 F7194).
 */
const FIGURE_VERB_END = /(?:为|达|到|至|是|约)$/;

/** How much wider than its lead run a gap after such a verb may be: the run's measured width is an estimate. */
const VERB_SLACK = 1;

/**
 * Whether a line that stopped on a verb taking a figure (…城镇化率为) left `gap` unfilled only because the next
 * line's first run of digits would not fit: measured with an em of slack, as the verb says the figure follows.
 */
export function wrappedAfterVerb(
  previous: string,
  gap: number,
  next: string,
  size: number,
  half = 0.5,
): boolean {
  if (!FIGURE_VERB_END.test(previous)) return false;
  const lead = UNBREAKABLE_LEAD.exec(next)?.[0];
  return lead !== undefined && /^\d/.test(lead) && gap < widthOf(lead, size, half) + VERB_SLACK * size;
}
