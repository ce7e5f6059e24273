// A forum copy of a report (Discuz and its kin) puts the report in the first floor and readers'
// replies in the floors below (318亿元，加油！): a reply is no part of the report, so its figures are
// no facts. The author of a floor stands on the line before its 发表于 line.

import type { Line } from './lines.js';

/** A floor's header: 发表于 2013-1-4 09:26:41 | 显示全部楼层. */
const FLOOR = /^发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}/;

/** The numbers of the lines in floors written by someone other than the first floor's author. */
export function replyLines(lines: readonly Line[]): Set<number> {
  const floors: Array<{ at: number; author: string }> = [];
  lines.forEach((line, k) => {
    if (!FLOOR.test(line.text)) return;
    const author = previousFilled(lines, k);
    floors.push({ at: k, author: author === null ? '' : (lines[author]?.text ?? '') });
  });
  const replies = new Set<number>();
  const poster = floors[0]?.author ?? '';
  for (let f = 1; f < floors.length; f++) {
    const floor = floors[f];
    if (!floor || floor.author === '' || floor.author === poster) continue;
    const next = floors[f + 1];
    const author = previousFilled(lines, floor.at) ?? floor.at;
    const until = next ? (previousFilled(lines, next.at) ?? next.at) : lines.length;
    for (let k = author; k < until; k++) {
      const line = lines[k];
      if (line) replies.add(line.number);
    }
  }
  return replies;
}

function previousFilled(lines: readonly Line[], k: number): number | null {
  for (let j = k - 1; j >= 0; j--) if ((lines[j]?.text ?? '') !== '') return j;
  return null;
}
