// A rank of 县域经济总量 (县域经济总量位居全市第N位): the county's economy as a whole, ranked among the parent's
// places, is its GDP; elsewhere 县域 before a name narrows it to the counties' part (prose-clauses.ts).

import { joinIndicator, type NamedIndicator } from './prose-clauses.js';

/**
 * 县域经济总量: the economy of the county as a whole. A rank among the places of a parent (全市, 全省) can be
 * no part's, so it is the county's own GDP, as a county 调研报告 writes 县域经济总量位居全市第M、全省第N位
 * (F5284, session 38, fix259).
 */
const COUNTY_ECONOMY = /县域经济(?=总量)/;

/** The indicator a rank clause naming 县域经济总量 ranks (经济总量, GDP), or null when it names none. */
export function countyEconomyRanked(clause: string): NamedIndicator | null {
  return COUNTY_ECONOMY.test(clause) ? joinIndicator(clause.replace(COUNTY_ECONOMY, '经济')) : null;
}
