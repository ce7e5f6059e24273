// 分别完成投资0.85亿元、0.62亿元 (完成投资分别为0.85亿元和0.62亿元): amounts a clause gives in order to the
// projects named before 分别 (in the clause before, or in the same clause), one each; without this
// each would take the first.

import { unitInfo } from './numbers.js';

const RESPECTIVE =
  /^(?:(?:分别|各)(?:已)?(?:累计|开累)?(?:完成|实现)(?:年度|全年|当年)?(?:投资)?|(?:已)?(?:累计|开累)?(?:完成|实现)(?:年度|全年|当年)?投资(?:分别|各)(?:为|达到?))(.+)$/;
const AMOUNT = /^(\d+(?:\.\d+)?)(亿元|万元)?$/;

/**
 * The amounts in 元 of a clause 分别完成投资a亿元、b亿元 (or a、b亿元, a亿元和b亿元), in order; null when
 * the clause is not of that form. A unit left out of an earlier amount is the last one's.
 */
export function respectiveAmounts(clause: string): number[] | null {
  const m = RESPECTIVE.exec(clause.trim());
  return m?.[1] ? listedAmounts(m[1]) : null;
}

/**
 * The amounts in 元 of a list a、b亿元 or a亿元和b亿元 (nothing else in the text), in order; null when
 * the text is not such a list. A unit left out of an earlier amount is the last one's.
 */
export function listedAmounts(list: string): number[] | null {
  const items = list.split(/、|和|及|与/);
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

/**
 * The same form inside a clause, after the names: 甲、乙、丙项目分别完成投资3.2、1.15和0.86亿元, or with
 * the verb first: 甲、乙项目完成投资分别为6.4亿元和3.2亿元.
 */
export const DISTRIBUTED =
  /(?:分别(?:已|累计|开累)?(?:完成|实现)(?:年度|全年|当年)?投资|(?:完成|实现)(?:年度|全年|当年)?投资分别(?:为|达到?))(?:\d+(?:\.\d+)?(?:亿元|万元)?[、和及与]){1,9}\d+(?:\.\d+)?(?:亿元|万元)/;

/** The amounts in 元, one per project, when the clause gives exactly `count` of them; else null. */
export function distributedCompleted(text: string, count: number): number[] | null {
  const said = DISTRIBUTED.exec(text)?.[0];
  const amounts = said ? respectiveAmounts(said) : null;
  return amounts && count >= 2 && amounts.length === count ? amounts : null;
}
