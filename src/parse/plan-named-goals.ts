// A five-year plan's goal named by its figure where a mid-term evaluation (or a news page on one) measures a result
// against it: 完成规划目标（17亿元）的78.8%, 完成2025年目标（350亿元）的76.8%, 提前完成50%的规划目标, 超过31%的规划目标,
// 距2%的规划目标还差…, 低于规划年均增长7%的目标. Each is the plan's goal for its last year, a five-year target,
// whatever genre the page is read as. Session 40, fix302 (F6162).

import { generatedCode, lookupIndicator } from './catalogue.js';
import { fiveYearTarget } from './five-year-target.js';
import { cleanSubject, leadingIndicator } from './prose-clauses.js';
import type { Attainment, Observation, Sentence, Target } from './types.js';

const NUMBER = String.raw`(\d+(?:\.\d+)?)(亿元|万元|元|万吨|吨|万人|人|%)(左右|以上)?`;
/** 提前完成, 超过: the result is past the goal already; the rest (完成…的B%, 距, 低于) give no verdict by themselves. */
const VERB = '(提前完成|提前实现|超额完成|超过|超出|完成|实现|达到|低于|距离?|离)了?';
/** 规划目标, 2025年目标, 规划确定的2025年目标: a goal the plan set for a year the caller checks is its last. */
const GOAL_WORD = String.raw`(?:(?:“?十[一二三四五六七八九]五”?)?规划(?:确定|提出|明确)?的?)?(?:((?:19|20)\d{2})年)?(?:规划)?目标`;

/** 完成规划目标（17亿元）的, 完成2025年目标（350亿元）: the goal's figure in brackets after its name. */
const BRACKETED = new RegExp(`${VERB}(${GOAL_WORD})[(（](?:增长|下降)?${NUMBER}[)）]`, 'g');
/** 提前完成50%的规划目标, 低于规划年均增长7%的目标: the figure before the goal's name. */
const BEFORE_NAME = new RegExp(
  `${VERB}(规划(?:年均)?(?:增长|增速)?)?(?:增长|下降)?${NUMBER}的(${GOAL_WORD})`,
  'g',
);

const MET = new Set(['提前完成', '提前实现', '超额完成', '超过', '超出']);
const BOUND = { 左右: 'approx', 以上: 'gte' } as const;
/** 2022年全县, 全市: the year and the place before a clause's subject. */
const LEADING_YEAR_SCOPE = /^(?:(?:19|20)\d{2}年(?:末|底)?)?(?:全[省市县区旗]|我[省市县区旗])?/;
/** 城镇化率达到51.2%: a name the catalogue lacks, up to the verb or the span of its figure. */
const OWN_NAME =
  /^([\u4e00-\u9fa5]{2,20}?(?:率|强度|比重|总额|收入|总值|增加值|投资|产量|能力))(?:两年|三年)?(?:累计)?(?:年均)?(?:达到?|为|增长|下降|提高|提升)/;

interface Found {
  start: number;
  end: number;
  raw: string;
  verb: string;
  /** The plan word before the figure (规划, 规划年均增长) or the goal word itself. */
  planWords: string;
  year: number | null;
  value: number;
  unit: string;
  bound: string | undefined;
}

function* found(text: string): Generator<Found> {
  for (const m of text.matchAll(BRACKETED))
    yield {
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      raw: m[0],
      verb: m[1] ?? '',
      planWords: m[2] ?? '',
      year: m[3] ? Number(m[3]) : null,
      value: Number(m[4]),
      unit: m[5] ?? '',
      bound: m[6],
    };
  for (const m of text.matchAll(BEFORE_NAME))
    yield {
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      raw: m[0],
      verb: m[1] ?? '',
      planWords: `${m[2] ?? ''}${m[6] ?? ''}`,
      year: m[7] ? Number(m[7]) : null,
      value: Number(m[3]),
      unit: m[4] ?? '',
      bound: m[5],
    };
}

/** The subject of the nearest clause before `end` in the sentence that names an indicator. */
function subjectBefore(sentence: string): { code: string; name: string } | null {
  const clauses = sentence.split(/[,，;；]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = cleanSubject(clauses[i] ?? '').replace(LEADING_YEAR_SCOPE, '');
    const named = leadingIndicator(clause);
    if (named) return { code: named.entry.code, name: named.name };
    const own = OWN_NAME.exec(clause)?.[1];
    if (own) return { code: lookupIndicator(own)?.code ?? generatedCode(own), name: own };
  }
  return null;
}

/**
 * The five-year goals such words name, for a report of `year`: a goal's year, when written, is the plan's last
 * (a multiple of five, after the report's year and no further than five years on: never 2035's 远景目标); a goal
 * without a year needs the word 规划.
 */
export function planNamedGoals(
  folded: string,
  sentences: readonly Sentence[],
  year: number | null,
  setBy: string | null,
  reason: string,
): Target[] {
  const goals: Target[] = [];
  for (const f of found(folded)) {
    if (f.year !== null) {
      if (year === null || f.year % 5 !== 0 || f.year <= year || f.year - year > 5) continue;
    } else if (!f.planWords.includes('规划')) continue;
    const sentence = sentences.findLast((s) => s.start <= f.start);
    if (!sentence) continue;
    const subject = subjectBefore(folded.slice(sentence.start, f.start));
    if (!subject) continue;
    const attainment: Attainment = MET.has(f.verb) ? 'met' : 'unknown';
    goals.push(
      fiveYearTarget(setBy, {
        code: subject.code,
        name: subject.name,
        value: f.value,
        unit: f.unit,
        comparator: f.bound ? BOUND[f.bound as keyof typeof BOUND] : 'eq',
        text: `${f.value}${f.unit}${f.bound ?? ''}`,
        raw: f.raw,
        attainment,
        attainmentReason: attainment === 'met' ? 'the text says the plan’s goal is reached' : reason,
        provenance: { sentenceIndex: sentence.index, start: f.start, end: f.end },
      }),
    );
  }
  return goals;
}

/** Whether a reading lies inside a named goal's words of the same indicator (the goal's own figure, read twice). */
export function insideNamedGoal(
  reading: Pick<Observation, 'indicatorCode' | 'provenance'>,
  goals: readonly Target[],
): boolean {
  return goals.some(
    (g) =>
      g.indicatorCode === reading.indicatorCode &&
      reading.provenance.start >= g.provenance.start &&
      reading.provenance.end <= g.provenance.end,
  );
}
