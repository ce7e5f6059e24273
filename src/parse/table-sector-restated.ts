// A 核算 release's prose restating its table's sector rows by their bare names (批发和零售业、住宿和餐饮业分别增长
// a%和b% beside the table's rows 批发和零售业 | … | a), or with 增加值 (工业增加值同比增长c% beside the row 工业 | … | c):
// one figure written twice, read once, as the table's row names it (session 38, fix272).

import type { Observation } from './types.js';

const key = (name: string, o: Observation) =>
  `${name}|${o.measure}|${o.period ?? ''}|${o.quantity?.value}|${o.quantity?.unit}`;

/**
 * The prose's observations without those restating a table row of another code under the row's own name, or the
 * name with 增加值: the same measure, period, value and unit.
 */
export function withoutSectorRestated(
  prose: readonly Observation[],
  table: readonly Observation[],
): Observation[] {
  const rows = new Map<string, string>();
  for (const t of table)
    if (t.quantity && t.indicatorName) rows.set(key(t.indicatorName, t), t.indicatorCode);
  if (rows.size === 0) return [...prose];
  return prose.filter((p) => {
    const name = p.indicatorName;
    if (!p.quantity || !name) return true;
    const code = rows.get(key(name, p)) ?? rows.get(key(name.replace(/增加值$/, ''), p));
    return code === undefined || code === p.indicatorCode;
  });
}
