// Splits decoded text into lines with offsets, over the width-folded copy (same length as the source).
// \r is treated as whitespace so CRLF and lone-CR files read like LF ones.

import { foldWidth } from './normalise.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offsets of the trimmed content in the source (end exclusive). */
  start: number;
  end: number;
  /** The trimmed, width-folded content. */
  text: string;
}

const SPACE = /[ \t\r\f\v\u00a0\u3000\u2002\u2003\u2009\ufeff]/;
const EDGE_SPACE = /[ \r\f\v]/;

/** Folded text and its lines; blank lines are kept (text '') because blank lines separate table cells. */
export function splitLines(source: string): { folded: string; lines: Line[] } {
  const folded = foldWidth(source);
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
    lines.push({ number, start, end, text: folded.slice(start, end) });
    number++;
    lineStart = i + 1;
  }
  return { folded, lines };
}

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}
