// 甲、乙、丙项目分别完成投资3.2亿元、1.15亿元和0.86亿元: one amount done per project listed before
// 分别, in their order; without this each would take the first amount.

/** A distributive amount done: the amounts after 分别…完成投资, joined by 、 和 及 与. */
export const DISTRIBUTED =
  /分别(?:已|累计|开累)?(?:完成|实现)(?:年度|全年|当年)?投资((?:\d+(?:\.\d+)?(?:亿元|万元)?[、和及与]){1,9}\d+(?:\.\d+)?(?:亿元|万元))/;

const YUAN: Record<string, number> = { 亿元: 1e8, 万元: 1e4 };

/** The amounts in 元, one per project, when the clause gives exactly `count` of them; else null. */
export function distributedCompleted(text: string, count: number): number[] | null {
  const listed = DISTRIBUTED.exec(text)?.[1];
  if (!listed) return null;
  const parts = [...listed.matchAll(/(\d+(?:\.\d+)?)(亿元|万元)?/g)];
  if (parts.length !== count || count < 2) return null;
  // 3.2、1.15和0.86亿元: amounts written bare take the unit written after the last.
  const last = parts.at(-1)?.[2] ?? '';
  return parts.map((p) => Math.round(Number(p[1]) * (YUAN[p[2] ?? last] ?? 1)));
}
