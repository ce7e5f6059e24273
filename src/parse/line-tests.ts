// The page-furniture patterns (rules.junk, sourceLine, notContent) tried on a line once a parse:
// the meta stage reads the text's head several times and the structure stage every line again.

import type { Line } from './lines.js';
import { rules } from './rules.js';

/** The next pair of bits of Line.furniture a test takes: whether it was asked, and its verdict. */
let nextBits = 1;

/**
 * A pattern's verdict on a line, kept with the line (a line's text never changes once split); `needs`,
 * a word every match holds, is tested first.
 */
function lineTest(pattern: RegExp, needs?: RegExp): (line: Line) => boolean {
  if (pattern.global || pattern.sticky)
    throw new Error(`a stateful pattern cannot be kept: /${pattern.source}/`);
  const asked = nextBits;
  const yes = nextBits << 1;
  nextBits <<= 2;
  return (line) => {
    const known = line.furniture ?? 0;
    if (known & asked) return (known & yes) !== 0;
    const verdict = (needs === undefined || needs.test(line.text)) && pattern.test(line.text);
    line.furniture = known | asked | (verdict ? yes : 0);
    return verdict;
  };
}

/** Navigation, headers, footers: rules.junk. */
export const isJunkLine = lineTest(rules.junk);
/** 来源:… 发布时间:…: rules.sourceLine. */
export const isSourceLine = lineTest(rules.sourceLine);
/** A document number, an occasion, a speaker, a salutation: rules.notContent. */
export const isNotContentLine = lineTest(rules.notContent, rules.notContentNeeds);
