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

/**
 * Where the line holding each offset asked begins (`lastIndexOf('\n', at) + 1`), for offsets asked in order:
 * one forward walk shared by every question, where a look back from each sentence of a megabyte line with no
 * break reads the whole line so far every time. An offset before the last one asked is looked back for.
 */
export class LineStarts {
  private scanned = 0;
  private lastBreak = -1;

  constructor(private readonly text: string) {}

  at(at: number): number {
    if (at < this.scanned) return this.text.lastIndexOf('\n', at) + 1;
    const end = Math.min(at, this.text.length - 1);
    for (let i = this.scanned; i <= end; i++) if (this.text.charCodeAt(i) === 10) this.lastBreak = i;
    this.scanned = at + 1;
    return this.lastBreak + 1;
  }
}

/**
 * `lastMarkIn(text, marks, from, to)` for questions asked with `to` in order: one forward walk shared by
 * every question, remembering the last mark passed, where a look back from each figure of a long sentence
 * with no mark reads up to its whole reach every time. A `to` before the last one asked is looked back for,
 * so every answer is `lastMarkIn`'s exactly.
 */
export class LastMarks {
  private scanned = 0;
  private last = -1;

  constructor(
    private readonly text: string,
    private readonly marks: string,
  ) {}

  in(from: number, to: number): number {
    if (to < this.scanned) return lastMarkIn(this.text, this.marks, from, to);
    const { text, marks } = this;
    const end = Math.min(to, text.length);
    for (let i = this.scanned; i < end; i++) {
      const code = text.charCodeAt(i);
      for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === code) this.last = i;
    }
    this.scanned = to;
    return this.last >= from ? this.last : -1;
  }
}
