// 1-6月完成（绝对值/增速%） over 68.42/6.8: a column whose header names two measures parted by a slash
// holds two figures in one cell, the level (in the row's unit) and its growth (in %). A cell with one
// figure in that column (9.2 in a row named 规模以上工业增加值（%）) is read as any actual.

import { foldWidth } from './normalise.js';

/** 绝对值/增速, 总量/增长, 完成值/增幅: a level word, a slash, then a growth word. */
const PAIR_HEADER = /(?:绝对值|绝对额|总量|完成值|完成额|金额)\s*\/\s*(?:增速|增长率?|增幅)/;

/** 68.42/6.8, 19865/-1.2: two figures parted by a slash. */
const PAIR_CELL = /^\s*(-?\d+(?:\.\d+)?)\s*\/\s*(-?\d+(?:\.\d+)?%?)\s*$/;

/** One figure of a paired cell: its text and the unit its header's measure gives it (null: the row's). */
export interface CellPiece {
  text: string;
  unit: '%' | null;
}

/** The figures of an actual cell: two (level, growth) under a paired header, else the cell as written. */
export function actualPieces(header: string, text: string): CellPiece[] {
  if (!PAIR_HEADER.test(foldWidth(header))) return [{ text, unit: null }];
  const pair = PAIR_CELL.exec(foldWidth(text));
  if (!pair?.[1] || !pair[2]) return [{ text, unit: null }];
  return [
    { text: pair[1], unit: null },
    { text: pair[2], unit: '%' },
  ];
}
