// The rank moves a table's note tells row by row (注：甲增速位次较1—9月前移1位，乙增速位次较1—9月后移2位): a
// 快报 whose rank column has no column of moves beside it says in its note how the named rows' ranks moved
// against the last issue. Each move belongs to the table ranking of the row it names.

import { lookupIndicator } from './catalogue.js';
import { readOrdinal } from './numbers.js';
import { MOVED_DOWN } from './prose-rank-changes.js';
import type { Ranking } from './types.js';

/**
 * 甲增速位次较1—9月前移1位, 乙排名比上月后移2位, 丙位次与上月持平: the row's name, then its rank's move
 * against an earlier period (位次/排名/排位 required, so a figure's 增速回落 is never read).
 */
const NOTE_MOVE =
  /([\u4e00-\u9fa5]{2,20}?)(?:的)?(?:增速|增幅|总量)?(?:位次|排名|排位|名次)(?:(?:较|比)[^,;，；。第]{1,10}?(前移|上升|提升|前进|提高|后移|下降|后退|下滑|回落)了?(\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:位次|位|名)|与[^,;，；。第]{1,10}?(持平))/g;

export interface NoteMove {
  name: string;
  change: number;
}

/** The moves a note names a row for, in its order. */
export function noteMoves(note: string): NoteMove[] {
  const moves: NoteMove[] = [];
  NOTE_MOVE.lastIndex = 0;
  for (let m = NOTE_MOVE.exec(note); m !== null; m = NOTE_MOVE.exec(note)) {
    const name = (m[1] ?? '').replace(/^(?:其中|全县|全区|全市|\d+)[:：.、]?/, '');
    if (m[4]) {
      moves.push({ name, change: 0 });
      continue;
    }
    const places = readOrdinal(m[3] ?? '');
    if (places === null) continue;
    moves.push({ name, change: MOVED_DOWN.test(m[2] ?? '') ? -places : places });
  }
  return moves;
}

/**
 * Each table ranking with no move of its own, named by one of the note's moves (its row's name as written, or
 * the same indicator), takes that move.
 */
export function applyNoteMoves(note: string, rankings: readonly Ranking[]): void {
  const moves = noteMoves(note);
  if (moves.length === 0) return;
  for (const ranking of rankings) {
    if (ranking.change !== null) continue;
    const move = moves.find(
      (m) =>
        m.name === ranking.subject ||
        (ranking.indicatorCode !== null && lookupIndicator(m.name)?.code === ranking.indicatorCode),
    );
    if (move) ranking.change = move.change;
  }
}
