// A chart printed into a report's text (a Word chart saved as PDF, then read as text) leaves its data
// labels behind as a line of bare numbers beside its caption (图1 …累计增速（%）, then 4.1 4.8 5.6 …):
// each number is a point of a series the prose states anyway, and no figure of its own.

import type { Line } from './lines.js';

/** 图1 …, 图 2：…, 图3-1 …: a figure's caption, a line of its own with no sentence stop. */
const CAPTION = /^图\s*\d{1,2}(?:[-－.．]\d{1,2})?(?:\s|[:：、.．]|(?=[^\d\s.．]))[^。;；]{2,60}$/;

/** 4.1 4.8 5.6 5.3, -2.1 0.4 3.6%: a run of two or more bare numbers parted by spaces, and nothing else. */
const VALUES = /^-?\d{1,6}(?:\.\d{1,4})?%?(?:[ \t\u3000]+-?\d{1,6}(?:\.\d{1,4})?%?)+$/;

/** How many filled lines on either side of a caption a chart's labels stand in. */
const REACH = 3;

/**
 * The numbers of the lines a printed chart left behind: bare-number runs near a 图N caption, and the
 * caption itself (its years and figure number are no figures either) when it has such labels.
 */
export function chartLabelLines(lines: readonly Line[]): Set<number> {
  const labels = new Set<number>();
  const filled = lines.filter((line) => line.text !== '');
  filled.forEach((line, k) => {
    if (!CAPTION.test(line.text)) return;
    for (const step of [1, -1]) {
      for (let d = 1; d <= REACH; d++) {
        const near = filled[k + step * d];
        // A sentence or another caption ends the chart.
        if (!near || /[。;；]/.test(near.text) || CAPTION.test(near.text)) break;
        if (VALUES.test(near.text)) {
          labels.add(near.number);
          labels.add(line.number);
        }
      }
    }
  });
  return labels;
}
