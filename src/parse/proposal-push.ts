// 委员甲建议，用好…政策，推动全年社会消费品零售总额增长5%以上: a member's (or a committee's) proposal at a
// consultation, its measures then the push to the year's figure, states a goal as a numbered request's push does
// (REQUEST_PUSH): a target, never the year's result (held-out-368 oubei; session 44, fix368, F7472).

/** The proposer and 建议 opening the sentence, a comma or colon after: 委员甲建议，, 县政协经济委员会建议：. */
const PROPOSAL_LEAD = /^[^。;,，；:：\d]{2,30}?建议[,，:：]/;

/** Whether the sentence's text opens with a proposal's lead. */
export const opensWithProposal = (text: string): boolean => PROPOSAL_LEAD.test(text.trimStart());
