// Whether a line stopped short of the right margin only because the next line's first word would not
// fit: text set ragged-right (LibreOffice, Word left-aligned) breaks before a run of digits or Latin
// letters with its closing punctuation (42.6%。, 60%；), never inside it, and leaves the gap unfilled.

/** A run no line breaks inside: digits and Latin letters, then the marks that may not open a line. */
const UNBREAKABLE_LEAD = /^[\dA-Za-z.,%‰+\-/]+[。，、；：！？）)”’%‰]*/;

/** Marks a ragged-right line may hang past the margin rather than carry to the next line. */
const HANGING = /[。，、；：！？）)”’]$/;

const HALF_WIDTH = /[\x20-\x7e]/;

/** The line a wrap is judged against: its text and where it starts and ends on the page. */
export interface WrapLine {
  text: string;
  x: number;
  end: number;
  size: number;
}

/**
 * What a half-width character measures on this line: set from the line's own width when it holds
 * them (a CJK font's digits run wider than half an em), never less than half an em nor more than
 * three quarters.
 */
function halfWidthOf(line: WrapLine): number {
  const chars = [...line.text];
  const half = chars.filter((ch) => HALF_WIDTH.test(ch)).length;
  if (half === 0) return 0.5 * line.size;
  const measured = (line.end - line.x - (chars.length - half) * line.size) / half;
  return Math.min(Math.max(measured, 0.5 * line.size), 0.75 * line.size);
}

/** The width of a run of `next`'s text: half-width characters as measured on the line, the rest an em. */
function widthOf(text: string, next: WrapLine): number {
  const half = halfWidthOf(next);
  return [...text].reduce((w, ch) => w + (HALF_WIDTH.test(ch) ? half : next.size), 0);
}

/** Whether a line that left `gap` unfilled before the margin was wrapped before `next`'s first run. */
export function wrappedBefore(gap: number, next: WrapLine): boolean {
  const lead = UNBREAKABLE_LEAD.exec(next.text)?.[0];
  return lead !== undefined && gap < widthOf(lead, next);
}

/**
 * The right margin of a page's prose lines. A line whose closing mark hangs past the margin (其中，)
 * stands out by that mark's width; the lines that end in a character are the margin then.
 */
export function rightMargin(prose: readonly WrapLine[]): number {
  const all = Math.max(...prose.map((l) => l.end));
  const plain = Math.max(...prose.filter((l) => !HANGING.test(l.text)).map((l) => l.end));
  const size = prose.find((l) => l.end === all)?.size ?? 0;
  return Number.isFinite(plain) && all - plain <= 1.5 * size ? plain : all;
}
