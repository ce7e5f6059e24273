// A share of the year's plan given before its level (一般公共预算收入（12.8%）已完成年初预算的54.2% in a
// summary paragraph, …一般公共预算收入完成71.36亿元 paragraphs later): the full-year target is the level
// over the share, the level being the first one of the indicator the report gives after the share.

import type { NamedIndicator } from './prose-clauses.js';
import { derivedFullYearTarget, type ProseTarget } from './prose-targets.js';
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
