// A news page's headline the title finder did not take (it names no report, 招商引资成绩单出炉：全年签约项目86个…),
// standing right above the page's source line: when every figure it gives is repeated in the text below it, it is
// the body's summary, not content of its own, and is read once (session 41, fixleft41b, F6354).

import { isJunkLine, isNotContentLine, isSourceLine } from './line-tests.js';
import type { Line } from './lines.js';

/** A figure as written: 86, 218.6 (the unit left to the sentence reader). */
const FIGURE = /\d+(?:\.\d+)?/g;

/** A headline is short and is no sentence. */
const HEADLINE_MAX = 80;

/** The headline line above `sourceLine` whose figures all recur below it, or null. */
export function repeatedHeadline(lines: readonly Line[], sourceLine: Line | undefined): Line | null {
  if (!sourceLine) return null;
  const at = lines.indexOf(sourceLine);
  let k = at - 1;
  while (k >= 0 && lines[k]?.text === '') k--;
  const line = lines[k];
  if (!line || line.text.length > HEADLINE_MAX || /[。;；]/.test(line.text)) return null;
  if (isJunkLine(line) || isNotContentLine(line) || isSourceLine(line)) return null;
  // Years (2024年) date the headline; only its other figures are the ones the body must repeat.
  const figures = line.text.replace(/(?:19|20)\d{2}\s*年/g, '').match(FIGURE) ?? [];
  if (figures.length === 0) return null;
  const body = lines
    .slice(at + 1)
    .map((l) => l.text)
    .join('\n');
  return figures.every((figure) =>
    new RegExp(`(?<![\\d.])${figure.replace('.', '\\.')}(?![\\d.])`).test(body),
  )
    ? line
    : null;
}
