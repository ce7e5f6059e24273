// Neighbours side by side: one indicator, one period, every sibling region's value, targets and
// the rank its report claims against the rank computed from the values loaded.

import type Database from 'better-sqlite3';
import {
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  splitProvenance,
  withDerivedFlag,
} from './shared.js';

export interface CompareFilter {
  code: string;
  period: string;
  parentRegion?: string | undefined;
  measure: string;
  direction: string;
}

/**
 * Competition ranks (1, 2, 2, 4) of the values, best first: higher values first unless less is better.
 * Returns each value's rank in input order.
 */
export function competitionRanks(values: readonly number[], lowerIsBetter: boolean): number[] {
  const better = (a: number, b: number) => (lowerIsBetter ? a < b : a > b);
  return values.map((v) => 1 + values.filter((w) => better(w, v)).length);
}

/**
 * Whether a claimed rank can be true given the loaded siblings' values: with k siblings loaded
 * strictly better, the rank is at least k + 1; with m strictly worse in a group of `of`, it is at
 * most of − m. Returns why not, or null when the claim is consistent (or cannot be checked).
 */
export function rankContradiction(
  claimed: { rank: number; of: number | null },
  better: number,
  worse: number,
  loaded: number,
): string | null {
  if (claimed.rank < better + 1)
    return `claims rank ${claimed.rank}, but ${better} of the ${loaded} loaded regions have better values`;
  if (claimed.of !== null && claimed.rank > claimed.of - worse)
    return `claims rank ${claimed.rank} of ${claimed.of}, but it has a better value than ${worse} loaded regions`;
  return null;
}

type ValueRow = ProvenanceRow & {
  region: string;
  value: number;
  unit: string | null;
  valueBase: number | null;
  raw: string;
  source: string;
};

export function compareQueries(sqlite: Database.Database) {
  // One value per region: from its latest-published report that gives one for the period (a review
  // that revises the plan report wins, and so does a full-year report restating the half-year), the
  // table's first, else the prose's first (document order). The targets and the rank claimed come
  // from the latest report of the period itself that gives a value (claimReportId): a later
  // period's report claims ranks of its own period. Figures of a period come from that year's reports.
  const values = sqlite.prepare<Record<string, unknown>, ValueRow & { claimReportId: string | null }>(
    `WITH g AS (
       SELECT DISTINCT region FROM (
         SELECT r2.region FROM reports r2 WHERE r2.period = @period AND (@parent IS NULL OR r2.parent_region = @parent)
         UNION ALL
         SELECT r2.region FROM reports r2 CROSS JOIN observations y ON y.report_id = r2.id
         WHERE r2.period > @year || '-' AND r2.period < @year || '.' AND y.period = @period
           AND y.indicator_code = @code AND (@parent IS NULL OR r2.parent_region = @parent))),
     p AS (
       SELECT (SELECT o.id FROM reports r3 CROSS JOIN observations o ON o.report_id = r3.id
               WHERE r3.region = g.region AND r3.period > @year || '-' AND r3.period < @year || '.'
                 AND coalesce(o.period, r3.period) = @period AND o.indicator_code = @code
                 AND o.measure = @measure AND o.value IS NOT NULL
               ORDER BY coalesce(r3.published_at, '') DESC, r3.rowid DESC, o.source = 'table' DESC, o.id LIMIT 1)
                 AS valueId,
              (SELECT r3.id FROM reports r3 CROSS JOIN observations o ON o.report_id = r3.id
               WHERE r3.region = g.region AND r3.period = @period AND o.period IS NULL AND o.indicator_code = @code
                 AND o.measure = @measure AND o.value IS NOT NULL
               ORDER BY coalesce(r3.published_at, '') DESC, r3.rowid DESC LIMIT 1) AS claimReportId
       FROM g)
     SELECT r.region, x.value, x.unit, x.value_base AS valueBase, x.raw, x.source, p.claimReportId, ${PROVENANCE_COLUMNS}
     FROM p CROSS JOIN observations x ON x.id = p.valueId JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
     ORDER BY r.region, r.id`,
  );
  const targets = sqlite.prepare<[string, string], ProvenanceRow & Record<string, unknown>>(
    `SELECT x.set_by AS setBy, x.kind, x.horizon, x.value, x.unit, x.comparator, x.text, x.raw, x.attainment,
       x.attainment_reason AS attainmentReason, x.derived, x.indicator_name AS indicatorName, ${PROVENANCE_COLUMNS}
     FROM targets x ${PROVENANCE_JOIN} WHERE x.report_id = ? AND x.indicator_code = ? ORDER BY x.id`,
  );
  const rankings = sqlite.prepare<[string, string], ProvenanceRow & Record<string, unknown>>(
    `SELECT x.subject, x.rank, x.of, x.scope, x.source, x.raw, x.change, ${PROVENANCE_COLUMNS}
     FROM rankings x ${PROVENANCE_JOIN} WHERE x.report_id = ? AND x.indicator_code = ? ORDER BY x.id`,
  );

  const withProvenance = (row: ProvenanceRow & Record<string, unknown>) => {
    const { own, provenance } = splitProvenance(row);
    const { reportId: _reportId, ...rest } = own;
    return { ...withDerivedFlag(rest), provenance };
  };

  return {
    compareSiblings(filter: CompareFilter) {
      const rows = values.all({
        code: filter.code,
        measure: filter.measure,
        period: filter.period,
        year: filter.period.slice(0, 4),
        parent: filter.parentRegion ?? null,
      });
      // Growth and rates compare as written; levels in their base unit (亿元 against 万元).
      const comparable = rows.map((row) => row.valueBase ?? row.value);
      const lowerIsBetter = filter.direction === 'lower-is-better';
      const computed = competitionRanks(comparable, lowerIsBetter);
      const items = rows.map((row, i) => {
        const mine = comparable[i] as number;
        const better = comparable.filter((v) => (lowerIsBetter ? v < mine : v > mine)).length;
        const worse = comparable.filter((v) => (lowerIsBetter ? v > mine : v < mine)).length;
        const claimedIn = row.claimReportId;
        const claims = (claimedIn ? rankings.all(claimedIn, filter.code) : []).map(
          withProvenance,
        ) as unknown as {
          rank: number;
          of: number | null;
          scope: string;
        }[];
        // The claim about this group: the rank whose scope is the parent region, else the first.
        const claimed =
          claims.find((c) => filter.parentRegion && c.scope === filter.parentRegion) ?? claims[0] ?? null;
        const { own, provenance } = splitProvenance(row);
        return {
          region: own.region,
          reportId: own.reportId,
          value: own.value,
          unit: own.unit,
          source: own.source,
          raw: own.raw,
          provenance,
          targets: (claimedIn ? targets.all(claimedIn, filter.code) : []).map(withProvenance),
          claimedRank: claimed,
          computedRank: computed[i] as number,
          rankContradiction: claimed ? rankContradiction(claimed, better, worse, rows.length) : null,
        };
      });
      items.sort((a, b) => a.computedRank - b.computedRank || (a.region < b.region ? -1 : 1));
      return { siblingsLoaded: rows.length, items };
    },
  };
}
