// 棉花总产量6.3万吨（126万担）以上, 粮食总产量稳定在9.5万吨（1.9亿斤）以上 (session 43, fix342): a goal restated in
// another unit in brackets is one goal. The bound said after the bracket is the first figure's; the figure in the
// bracket is no second goal.

import type { Figure } from './numbers.js';
import type { Observation } from './types.js';

/** A figure with a unit, then the bracket of another: what the bracket follows. */
const FIGURE_WITH_UNIT_BEFORE = /\d(?:\.\d+)?[^\d\s,，;；。、()（）]{1,3}\($/;
/** The bracket of one figure with a unit, then a bound word. */
const RESTATEMENT_AFTER = /^\(\d+(?:\.\d+)?[^\d\s,，;；。、()（）]{1,3}\)(及以上|以上|以内|之内|以下|左右)/;

/** The bound said after the bracketed restatement following the figure ('以上' …), '' when none. */
export function boundAfterRestatement(folded: string, figure: Figure): string {
  if (figure.quantity.qualifier !== null) return '';
  return RESTATEMENT_AFTER.exec(folded.slice(figure.end, figure.end + 20))?.[1] ?? '';
}

/** Whether the figure is the bracketed restatement, in another unit, of the figure right before it. */
export function isBracketedRestatement(folded: string, figure: Figure): boolean {
  if (!/^\)/.test(folded.slice(figure.end, figure.end + 1))) return false;
  if (figure.quantity.unit === '' || figure.quantity.baseUnit === '%') return false;
  return FIGURE_WITH_UNIT_BEFORE.test(folded.slice(Math.max(0, figure.start - 8), figure.start));
}

/**
 * 粮食总产量达到52.46亿斤（262.3万吨）: a level restated in another unit in brackets is one level, the first figure's;
 * the bracket's figure stays a fact (item 23's open point, answered so by suixiu, chadai and dongzhe; session 45,
 * fix377, F7613).
 */
export function withoutRestatedLevels<T extends Observation>(
  observations: readonly T[],
  folded: string,
): T[] {
  return observations.filter(
    (o) =>
      o.source !== 'prose' ||
      o.measure !== 'level' ||
      o.quantity === null ||
      !isBracketedRestatement(folded, {
        start: o.provenance.start,
        end: o.provenance.end,
        kind: 'number',
        quantity: o.quantity,
        signWord: '',
      }),
  );
}
