// 分别完成投资0.85亿元、0.62亿元: amounts a clause gives in order to the projects the clause before
// named, one each.

import { unitInfo } from './numbers.js';

const RESPECTIVE = /^(?:分别|各)(?:已)?(?:累计|开累)?(?:完成|实现)(?:投资)?(.+)$/;
const AMOUNT = /^(\d+(?:\.\d+)?)(亿元|万元)?$/;

/**
 * The amounts in 元 of a clause 分别完成投资a亿元、b亿元 (or a、b亿元, a亿元和b亿元), in order; null when
 * the clause is not of that form. A unit left out of an earlier amount is the last one's.
 */
export function respectiveAmounts(clause: string): number[] | null {
  const m = RESPECTIVE.exec(clause.trim());
  if (!m?.[1]) return null;
  const items = m[1].split(/、|和|及/);
  if (items.length < 2) return null;
  const read = items.map((item) => AMOUNT.exec(item.trim()));
  if (read.some((r) => r === null)) return null;
  const lastUnit = read.at(-1)?.[2];
  if (!lastUnit) return null;
  return read.map((r) => {
    const factor = unitInfo(r?.[2] ?? lastUnit)?.factor ?? 1;
    return Math.round(Number(r?.[1] ?? 0) * factor * 100) / 100;
  });
}
