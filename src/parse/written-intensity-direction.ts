// 万元规模工业增加值能耗计划下降3%，实际下降2.2%: an energy intensity the catalogue lacks (named as written, so judged
// by no catalogue direction) is better lower: its goal of a fall, signed below zero, is met by a deeper fall and
// missed by a shallower one, as the catalogue's 万元GDP能耗 is (fixleft42c, F6893).

import type { Direction } from './catalogue.js';

/** 单位工业增加值能耗, 万元规模工业增加值能耗: a name as written for the energy used per unit of output. */
const ENERGY_INTENSITY = /(?:单位|万元)[\u4e00-\u9fa5]{2,14}?能耗$/;

/** 万元规模工业增加值能耗: whether a name as written is an energy intensity (a goal of one is lower-is-better). */
export function isWrittenEnergyIntensity(name: string): boolean {
  return ENERGY_INTENSITY.test(name);
}

/** The direction a goal of an indicator named as written is judged in: lower for an energy intensity's fall. */
export function writtenIntensityDirection(
  name: string,
  value: number | null,
  direction: Direction,
): Direction {
  return value !== null && value < 0 && ENERGY_INTENSITY.test(name) ? 'lower-is-better' : direction;
}
