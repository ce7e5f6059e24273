// A table of fixed-asset investment and its make-up (固定资产投资 | 按产业分：第一产业 | 第二产业 |
// 按领域分：民间投资): its rows name the three industries bare, each standing for the investment in it
// (第一产业 → 第一产业投资), not for the industry's value added as in a GDP table. The same holds for a
// branch row under an industry (第二产业 | 其中：工业): 工业 there is the industrial investment, not a
// subject of its own.

import type { CatalogueEntry } from './catalogue.js';

/** 按产业分：, 按领域分：, 按登记注册类型分: a label grouping the rows that follow, no part of the name. */
export const BREAKDOWN_LABEL = /^按[\u4e00-\u9fa5]{1,8}分\s*[:：]\s*/;

const BARE_INDUSTRY = /^(?:第[一二三]产业|[一二三]产|工业|制造业|高技术(?:产业|制造业))$/;

/** Whether the table's first known row is the fixed-asset investment, the whole its rows break down. */
export function isInvestmentTable(entries: readonly (CatalogueEntry | undefined)[]): boolean {
  return entries.find((e) => e !== undefined)?.code === 'fixed-asset-investment';
}

/** 第一产业 in an investment table: 第一产业投资; any other name as it is. */
export function investmentSectorName(name: string): string {
  return BARE_INDUSTRY.test(name) ? `${name}投资` : name;
}
