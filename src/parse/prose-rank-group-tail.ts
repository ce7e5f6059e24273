// 经济总量在全市9个县（市、区）中的位次由第6位前移到第4位: the ranked name stands before the group it is
// ranked in (在…中的位次), not right before the rank, so the name is read with the group cut off. Session 42,
// fix334 (F6764).

import { joinIndicator, type NamedIndicator } from './prose-clauses.js';

/**
 * 在全市9个县(市、区)中的位次, 在全省县域中排名, 在汶州市各县区中的: the group a rank holds in, closing the
 * clause after the ranked name, with the rank's own noun (位次, 排名) after it or none.
 */
const GROUP_TAIL =
  /在(?:全[国省市州盟区县]|[\u4e00-\u9fa5]{1,6}?[省市州盟])[^,;:。]{0,20}?中的?(?:位次|排位|排名|名次)?$/;

/** The indicator named before a rank clause's closing group (经济总量 in 经济总量在全市…中的位次), or null. */
export function namedBeforeGroup(clause: string): NamedIndicator | null {
  const cut = clause.replace(/\s+/g, '').replace(GROUP_TAIL, '');
  return cut.length > 0 && cut.length < clause.replace(/\s+/g, '').length ? joinIndicator(cut) : null;
}
