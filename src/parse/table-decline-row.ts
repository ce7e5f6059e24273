// A table row named for a fall (单位地区生产总值能耗下降 | % | 3.4 | — | 3.5): its percentages are the
// fall, so they are read as growths below zero, as the prose's 能耗下降3.4% is, and its goals likewise.

import type { Direction } from './catalogue.js';
import type { Comparator, Quantity } from './types.js';

/** 下降, 降低, 下降率, 降幅 closing a row's name (单位GDP能耗降低): the row gives how much the indicator fell. */
const DECLINE_NAME = /(?:同比)?(?:降低率|下降率|降幅|降低|下降)$/;

/** Whether a row's name says its percentages are falls. */
export function isDeclineRow(name: string): boolean {
  return DECLINE_NAME.test(name.replace(/\s+/g, ''));
}

/** A fall's percentage, written without a sign, as a growth below zero (3.4 → -3.4); others as read. */
export function declineQuantity(quantity: Quantity): Quantity {
  if (quantity.baseUnit !== '%' || quantity.value <= 0 || /^[-−]|增长|上升|提高/.test(quantity.raw))
    return quantity;
  return { ...quantity, value: -quantity.value, valueBase: -quantity.valueBase };
}

/** A fall's goal as a growth's: 下降3.5% → -3.5; at least a fall of 3% (以上) is at most -3%. */
export function declineTarget<
  T extends { value: number | null; unit: string | null; comparator: Comparator | null },
>(target: T, raw: string): T {
  if (target.value === null || target.value <= 0 || target.unit !== '%' || /^[-−]|增长|上升|提高/.test(raw))
    return target;
  const flipped: Partial<Record<Comparator, Comparator>> = { gte: 'lte', lte: 'gte', gt: 'lt', lt: 'gt' };
  const comparator = target.comparator ? (flipped[target.comparator] ?? target.comparator) : null;
  return { ...target, value: -target.value, comparator };
}

/**
 * The direction a fall row's goal is judged in: its plan, signed below zero (万元GDP能耗降低 | % | 4.5 | 5.2 →
 * -4.5), is a fall to reach, so a deeper fall (-5.2) meets it; an exact goal follows this direction (F6761).
 */
export function declineDirection(name: string, value: number | null, direction: Direction): Direction {
  return value !== null && value < 0 && isDeclineRow(name) ? 'lower-is-better' : direction;
}
