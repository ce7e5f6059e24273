// Whether a line stopped short of the right margin only because the next line's first word would not
// fit: text set ragged-right (LibreOffice, Word left-aligned) breaks before a run of digits or Latin
// letters with its closing punctuation (42.6%。, 60%；), never inside it, and leaves the gap unfilled.

/** A run no line breaks inside: digits and Latin letters, then the marks that may not open a line. */
const UNBREAKABLE_LEAD = /^[\dA-Za-z.,%‰+\-/]+[。，、；：！？）)”’%‰]*/;

/** Half an em for a half-width character, a whole one for the rest. */
function widthOf(text: string, size: number): number {
  return [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0);
}

/** Whether a line that left `gap` unfilled before the margin was wrapped before `next`'s first run. */
export function wrappedBefore(gap: number, next: string, size: number): boolean {
  const lead = UNBREAKABLE_LEAD.exec(next)?.[0];
  return lead !== undefined && gap < widthOf(lead, size);
}
