// The adverb a rank's clause closes with before its verb (总量仍居, 增速依然位列, 规模继续排): how the standing held,
// no part of what is ranked (F7202).

/** 仍, 仍然, 依然, 依旧, 继续, 始终, 一直: words of a rank holding, right before 居/列/排. */
const HOLDING_ADVERB = /(?:仍然|仍旧|依然|依旧|继续|始终|一直|仍)$/;

/** A rank's clause without the holding adverb closing it: 地区生产总值总量仍 → 地区生产总值总量. */
export function withoutHoldingAdverb(clause: string): string {
  return clause.replace(HOLDING_ADVERB, '');
}
