// What a parse left unread in a report nobody has answered: figures with a unit that no fact
// covers, figures read without a subject the catalogue knows, and sentences whose words announce
// goals, ranks or projects but gave none. No answers are needed, so it runs over any pile of real
// pages kept outside the repository (`npm run coverage -- DIR`); it counts leads to read by eye,
// not errors: a figure with a unit is not always an indicator's.

import type { ParsedReport, Sentence } from '../../src/parse/types.js';

export type LeadKind =
  | 'unread-figure' // a number with a unit inside no fact's span
  | 'no-subject' // a fact whose subject is empty
  | 'unknown-subject' // a fact whose subject is not in the catalogue and made no observation
  | 'goal-without-target' // goal words with figures, no target from the sentence
  | 'rank-without-ranking' // rank words, no ranking from the sentence
  | 'project-without-project'; // project words with an amount, no project from the sentence

export const LEAD_KINDS: readonly LeadKind[] = [
  'unread-figure',
  'no-subject',
  'unknown-subject',
  'goal-without-target',
  'rank-without-ranking',
  'project-without-project',
];

export interface Lead {
  kind: LeadKind;
  /** The figure or subject the lead is about. */
  what: string;
  sentence: string;
  line: number;
}

export interface Coverage {
  /** Figures with a unit in prose sentences, found by a pattern independent of the parser's scanner. */
  figures: number;
  /** Of those, how many lie inside some fact's span. */
  covered: number;
  facts: number;
  observations: number;
  targets: number;
  rankings: number;
  projects: number;
  leads: Lead[];
}

// A number (digits, a decimal point, thousands commas) followed by a unit: what a reader would call
// a figure. Years, months, days, ordinals and document numbers are left out by the units listed.
const FIGURE =
  /(?<![\d.〔[第])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(%|‰|℅|个百分点|个点|倍|亿美元|万美元|美元|亿元|万元|千元|元|万千瓦时|亿千瓦时|千瓦时|万吨|吨|万平方米|平方米|万亩|亩|公里|万人次|人次|万人|人|万户|户|家|个|项|宗|万头|头|万只|只|辆|件|套|台|千克|公斤|立方米)/gu;
const GOAL_WORDS = /目标|预期|力争|确保|计划(?:增长|实现|完成)|左右|以上|以内|不低于|控制在/u;
// 以上 in a statistical scope is no goal: 规模以上工业, 限额以上单位, 2000万元及以上.
const SCOPE_WORDS = /规模以上|限额以上|额以上|及以上|\d+万元以上/gu;
const RANK_WORDS = /第[一二三四五六七八九十\d]+(?:位|名)|排名|排位|位次|位居|居(?:全|各)/u;
const PROJECT_WORDS = /项目|工程/u;
const AMOUNT = /\d(?:\.\d+)?\s*(?:亿元|万元)/u;

const inside = (spans: Array<[number, number]>, start: number, end: number) =>
  spans.some(([s, e]) => start >= s && end <= e);

/** The leads and counts of one parsed report. */
export function coverageOf(report: ParsedReport): Coverage {
  const prose = report.sentences.filter((s) => s.kind === 'prose');
  const factSpans = new Map<number, Array<[number, number]>>();
  for (const f of report.facts) {
    const spans = factSpans.get(f.provenance.sentenceIndex) ?? [];
    spans.push([f.provenance.start, f.provenance.end]);
    factSpans.set(f.provenance.sentenceIndex, spans);
  }
  const withTarget = new Set(report.targets.map((t) => t.provenance.sentenceIndex));
  const withRanking = new Set(report.rankings.map((r) => r.provenance.sentenceIndex));
  const withProject = new Set(
    report.projects.flatMap((p) => p.mentions.map((m) => m.provenance.sentenceIndex)),
  );
  const observed = new Set(
    report.observations.map((o) => `${o.provenance.sentenceIndex}:${o.provenance.start}`),
  );
  const bySentence = new Map(report.sentences.map((s) => [s.index, s]));
  const leads: Lead[] = [];
  const lead = (kind: LeadKind, what: string, s: Sentence) =>
    leads.push({ kind, what, sentence: s.text, line: s.line });

  let figures = 0;
  let covered = 0;
  for (const s of prose) {
    const spans = factSpans.get(s.index) ?? [];
    let count = 0;
    for (const m of s.text.matchAll(FIGURE)) {
      count++;
      const start = s.start + (m.index ?? 0);
      if (inside(spans, start, start + m[0].length)) covered++;
      else lead('unread-figure', m[0], s);
    }
    figures += count;
    if (count === 0) continue;
    if (GOAL_WORDS.test(s.text.replace(SCOPE_WORDS, '')) && !withTarget.has(s.index))
      lead('goal-without-target', '', s);
    if (RANK_WORDS.test(s.text) && !withRanking.has(s.index)) lead('rank-without-ranking', '', s);
    if (PROJECT_WORDS.test(s.text) && AMOUNT.test(s.text) && !withProject.has(s.index))
      lead('project-without-project', '', s);
  }
  for (const f of report.facts) {
    const s = bySentence.get(f.provenance.sentenceIndex);
    if (s?.kind !== 'prose') continue;
    if (f.subject === '') lead('no-subject', f.quantity.raw, s);
    else if (
      f.indicatorCode === null &&
      (f.measure === 'level' || f.measure === 'growth') &&
      !observed.has(`${f.provenance.sentenceIndex}:${f.provenance.start}`)
    )
      lead('unknown-subject', `${f.subject} ${f.quantity.raw}`, s);
  }
  return {
    figures,
    covered,
    facts: report.facts.length,
    observations: report.observations.length,
    targets: report.targets.length,
    rankings: report.rankings.length,
    projects: report.projects.length,
    leads,
  };
}
