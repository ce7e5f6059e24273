// A clause that opens with the cause its figure came under and names nothing else (社会消费品零售总额X亿元，
// 受疫情影响下降A%): the figure goes on about the chain's subject, as a bare 同比下降A% does.

import { FOLLOW_ON } from './prose-clause-kinds.js';

/** 受疫情影响, 受煤价回落影响，, 在政策带动下: what held the figure back or drove it, before its verb. */
const CAUSE_LEAD = /^(?:受[\u4e00-\u9fa5]{2,12}?影响|在[\u4e00-\u9fa5]{2,12}?(?:带动|拉动|推动|刺激)下),?/;

/**
 * Whether a clause's key is only a cause and then what a follow-on clause holds (同比, 比上年, nothing):
 * session 44, fix359, F7282 (motu's 社会消费品零售总额22.8亿元，受疫情影响下降1.6%).
 */
export function isCauseLedFollowOn(key: string): boolean {
  const cause = CAUSE_LEAD.exec(key);
  return cause !== null && FOLLOW_ON.test(key.slice(cause[0].length));
}
