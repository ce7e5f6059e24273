// A share of the year's plan given before its level (一般公共预算收入（12.8%）已完成年初预算的54.2% in a
// summary paragraph, …一般公共预算收入完成71.36亿元 paragraphs later): the full-year target is the level
// over the share, the level being the first one of the indicator the report gives after the share.
// A gap to the plan in a lead paragraph (三项指标增速…分别高于年度预期目标a、b、c个百分点, the growths
// paragraphs later) likewise: the plan is the first growth given after the gap, less the gap.

import type { NamedIndicator } from './prose-clauses.js';
import { derivedFullYearTarget, type ProseTarget, periodPlanTarget } from './prose-targets.js';
import type { Fact, Observation } from './types.js';

export interface ShareBeforeLevel {
  join: NamedIndicator;
  share: Fact;
  raw: string;
}

/** The full-year targets of shares whose level comes later: one per share, from the first level after it. */
export function laterLevelTargets(
  shares: readonly ShareBeforeLevel[],
  facts: readonly Fact[],
  observations: readonly Observation[],
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  for (const { join, share, raw } of shares) {
    // An observed level (not a goal of the plan part), an amount, after the share.
    const level = observations.find(
      (o) =>
        o.indicatorCode === join.entry.code &&
        o.measure === 'level' &&
        o.quantity !== null &&
        o.quantity.baseUnit !== '%' &&
        o.provenance.start > share.provenance.end,
    );
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
