// A year's goals revised mid-year (2020's reports after the epidemic): 建议对全年主要预期目标作如下调整：甲由增长A%
// 调整为力争恢复正增长；乙由增长B%调整为下降C%以内；丙由X亿元调整为Y亿元. The new goal is the year's target; the one it
// replaces stays a fact only, so a target read of it elsewhere (年初确定的甲增长A%等目标已难以实现) gives way
// (session 39, fix282, F5821).

import { lookupIndicator } from './catalogue.js';
import { parseTarget } from './targets.js';
import type { Sentence, Target } from './types.js';

/**
 * 甲由增长7.5%调整为力争恢复正增长: the words before 由 (back to the clause's start), the old goal (a bare figure,
 * growth or fall: not 由去年的A% of a comparison of two years' goals) and the new one, to the clause's end.
 */
const REVISED =
  /([^，,；;。：:、\n]{2,20}?)由(?:增长|下降)?\d+(?:\.\d+)?(?:%|亿元|万元|元|万人|人)?调整为([^，,；;。\n]{1,20})/g;

/** Words that may lead the name: 建议将甲由…, 其中甲由…. */
const LEAD = /^(?:建议|将|把|其中|全县|全市|全区|全州|全年)+/;

const REASON = 'a goal revised for the full year, judged only at the year’s end';

/** Whether the revision's line speaks of goals (目标), as a revision of a plan's goals does. */
const aboutGoals = (folded: string, at: number) => {
  const lineStart = folded.lastIndexOf('\n', at) + 1;
  return folded.slice(lineStart, at).includes('目标');
};

/** The revised goals, in the text's order: one target each, of horizon full-year. */
export function revisedGoals(folded: string, sentences: readonly Sentence[], region: string): Target[] {
  if (!folded.includes('调整为')) return [];
  const found: Target[] = [];
  for (const m of folded.matchAll(REVISED)) {
    const name = (m[1] ?? '').replace(LEAD, '');
    const words = m[2] ?? '';
    // 社会消费品零售总额2025年目标由…: a plan's goal of another year is the evaluation's (evaluation-proposals).
    if (/\d/.test(name) || !aboutGoals(folded, m.index)) continue;
    const entry = lookupIndicator(name);
    if (!entry) continue;
    const read = parseTarget(words, null);
    if (read.value === null || read.comparator === null) continue;
    const start = m.index + m[0].length - words.length;
    const end = m.index + m[0].length;
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) continue;
    found.push({
      indicatorCode: entry.code,
      indicatorName: name,
      setBy: region,
      kind: 'target',
      horizon: 'full-year',
      value: read.value,
      unit: read.unit ?? '',
      comparator: read.comparator,
      text: words,
      raw: folded.slice(m.index, end),
      attainment: 'unknown',
      attainmentReason: REASON,
      derived: false,
      provenance: { sentenceIndex: sentence.index, start, end },
    });
  }
  return found;
}

/**
 * The targets with the revised goals in: a stated full-year target of a revised indicator (the old goal, or a
 * monthly one read as the year's) gives way to the revision; one derived from a share of the plan stays.
 */
export function withRevisedGoals(targets: readonly Target[], revised: readonly Target[]): Target[] {
  if (revised.length === 0) return [...targets];
  const codes = new Set(revised.map((t) => t.indicatorCode));
  const kept = targets.filter(
    (t) => !(t.horizon === 'full-year' && !t.derived && codes.has(t.indicatorCode)),
  );
  return [...kept, ...revised];
}
