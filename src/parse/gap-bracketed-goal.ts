// A growth said to trail (or pass) the year's goal, the goal given in brackets and no margin after it (商品销售总额增速
// 低于年初预期目标（增长5%左右）, 甲增速低于年度目标（8%）): the bracket's figure is the indicator's full-year goal, the
// comparison's words its verdict so far. The prose reader drops the bracketed figure as a benchmark's own (it is, of
// a gap with a margin: 低于年度目标(8%)2.1个百分点, read as a comparison). Session 39, fix274 (F5645).

import { lookupIndicator } from './catalogue.js';
import type { Observation, Target } from './types.js';

/** 甲增速低于年初预期目标（增长5%左右）, then a clause end: the subject, the verb, the bracket's words. */
const GAP_BRACKET =
  /(?<=^|[。；;，,：:\n]|[一二三四五六七八九十]是)([\u4e00-\u9fa5]{2,16}?)(?:的)?(?:增速|增幅|增长)(低于|慢于|高于|快于|超过)(?:年初|年度|全年)(?:确定的?|预期|计划|奋斗)*目标[(（]((?:增长)?\s*(-?\d+(?:\.\d+)?)\s*%(左右|以上|以内)?)[)）](?=[。；;，,]|$)/gm;

/** The full-year goals such brackets give, for indicators the report names; none where the prose read one already. */
export function gapBracketedGoals(
  folded: string,
  observations: readonly Observation[],
  targets: readonly Target[],
  setBy: string | null,
  sentences: readonly { start: number; end: number }[],
): Target[] {
  const found: Target[] = [];
  for (const m of folded.matchAll(GAP_BRACKET)) {
    const subject = (m[1] ?? '').replace(/^(?:[一二三四五六七八九十]是)?(?:全[县市区旗]|其中|但|而)?/, '');
    const seen = observations.find((o) => o.indicatorName === subject);
    const code = seen?.indicatorCode ?? lookupIndicator(subject)?.code ?? null;
    if (code === null) continue;
    if (targets.some((t) => t.indicatorCode === code && t.horizon === 'full-year')) continue;
    const words = m[3] ?? '';
    const inner = (m.index ?? 0) + m[0].length - words.length - 1;
    const behind = m[2] === '低于' || m[2] === '慢于';
    found.push({
      indicatorCode: code,
      indicatorName: seen?.indicatorName ?? subject,
      setBy,
      kind: 'target',
      horizon: 'full-year',
      value: Number(m[4]),
      unit: '%',
      comparator: m[5] === '左右' ? 'approx' : m[5] === '以上' ? 'gte' : m[5] === '以内' ? 'lte' : 'eq',
      text: words,
      raw: m[0],
      attainment: behind ? 'missed' : 'met',
      attainmentReason: behind
        ? 'the report says the growth is below the goal'
        : 'the report says the growth is above the goal',
      derived: false,
      provenance: {
        sentenceIndex: Math.max(
          0,
          sentences.findIndex((x) => x.start <= inner && inner < x.end),
        ),
        start: inner,
        end: inner + words.length,
      },
    });
  }
  return found;
}
