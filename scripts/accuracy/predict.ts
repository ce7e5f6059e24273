// What the parser said about one report, reduced to the fields the answer files can state. Reads
// only the public ParsedReport; fields and values it does not know (new measures, target kinds,
// Target.derived, Ranking.change) pass through as plain strings and numbers, never as errors.

import type { ParsedReport } from '../../src/parse/types.js';

export interface PredictedObservation {
  code: string;
  name: string;
  measure: string;
  value: number;
  /** The unit as written, or the unit of the row name when the cell holds a bare number. */
  unit: string;
  raw: string;
  /** The value in its base unit (1.2倍 → 120%): the same quantity written two ways is one item. */
  base: string;
  /** The figure's own period when the parser scoped it to an earlier one; null: the report's. */
  period?: string | null;
}

export interface PredictedTarget {
  code: string;
  name: string;
  kind: string;
  horizon: string;
  value: number | null;
  unit: string;
  comparator: string | null;
  attainment: string;
  derived: boolean;
  raw: string;
}

export interface PredictedAttainment {
  code: string;
  name: string;
  kind: string;
  horizon: string;
  attainment: string;
  raw: string;
}

export interface PredictedRanking {
  code: string | null;
  subject: string;
  rank: number;
  of: number | null;
  scope: string;
  change: number | null;
  raw: string;
}

export interface PredictedProject {
  name: string;
  planned: number[];
  completed: number[];
}

export interface PredictedFact {
  subject: string;
  value: number;
  unit: string;
  raw: string;
}

export interface Predictions {
  observations: PredictedObservation[];
  targets: PredictedTarget[];
  attainment: PredictedAttainment[];
  rankings: PredictedRanking[];
  projects: PredictedProject[];
  facts: PredictedFact[];
}

/** Keeps the first item of each key: a figure the report states twice (table and prose) is one item. */
function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * distinct for observations: a quantity stated in the table and again in the prose is one item, named
 * by the fuller of the two written names when one contains the other (the table's row 其中：工业, the
 * prose's 全部工业增加值): the name the report spells out is the item's. One quantity however written:
 * 增长1.2倍 in the prose is the table's 120%.
 */
function distinctObservations(items: PredictedObservation[]): PredictedObservation[] {
  const kept = new Map<string, PredictedObservation>();
  for (const item of items) {
    const k = [item.code, item.measure, item.base, item.period].join('|');
    const first = kept.get(k);
    if (!first) kept.set(k, item);
    else if (item.name.length > first.name.length && item.name.includes(first.name))
      kept.set(k, { ...first, name: item.name });
  }
  return [...kept.values()];
}

const round = (value: number | null) => (value === null ? 'null' : String(Math.round(value * 1e6) / 1e6));

export function predictionsOf(report: ParsedReport): Predictions {
  const rowUnits = new Map<string, string>();
  for (const indicator of report.indicators ?? [])
    if (indicator.unit) rowUnits.set(indicator.code, indicator.unit);

  const observations = distinctObservations(
    (report.observations ?? []).flatMap((o): PredictedObservation[] =>
      o.quantity && Number.isFinite(o.quantity.value)
        ? [
            {
              code: o.indicatorCode,
              name: o.indicatorName,
              measure: String(o.measure),
              value: o.quantity.value,
              unit: o.quantity.unit || rowUnits.get(o.indicatorCode) || '',
              raw: o.quantity.raw,
              base: `${round(o.quantity.valueBase)}${o.quantity.baseUnit}`,
              period: o.period ?? null,
            },
          ]
        : [],
    ),
  );

  const readTargets = (report.targets ?? []).map(
    (t): PredictedTarget => ({
      code: t.indicatorCode,
      name: t.indicatorName,
      kind: String(t.kind),
      horizon: String(t.horizon),
      value: typeof t.value === 'number' ? t.value : null,
      unit: t.unit ?? '',
      comparator: t.comparator ?? null,
      attainment: String(t.attainment),
      derived: (t as { derived?: unknown }).derived === true,
      raw: t.raw || t.text,
    }),
  );
  // 增长20%，力争达到20亿元: a growth goal and a level goal of one figure are two targets, so the unit
  // is part of what makes a stated target distinct.
  const stated = distinct(
    readTargets.filter((t) => !t.derived),
    (t) => [t.code, t.kind, t.horizon, round(t.value), t.unit, t.comparator ?? 'eq'].join('|'),
  );
  // A target the text implies (高于计划0.3个百分点) that the table also states (6%以上) is that target; one
  // in another unit is not (完成年度预算的56.2% implies 5亿元 beside a stated 增长5%以上: held-out-325).
  const sameFigure = (a: PredictedTarget, b: PredictedTarget) =>
    a.code === b.code &&
    a.kind === b.kind &&
    a.horizon === b.horizon &&
    round(a.value) === round(b.value) &&
    a.unit === b.unit;
  const targets = [
    ...stated,
    ...distinct(
      readTargets.filter((t) => t.derived && !stated.some((s) => sameFigure(s, t))),
      (t) => [t.code, t.kind, t.horizon, round(t.value)].join('|'),
    ),
  ];

  // One verdict per distinct target: two targets judged alike are still two verdicts.
  const attainment = targets.map(
    (t): PredictedAttainment => ({
      code: t.code,
      name: t.name,
      kind: t.kind,
      horizon: t.horizon,
      attainment: t.attainment,
      raw: t.raw,
    }),
  );

  // The same rank read twice (table and prose) is one ranking, with what either reading knew.
  const rankings: PredictedRanking[] = [];
  for (const r of report.rankings ?? []) {
    const change = (r as { change?: unknown }).change;
    const reading: PredictedRanking = {
      code: r.indicatorCode,
      subject: r.subject,
      rank: r.rank,
      of: r.of,
      scope: r.scope,
      change: typeof change === 'number' ? change : null,
      raw: r.raw,
    };
    const same = rankings.find(
      (x) => (x.code ?? x.subject) === (reading.code ?? reading.subject) && x.rank === reading.rank,
    );
    if (!same) rankings.push(reading);
    else {
      same.of ??= reading.of;
      same.scope ||= reading.scope;
      same.change ??= reading.change;
    }
  }

  const projects = (report.projects ?? []).map(
    (p): PredictedProject => ({
      name: p.name,
      planned: p.mentions.flatMap((m) => (m.plannedInvestment === null ? [] : [m.plannedInvestment])),
      completed: p.mentions.flatMap((m) => (m.completedInvestment === null ? [] : [m.completedInvestment])),
    }),
  );

  // Facts are occurrences: a figure the prose gives twice is two facts.
  const facts = (report.facts ?? []).map(
    (f): PredictedFact => ({
      subject: f.subject,
      value: f.quantity.value,
      unit: f.quantity.unit,
      raw: f.quantity.raw,
    }),
  );

  return { observations, targets, attainment, rankings, projects, facts };
}
