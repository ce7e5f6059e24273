// A share of the year's plan given before its level (一般公共预算收入（12.8%）已完成年初预算的54.2% in a
// summary paragraph, …一般公共预算收入完成71.36亿元 paragraphs later): the full-year target is the level
// over the share, the level being the first one of the indicator the report gives after the share.
// A gap to the plan in a lead paragraph (三项指标增速…分别高于年度预期目标a、b、c个百分点, the growths
// paragraphs later) likewise: the plan is the first growth given after the gap, less the gap.
// A share with no level after it takes the last level before it: a committee's 审查报告 printed below the 决议
// that gave the year's levels (固定资产投资完成年度计划的103.2%; session 40, fixleft40, F6012).

import type { NamedIndicator } from './prose-clauses.js';
import { derivedFullYearTarget, type ProseTarget, periodPlanTarget } from './prose-targets.js';
import type { Fact, Observation } from './types.js';

/** 前三季度, 上半年, 1-9月, 三季度末, 截至9月底: a part of the year a share's words scope it to. */
const PART_OF_YEAR =
  /(?:前三季度|上半年|[一二三四]季度|\d+\s*[-—–~至]\s*\d+月|\d+月(?:份|底|末)|截至|截止|目前)/;

export interface ShareBeforeLevel {
  join: NamedIndicator;
  share: Fact;
  raw: string;
}

/** The full-year targets of shares whose level is not beside them: one per share, from the first level after it (or the last before). */
export function laterLevelTargets(
  shares: readonly ShareBeforeLevel[],
  facts: readonly Fact[],
  observations: readonly Observation[],
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  for (const { join, share, raw } of shares) {
    // An observed level (not a goal of the plan part), an amount.
    const levels = observations.filter(
      (o) =>
        o.indicatorCode === join.entry.code &&
        o.measure === 'level' &&
        o.quantity !== null &&
        o.quantity.baseUnit !== '%',
    );
    // The first after the share; with none after, the last before it of the report's own period, unless the
    // share is of a part of the year (前三季度…仅完成年计划的A%: the year's level is not the part's; F6012).
    const level =
      levels.find((o) => o.provenance.start > share.provenance.end) ??
      (PART_OF_YEAR.test(raw)
        ? undefined
        : levels.findLast((o) => o.period === undefined && o.provenance.end < share.provenance.start));
    const fact = level && facts.find((f) => f.provenance.start === level.provenance.start);
    const target = fact ? derivedFullYearTarget(join, share, fact, raw) : null;
    if (target) targets.push(target);
  }
  return targets;
}

export interface GapBeforeGrowth {
  join: NamedIndicator;
  gap: Fact;
  raw: string;
  fullYear: boolean;
}

/** The plans of gaps in points whose growth comes later: one per gap, from the first growth after it. */
export function laterGrowthTargets(
  gaps: readonly GapBeforeGrowth[],
  facts: readonly Fact[],
  observations: readonly Observation[],
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  for (const { join, gap, raw, fullYear } of gaps) {
    const growth = observations.find(
      (o) =>
        o.indicatorCode === join.entry.code &&
        o.measure === 'growth' &&
        o.quantity?.unit === '%' &&
        o.provenance.start > gap.provenance.end,
    );
    const fact = growth && facts.find((f) => f.provenance.start === growth.provenance.start);
    if (fact) targets.push(periodPlanTarget(join, gap, fact, raw, fullYear));
  }
  return targets;
}
