// Splits decoded text into lines with offsets, over the width-folded copy (same length as the source).
// \r is treated as whitespace so CRLF and lone-CR files read like LF ones.

import { monthWordsToDigits } from './month-words.js';
import { foldWidth } from './normalise.js';
import { withoutInlineNoteMarks } from './note-marks.js';
import { withoutShortNameAsides } from './short-name-asides.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offsets of the trimmed content in the source (end exclusive). */
  start: number;
  end: number;
  /** The trimmed, width-folded content. */
  text: string;
  /**
   * The page-furniture tests' verdicts once asked, two bits a test (line-tests.ts); 0 before any. Kept on
   * the line itself: a WeakMap beside it cost as much as the tests it spared (session 31).
   */
  furniture?: number;
}

const SPACE = /[ \t\r\f\v\u00a0\u3000\u2002\u2003\u2009\ufeff]/;
const EDGE_SPACE = /[ \r\f\v]/;

/**
 * A forum's anti-copy jammer after a line's words (…增长16%以上3 E/ C: s0 A& q, or a line of it alone):
 * four or more tokens of one or two ASCII marks, after a Chinese character, a % or at the line's start.
 */
const JAMMER = /(?:^|(?<=[\u0080-\uffff]|%))\s*((?:[!-~]{1,2} ){3,}[!-~]{1,2})$/;

/** Letters mixed with marks in most tokens: no list of grades (A B C D) or of figures (1 2 3 4). */
function isJammer(run: string): boolean {
  const tokens = run.split(' ');
  const lettered = tokens.filter((t) => /[A-Za-z]/.test(t)).length;
  const marked = tokens.filter((t) => /[^A-Za-z0-9]/.test(t)).length;
  return lettered >= 2 && marked >= 2;
}

/** The line's content with a jammer at its end blanked (spaces, so offsets hold). */
function withoutJammer(folded: string, start: number, end: number): string | null {
  // Only a line whose last token is one or two marks can end in a jammer: the regex runs on few lines.
  if (end - start < 7 || (folded.charAt(end - 2) !== ' ' && folded.charAt(end - 3) !== ' ')) return null;
  const from = Math.max(start, end - 48);
  const match = JAMMER.exec(folded.slice(from, end));
  if (!match?.[1] || !isJammer(match[1])) return null;
  const at = from + match.index;
  return folded.slice(0, at) + ' '.repeat(end - at) + folded.slice(end);
}

/** Folded text and its lines; blank lines are kept (text '') because blank lines separate table cells. */
export function splitLines(source: string): { folded: string; lines: Line[] } {
  let folded = monthWordsToDigits(withoutShortNameAsides(withoutInlineNoteMarks(foldWidth(source))));
  const lines: Line[] = [];
  let lineStart = 0;
  let number = 1;
  const n = folded.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? folded.charCodeAt(i) : 10;
    const isBreak = ch === 10 || (ch === 13 && folded.charCodeAt(i + 1) !== 10);
    if (!isBreak) continue;
    let start = lineStart;
    let end = i;
    // Tabs inside the line are cell separators, so only spaces and \r are trimmed at the edges
    // (folded ideographic spaces are spaces by now).
    while (start < end && EDGE_SPACE.test(folded.charAt(start))) start++;
    while (end > start && (EDGE_SPACE.test(folded.charAt(end - 1)) || folded.charAt(end - 1) === '\t')) end--;
    const cleared = withoutJammer(folded, start, end);
    if (cleared !== null) {
      folded = cleared;
      while (end > start && EDGE_SPACE.test(folded.charAt(end - 1))) end--;
    }
    lines.push({ number, start, end, text: folded.slice(start, end), furniture: 0 });
    number++;
    lineStart = i + 1;
  }
  return { folded, lines };
}

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}
