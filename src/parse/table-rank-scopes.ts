// A table's 全市排名 column beside prose that tells the same rank with its parent named (在某市N个区中排名第M,
// 增速居全市N区第K位 once the parent is known): the table's rank repeats the prose's, so its bare scope word
// is that parent and its group the prose's size.

import { parentScopeWord } from './prose-rank-group.js';
import type { Ranking } from './types.js';

/** Each table ranking scoped by a bare 全市 (全州, 全省) takes the named parent of the prose's same rank. */
export function scopesFromProse(tableRankings: readonly Ranking[], proseRankings: readonly Ranking[]): void {
  for (const ranking of tableRankings) {
    if (!/^全(?:[省市州盟]|地区)$/.test(ranking.scope)) continue;
    const told = proseRankings.find(
      (r) =>
        r.indicatorCode === ranking.indicatorCode &&
        r.rank === ranking.rank &&
        r.scope !== ranking.scope &&
        parentScopeWord(r.scope) === ranking.scope,
    );
    if (!told) continue;
    ranking.scope = told.scope;
    ranking.of ??= told.of;
  }
}
