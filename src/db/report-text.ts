// A report's text is stored once, as its sentences: the loader keeps only the few characters
// between them (line breaks, table padding) as "gaps", and the text is put back together on demand.

/** A piece of the text at its offset: a sentence, or the characters between two of them. */
export interface TextPiece {
  start: number;
  text: string;
}

/** The gaps, stored as JSON: `[offset, characters]` pairs for every non-empty run between sentences. */
export type TextGaps = [number, string][];

/** Puts the text back together from its sentences and gaps (in any order). */
export function joinText(sentences: TextPiece[], gaps: TextGaps): string {
  const pieces: TextPiece[] = [...sentences, ...gaps.map(([start, text]) => ({ start, text }))];
  pieces.sort((a, b) => a.start - b.start);
  return pieces.map((piece) => piece.text).join('');
}

/**
 * The gaps between `sentences` in `text`, or null when the sentences do not tile it (they overlap,
 * or one is not the text at its offsets): such a report keeps its text whole.
 */
export function textGaps(text: string, sentences: (TextPiece & { end: number })[]): TextGaps | null {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const gaps: TextGaps = [];
  let at = 0;
  for (const sentence of sorted) {
    if (sentence.start < at || sentence.end - sentence.start !== sentence.text.length) return null;
    if (text.slice(sentence.start, sentence.end) !== sentence.text) return null;
    if (sentence.start > at) gaps.push([at, text.slice(at, sentence.start)]);
    at = sentence.end;
  }
  if (at > text.length) return null;
  if (at < text.length) gaps.push([at, text.slice(at)]);
  return gaps;
}
