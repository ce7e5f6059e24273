// The page-furniture patterns (rules.junk, sourceLine, notContent) tried on a line once a parse:
// the meta stage reads the text's head several times and the structure stage every line again.

import type { Line } from './lines.js';
import { rules } from './rules.js';

/** A pattern's verdict on a line, kept with the line (a line's text never changes once split). */
function lineTest(pattern: RegExp): (line: Line) => boolean {
  if (pattern.global || pattern.sticky)
    throw new Error(`a stateful pattern cannot be kept: /${pattern.source}/`);
  const verdicts = new WeakMap<Line, boolean>();
  return (line) => {
    let verdict = verdicts.get(line);
    if (verdict === undefined) {
      verdict = pattern.test(line.text);
      verdicts.set(line, verdict);
    }
    return verdict;
  };
}

/** Navigation, headers, footers: rules.junk. */
export const isJunkLine = lineTest(rules.junk);
/** 来源:… 发布时间:…: rules.sourceLine. */
export const isSourceLine = lineTest(rules.sourceLine);
/** A document number, an occasion, a speaker, a salutation: rules.notContent. */
export const isNotContentLine = lineTest(rules.notContent);
