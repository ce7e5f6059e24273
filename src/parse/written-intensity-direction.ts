// 万元规模工业增加值能耗计划下降3%，实际下降2.2%: an energy intensity the catalogue lacks (named as written, so judged
// by no catalogue direction) is better lower: its goal of a fall, signed below zero, is met by a deeper fall and
// missed by a shallower one (fixleft42c, F6893). So is the catalogue's own 万元GDP能耗 when its goal is written as a
// fall in prose (计划下降4%，实际仅下降1.8%; 仅下降0.9%，距年度下降3%的目标差距较大): the entry's direction is
// higher-is-better for the 降低率 its tables give as a positive figure, not for a growth below zero (fix344, F7004).

import type { Direction } from './catalogue.js';

/** 单位工业增加值能耗, 万元规模工业增加值能耗: a name as written for the energy used per unit of output. */
const ENERGY_INTENSITY = /(?:单位|万元)[\u4e00-\u9fa5]{2,14}?能耗$/;

/** 万元规模工业增加值能耗: whether a name as written is an energy intensity (a goal of one is lower-is-better). */
export function isWrittenEnergyIntensity(name: string): boolean {
  return ENERGY_INTENSITY.test(name);
}

/** The catalogue's entry for the energy used per unit of GDP (万元GDP能耗, 单位GDP能耗 and the binding goals). */
const ENERGY_ENTRY = 'energy-emission-targets';

/**
 * The direction a prose goal is judged in: lower for an energy intensity's fall, named as written or the catalogue's
 * (`code`); else `direction`, the catalogue's or higher-is-better.
 */
export function writtenIntensityDirection(
  name: string,
  value: number | null,
  direction: Direction,
  code: string | null = null,
): Direction {
  return value !== null && value < 0 && (code === ENERGY_ENTRY || ENERGY_INTENSITY.test(name))
    ? 'lower-is-better'
    : direction;
}
