// What a table's rank cell holds: 3, 第3位, 3/8 (third of eight), or 全市第3位 (the scope word
// written in the cell, as a 全市排位 column may repeat it in every row); a tie, 并列第2, is second.

import { readOrdinal } from './numbers.js';
import { groupSize } from './prose-rank-group.js';

export interface RankCell {
  rank: number;
  of: number | null;
  /** The scope word the cell writes (全市 of 全市第3位); null when it writes none. */
  scope: string | null;
}

const CELL_SCOPE = /^(全[国省市区州县盟])(?:排名|排位|位次)?(?=第)/;
/** 并列第2: a rank shared with another place is that rank. */
const TIE = /^并列(?=第|\d)/;
const FRACTION = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** The rank a cell writes, with its group's size and scope word when it writes them; null if none. */
export function readRankCell(text: string): RankCell | null {
  const trimmed = text.trim();
  const fraction = FRACTION.exec(trimmed);
  if (fraction) return { rank: Number(fraction[1]), of: Number(fraction[2]), scope: null };
  const untied = trimmed.replace(TIE, '');
  const scope = CELL_SCOPE.exec(untied);
  const rank = readOrdinal(scope ? untied.slice(scope[0].length) : untied);
  return rank === null ? null : { rank, of: null, scope: scope?.[1] ?? null };
}

/** 全市位次（5个区县）, 全省排名(62个县): the group a rank column's header sizes in its bracket; null if none. */
export function headerGroupSize(header: string): number | null {
  const bracket = /[（(]([^（()）]{1,16})[)）]/.exec(header)?.[1];
  return bracket ? groupSize(bracket) : null;
}
