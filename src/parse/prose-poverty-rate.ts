// 贫困发生率降至1.12%, 贫困发生率由上年的4.12%下降到1.05%: the share of a place's rural people still below the
// poverty line, which the plan and work reports of the poverty-alleviation years give as where it fell to. A rate
// of the place's own state, named as written even given so (twelve answer files); the earlier rate of 由…的A% stays
// a fact. Session 38, fixleft38.

/**
 * The name, an earlier rate it fell from, the fall's verb and 至/到, ending where the figure starts. The earlier
 * rate's time may be a stage of the campaign, not a year: 由建档立卡时的21.4%降至0%, 从识别之初的A% (F6513, fix320).
 */
const POVERTY_RATE_TO =
  /贫困发生率(?:[由从](?:上年|去年|上年末|年初|(?:19|20)\d{2}年(?:末|底)?|(?:(?:19|20)\d{2}年)?[\u4e00-\u9fa5]{2,8}?[时初前])?的?\d+(?:\.\d+)?%)?(?:下降|降低|降|减少)?(?:至|到|为)\s*$/;

export const POVERTY_RATE = '贫困发生率';

/** Whether the sentence's text before a percentage figure names the poverty rate the figure is. */
export function povertyRateBefore(sentenceBefore: string): boolean {
  return sentenceBefore.includes(POVERTY_RATE) && POVERTY_RATE_TO.test(sentenceBefore.slice(-40));
}
