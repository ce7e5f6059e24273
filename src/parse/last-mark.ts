// Where the last of a few stop marks stands before a point: the opening of the sentence, or of the run of
// sentences, a figure stands in.

/**
 * The index in `text` of the last character in [from, to) that is one of `marks` (single characters), or
 * -1: the greatest of the marks' `lastIndexOf`s within the range, found by one walk back that stops at the
 * first mark met. A `lastIndexOf` per mark reads the whole range for every mark the range lacks (most lack
 * 。 or ！), and the readers ask this for every figure.
 */
export function lastMarkIn(text: string, marks: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === code) return i;
  }
  return -1;
}
