// A cause that opens a clause after a figure (地方财政收入X万元，受…影响，同比下降A%): what held the figure back
// or pushed it, said before the change it explains; the change is still the figure's subject's (session 44, fix358).
// A clause that is only a cause and then what a follow-on clause holds (…22.8亿元，受疫情影响下降1.6%) keeps
// the chain's subject too (fix359).

import { FOLLOW_ON } from './prose-clause-kinds.js';

/**
 * 受…影响, 受…等因素影响, 受…的影响, 由于受…影响: the cause the clause opens with, its comma kept or dropped; a
 * reason told after the figure (主要是受…影响) is not one: the figures after it name their own subject (fix297).
 */
const CAUSE_LEAD =
  /^(?:由于|因)?受[^,;:。受]{2,16}?(?:等(?:多重|多种|不利)?因素)?的?影响,?(?=[\u4e00-\u9fa5]|$)/;

/** The clause's key without the cause it opens with (受…影响，同比 → 同比), or the key as it was. */
export function withoutCauseLead(key: string): string {
  return key.charCodeAt(0) === 0x53d7 || key.startsWith('由于') || key.startsWith('因')
    ? key.replace(CAUSE_LEAD, '')
    : key;
}

/** 受疫情影响, 受煤价回落影响，, 在政策带动下: what held the figure back or drove it, before its verb. */
const CAUSE_LED = /^(?:受[\u4e00-\u9fa5]{2,12}?影响|在[\u4e00-\u9fa5]{2,12}?(?:带动|拉动|推动|刺激)下),?/;

/**
 * Whether a clause's key is only a cause and then what a follow-on clause holds (同比, 比上年, nothing):
 * session 44, fix359, F7282 (motu's 社会消费品零售总额22.8亿元，受疫情影响下降1.6%).
 */
export function isCauseLedFollowOn(key: string): boolean {
  const cause = CAUSE_LED.exec(key);
  return cause !== null && FOLLOW_ON.test(key.slice(cause[0].length));
}
