// Consistency flags: places where the loaded reports contradict themselves or each other, each
// with both provenances. Rebuilt over the whole database at the end of every load, because a
// report loaded today can contradict one loaded last year. Tolerances are those of tolerance.ts.

import type Database from 'better-sqlite3';
import { rowsInserter } from './bulk-insert.js';
import { rankContradiction } from './queries/compare.js';
import { VINTAGE_ORDER_DESC } from './queries/shared.js';
import * as schema from './schema.js';
import { agreesAsWritten, agreesDerived, type Figure, figuresAgree } from './tolerance.js';

export const FLAG_KINDS = schema.flags.kind.enumValues;
export type FlagKind = (typeof FLAG_KINDS)[number];
export type Severity = 'info' | 'warning' | 'error';

/**
 * How sure each kind is that something is wrong: two figures for one quantity in one report's
 * table and prose is an error; a restatement (subjects are matched by name), a rank against
 * loaded siblings and a share against a target (either may be another vintage) are warnings; a
 * level against last year's level and this year's growth is information only, since growth is
 * usually at comparable prices and levels at current prices.
 */
export const SEVERITY: Record<FlagKind, Severity> = {
  'table-prose': 'error',
  restated: 'warning',
  rank: 'warning',
  share: 'warning',
  'growth-level': 'info',
};

interface Place {
  reportId: string;
  sentenceId: number;
  start: number;
  end: number;
}

interface Found {
  kind: FlagKind;
  message: string;
  indicatorCode: string | null;
  at: Place;
  other: Place;
}

type ObservationRow = Place &
  Figure & {
    id: number;
    indicatorCode: string;
    measure: string;
    source: string;
    raw: string;
    /** The figure's own period when the report scopes it to an earlier one (null: the report's). */
    period: string | null;
  };

const OBSERVATION = `x.id, x.report_id AS reportId, x.sentence_id AS sentenceId, x.start, x."end",
  x.indicator_code AS indicatorCode, x.measure, x.source, x.value, x.unit, x.value_base AS valueBase, x.raw,
  x.period`;

/**
 * The figures of one region and period: of that year's reports (the only ones that can give a
 * figure of the period, their own or one they scope to an earlier part of the year), those whose
 * own period, else their report's, is the period. Parameters: region or parent, year, period.
 */
const OF_PERIOD = `r.period > ? || '-' AND r.period < ? || '.' AND coalesce(x.period, r.period) = ?`;
const ofPeriod = (period: string) => [period.slice(0, 4), period.slice(0, 4), period] as const;

/** The figure a report gives for an indicator and measure: its table's first, else its prose's first. */
const firstOf = (rows: ObservationRow[]) =>
  rows.find((r) => r.source === 'table' && r.value !== null) ?? rows.find((r) => r.value !== null);

function tableProse(sqlite: Database.Database): Found[] {
  const rows = sqlite
    .prepare<[], ObservationRow>(
      // The table is of the report's own period: a prose figure of an earlier one is another quantity.
      `SELECT ${OBSERVATION} FROM observations x WHERE x.value IS NOT NULL AND x.period IS NULL
       AND EXISTS (SELECT 1 FROM observations t WHERE t.report_id = x.report_id AND t.source = 'table'
                   AND t.indicator_code = x.indicator_code AND t.measure = x.measure)
       ORDER BY x.report_id, x.indicator_code, x.measure, x.source = 'table' DESC, x.id`,
    )
    .all();
  const found: Found[] = [];
  for (const group of groupBy(rows, (r) => `${r.reportId}|${r.indicatorCode}|${r.measure}`)) {
    const table = group[0] as ObservationRow;
    for (const prose of group.filter((r) => r.source === 'prose'))
      if (!figuresAgree(table, prose))
        found.push({
          kind: 'table-prose',
          message: `${table.indicatorCode} ${table.measure}: the table gives ${table.raw}, the prose ${prose.raw}`,
          indicatorCode: table.indicatorCode,
          at: table,
          other: prose,
        });
  }
  return found;
}

/** Words that say how a figure was arrived at, not what it is: 企业累计退费 and 企业办理退费 are one subject. */
const PROCESS_WORDS = /累计|办理|合计|共计|实现|完成|共/g;

/**
 * One report stating one quantity twice with different values: the same subject (less
 * PROCESS_WORDS), unit and measure in two sentences of the part that reports what was done, the
 * sentences counting the same things (the seed's refund: 839家 in both) or nothing, and neither
 * naming a project (each project's 总投资 is another quantity).
 */
function restated(sqlite: Database.Database): Found[] {
  const rows = sqlite
    .prepare<[], Place & { subject: string; measure: string; unit: string; value: number; raw: string }>(
      `SELECT x.report_id AS reportId, x.sentence_id AS sentenceId, x.start, x."end", x.subject, x.measure,
         x.unit, x.value, x.raw
       FROM facts x JOIN sentences s ON s.id = x.sentence_id JOIN sections sec ON sec.id = s.section_id
       WHERE x.subject <> '' AND x.measure <> 'count' AND sec.phase = 'reported'
       ORDER BY x.report_id, x.id`,
    )
    .all();
  // Read once rather than per fact: neither facts nor project_mentions is indexed by sentence.
  const withProjects = new Set(
    sqlite.prepare<[], number>('SELECT DISTINCT sentence_id FROM project_mentions').pluck().all(),
  );
  // A figure of an earlier period (a full-year report's 上半年 figure) is another quantity than the
  // year's: the facts at the place of an observation with a period of its own are left out.
  const ofEarlierPeriod = new Set(
    sqlite
      .prepare<[], string>(`SELECT sentence_id || ':' || start FROM observations WHERE period IS NOT NULL`)
      .pluck()
      .all(),
  );
  const counts = new Map<number, Set<string>>();
  for (const { sentenceId, raw } of sqlite
    .prepare<[], { sentenceId: number; raw: string }>(
      `SELECT sentence_id AS sentenceId, raw FROM facts WHERE measure = 'count'`,
    )
    .all()) {
    const set = counts.get(sentenceId) ?? new Set<string>();
    set.add(raw);
    counts.set(sentenceId, set);
  }
  const sameThings = (a: number, b: number) => {
    const [x, y] = [counts.get(a), counts.get(b)];
    return !x && !y ? true : [...(x ?? [])].some((raw) => y?.has(raw));
  };
  const found: Found[] = [];
  const key = (r: (typeof rows)[number]) =>
    `${r.reportId}|${r.subject.replace(PROCESS_WORDS, '')}|${r.unit}|${r.measure}`;
  for (const group of groupBy(
    rows.filter((r) => !withProjects.has(r.sentenceId) && !ofEarlierPeriod.has(`${r.sentenceId}:${r.start}`)),
    key,
  )) {
    const first = group[0] as (typeof group)[number];
    const other = group.find(
      (r) =>
        r.sentenceId !== first.sentenceId &&
        !agreesAsWritten(r.value, first.value) &&
        sameThings(r.sentenceId, first.sentenceId),
    );
    if (other)
      found.push({
        kind: 'restated',
        message: `${first.subject} is stated as ${first.raw} and as ${other.raw}`,
        indicatorCode: null,
        at: first,
        other,
      });
  }
  return found;
}

interface ReportRow {
  id: string;
  region: string;
  parentRegion: string | null;
  period: string;
}

function growthLevel(sqlite: Database.Database): Found[] {
  const pairs = sqlite
    .prepare<[], ReportRow & { code: string }>(
      `SELECT DISTINCT r.id, r.region, r.period, x.indicator_code AS code FROM observations x
       JOIN reports r ON r.id = x.report_id WHERE x.measure = 'growth' AND x.value IS NOT NULL AND x.period IS NULL
       AND EXISTS (SELECT 1 FROM observations l WHERE l.report_id = r.id AND l.indicator_code = x.indicator_code
                   AND l.measure = 'level' AND l.value_base IS NOT NULL AND l.period IS NULL)`,
    )
    .all();
  // The report's own figures of its period; the level a year earlier from the latest vintage.
  const own = sqlite.prepare<[string, string, string], ObservationRow>(
    `SELECT ${OBSERVATION} FROM observations x WHERE x.report_id = ? AND x.indicator_code = ? AND x.measure = ?
       AND x.period IS NULL
     ORDER BY x.id`,
  );
  const earlier = sqlite.prepare<[string, string, string, string, string], ObservationRow>(
    `SELECT ${OBSERVATION} FROM reports r CROSS JOIN observations x ON x.report_id = r.id
     WHERE r.region = ? AND ${OF_PERIOD} AND x.indicator_code = ? AND x.measure = 'level' AND x.value_base IS NOT NULL
     ORDER BY ${VINTAGE_ORDER_DESC}, x.source = 'table' DESC, x.id LIMIT 1`,
  );
  const found: Found[] = [];
  for (const pair of pairs) {
    const year = Number(pair.period.slice(0, 4));
    const before = earlier.get(pair.region, ...ofPeriod(`${year - 1}${pair.period.slice(4)}`), pair.code);
    const level = firstOf(own.all(pair.id, pair.code, 'level'));
    const growth = firstOf(own.all(pair.id, pair.code, 'growth'));
    if (!before || !level || !growth || level.valueBase === null || before.valueBase === null) continue;
    const implied = level.valueBase / (1 + (growth.value as number) / 100);
    if (agreesDerived(implied, before.valueBase)) continue;
    const actual = ((level.valueBase / before.valueBase - 1) * 100).toFixed(1);
    found.push({
      kind: 'growth-level',
      message: `${pair.code}: ${level.raw} against ${before.raw} a year earlier is growth of ${actual}%, not ${growth.raw}`,
      indicatorCode: pair.code,
      at: growth,
      other: before,
    });
  }
  return found;
}

function ranks(sqlite: Database.Database): Found[] {
  const claims = sqlite
    .prepare<[], Place & ReportRow & { code: string; rank: number; of: number | null; direction: string }>(
      `SELECT x.report_id AS reportId, x.sentence_id AS sentenceId, x.start, x."end", x.rank, x.of,
         x.indicator_code AS code, r.region, r.parent_region AS parentRegion, r.period, i.direction
       FROM rankings x JOIN reports r ON r.id = x.report_id JOIN indicators i ON i.code = x.indicator_code
       WHERE r.parent_region IS NOT NULL AND (x.scope = '' OR x.scope = r.parent_region)
       ORDER BY x.id`,
    )
    .all();
  const has = sqlite
    .prepare<[string, string, string], number>(
      `SELECT 1 FROM observations WHERE report_id = ? AND indicator_code = ? AND measure = ? AND value IS NOT NULL
         AND period IS NULL`,
    )
    .pluck();
  // Each sibling region's figure of the period from its latest report that gives one (a full-year
  // report restating the half-year included). CROSS JOIN keeps SQLite to this order (the year's
  // reports, then their rows) on a fresh file that has no statistics yet.
  const siblings = sqlite.prepare<
    [string, string, string, string, string, string],
    ObservationRow & { region: string }
  >(
    `SELECT ${OBSERVATION}, r.region FROM reports r CROSS JOIN observations x ON x.report_id = r.id
     WHERE ${OF_PERIOD} AND r.parent_region = ? AND x.indicator_code = ? AND x.measure = ? AND x.value IS NOT NULL
     ORDER BY r.region, ${VINTAGE_ORDER_DESC}, x.source = 'table' DESC, x.id`,
  );
  const groups = new Map<string, Map<string, ObservationRow>>();
  const siblingsOf = (period: string, parent: string, code: string, measure: string) => {
    const key = `${period}|${parent}|${code}|${measure}`;
    let byRegion = groups.get(key);
    if (!byRegion) {
      byRegion = new Map();
      for (const row of siblings.all(...ofPeriod(period), parent, code, measure))
        if (!byRegion.has(row.region)) byRegion.set(row.region, row);
      groups.set(key, byRegion);
    }
    return byRegion;
  };
  const found: Found[] = [];
  for (const claim of claims) {
    // Counties rank on growth when the report gives one, else on the level.
    const measure = has.get(claim.reportId, claim.code, 'growth') ? 'growth' : 'level';
    const byRegion = siblingsOf(claim.period, claim.parentRegion as string, claim.code, measure);
    const mine = byRegion.get(claim.region);
    if (!mine || byRegion.size < 2) continue;
    const value = (row: ObservationRow) => (row.unit === '%' ? row.value : row.valueBase) ?? 0;
    const lower = claim.direction === 'lower-is-better';
    const others = [...byRegion.values()].filter((r) => r !== mine);
    const better = others.filter((r) => (lower ? value(r) < value(mine) : value(r) > value(mine)));
    const worse = others.filter((r) => (lower ? value(r) > value(mine) : value(r) < value(mine)));
    const why = rankContradiction(claim, better.length, worse.length, byRegion.size);
    if (!why) continue;
    // The sibling that shows it most plainly: the best of those better, or the worst of those worse.
    const byValue = (rows: ObservationRow[]) => rows.sort((a, b) => (lower ? -1 : 1) * (value(b) - value(a)));
    const witness = (
      better.length >= claim.rank ? byValue(better)[0] : byValue(worse).at(-1)
    ) as ObservationRow;
    found.push({
      kind: 'rank',
      message: `${claim.region} ${claim.code} ${measure} ${mine.raw}: ${why}`,
      indicatorCode: claim.code,
      at: claim,
      other: witness,
    });
  }
  return found;
}

function shares(sqlite: Database.Database): Found[] {
  const rows = sqlite
    .prepare<[], ObservationRow>(
      `SELECT ${OBSERVATION} FROM observations x WHERE x.measure = 'share' AND x.value IS NOT NULL`,
    )
    .all();
  // The level of the share's own period in its report (a full-year report's 上半年 share, its 上半年 level).
  const levels = sqlite.prepare<[string, string, string | null], ObservationRow>(
    `SELECT ${OBSERVATION} FROM observations x WHERE x.report_id = ? AND x.indicator_code = ? AND x.measure = 'level'
       AND x.period IS ?
     ORDER BY x.id`,
  );
  const target = sqlite.prepare<[string, string, string], Place & { value: number; raw: string }>(
    `SELECT x.report_id AS reportId, x.sentence_id AS sentenceId, x.start, x."end", x.value, x.raw FROM targets x
     WHERE x.report_id = ? AND x.indicator_code = ? AND x.unit = ? AND x.kind = 'target'
       AND x.horizon = 'full-year' AND x.value > 0 ORDER BY x.id LIMIT 1`,
  );
  const found: Found[] = [];
  for (const share of rows) {
    const level = firstOf(levels.all(share.reportId, share.indicatorCode, share.period));
    if (!level?.unit) continue;
    const plan = target.get(share.reportId, share.indicatorCode, level.unit);
    if (!plan) continue;
    const computed = ((level.value as number) / plan.value) * 100;
    if (agreesDerived(computed, share.value as number)) continue;
    found.push({
      kind: 'share',
      message: `${share.indicatorCode}: ${level.raw} of a full-year target of ${plan.raw} is ${computed.toFixed(1)}%, not ${share.raw}`,
      indicatorCode: share.indicatorCode,
      at: share,
      other: plan,
    });
  }
  return found;
}

function groupBy<T>(rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.values()];
}

/** Replaces every flag with those the database holds now; returns how many there are. */
export function rebuildFlags(sqlite: Database.Database): number {
  const flags = findFlags(sqlite);
  writeFlags(sqlite, flags);
  return flags.length;
}

export type FlagRow = typeof schema.flags.$inferInsert;

/**
 * The flags the database holds now, as rows (only reads: the loader runs it beside the search
 * index's rebuild, which writes through another connection).
 */
export function findFlags(sqlite: Database.Database): FlagRow[] {
  const found = [
    ...tableProse(sqlite),
    ...restated(sqlite),
    ...growthLevel(sqlite),
    ...ranks(sqlite),
    ...shares(sqlite),
  ];
  return found.map((flag, i) => ({
    id: i + 1,
    kind: flag.kind,
    severity: SEVERITY[flag.kind],
    message: flag.message,
    indicatorCode: flag.indicatorCode,
    reportId: flag.at.reportId,
    sentenceId: flag.at.sentenceId,
    start: flag.at.start,
    end: flag.at.end,
    otherReportId: flag.other.reportId,
    otherSentenceId: flag.other.sentenceId,
    otherStart: flag.other.start,
    otherEnd: flag.other.end,
  }));
}

/** Replaces every flag with `flags`. */
export function writeFlags(sqlite: Database.Database, flags: FlagRow[]): void {
  sqlite.prepare('DELETE FROM flags').run();
  rowsInserter(sqlite, schema.flags)(flags);
}
