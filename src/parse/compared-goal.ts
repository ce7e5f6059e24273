// A goal named only as what a result was above or below (居民消费价格涨幅高于年初确定的4.5%左右的调控目标, 上涨2.4%，
// 远低于3.5%的物价调控目标): the year's goal of the indicator the clause (or the clause before) names, judged by the
// text's own 高于/低于. Session 39, fixleft39.

import { catalogueEntry } from './catalogue.js';
import { leadingIndicator } from './prose-clauses.js';
import type { Attainment, Comparator, Observation, Sentence, Target } from './types.js';

/** 高于年初确定的4.5%左右的调控目标, 低于全年4.5%的目标: the comparison, the figure, its bound. */
const COMPARED_GOAL =
  /(?:明显|远|略|均)?(高于|低于|超过|超出)(?:年初|年度|全年|今年)?(?:[\u4e00-\u9fa5]{0,4}?(?:确定|设定|提出|制定|下达))?的?(\d+(?:\.\d+)?)%(左右|以内)?的(?:物价)?(?:调控|预期|控制|年度|全年)?目标/g;

/** 一是, 二是…: an enumeration before a problem's clause, no part of its subject. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|其[一二三四五]是?)/;

export interface ComparedGoals {
  targets: Target[];
  observations: Observation[];
}

/**
 * The goals such comparisons name, one per clause; the figures read there as the indicator's own (a rate of 3.5%)
 * are dropped, being the goal's.
 */
export function comparedGoals(
  folded: string,
  sentences: readonly Sentence[],
  observations: readonly Observation[],
  setBy: string | null,
): ComparedGoals {
  const result: ComparedGoals = { targets: [], observations: [...observations] };
  const drop = new Set<Observation>();
  for (const m of folded.matchAll(COMPARED_GOAL)) {
    const start = m.index ?? 0;
    const before = folded.slice(Math.max(0, start - 60), start);
    const clauses = before.split(/[,;:，；：。\n]/);
    const own = (clauses.at(-1) ?? '').replace(ENUMERATOR, '');
    const previous = (clauses.at(-2) ?? '').replace(ENUMERATOR, '');
    const named = leadingIndicator(own) ?? (own.trim() === '' ? leadingIndicator(previous) : null);
    if (!named) continue;
    const entry = catalogueEntry(named.entry.code) ?? named.entry;
    const head = own.trim() === '' ? previous : own;
    const declining =
      /(?:下降|降低)(?:幅度)?$|降幅$/.test(head.replace(/[\s\d.%]+$/, '')) || /下降幅度|降幅/.test(own);
    const value = Number(m[2]) * (declining ? -1 : 1);
    const above = m[1] !== '低于';
    // 下降幅度低于目标: it fell less than planned; a ceiling (CPI) is missed when the result is above it.
    const met = declining ? above : entry.direction === 'higher-is-better' ? above : !above;
    const attainment: Attainment = met ? 'met' : 'missed';
    const bound: Comparator =
      m[3] === '左右' ? 'approx' : m[3] === '以内' || entry.direction !== 'higher-is-better' ? 'lte' : 'eq';
    const figureStart = start + m[0].indexOf(m[2] ?? '');
    for (const o of observations)
      if (
        o.source === 'prose' &&
        o.provenance.start >= figureStart &&
        o.provenance.start < start + m[0].length
      )
        drop.add(o);
    result.targets.push({
      indicatorCode: entry.code,
      indicatorName: named.name,
      setBy,
      kind: 'target',
      horizon: 'full-year',
      value,
      unit: '%',
      comparator: bound,
      text: `${m[2]}%${m[3] ?? ''}`,
      raw: m[0],
      attainment,
      attainmentReason: `the report says the result was ${m[1]} the goal`,
      derived: false,
      provenance: {
        sentenceIndex: sentences.findLast((s) => s.start <= start)?.index ?? 0,
        start,
        end: start + m[0].length,
      },
    });
  }
  result.observations = observations.filter((o) => !drop.has(o));
  return result;
}
