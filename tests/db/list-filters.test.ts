// The cross-report lists put only the filters given into their SQL (db/queries/lists.ts), one
// statement per combination. Every combination must select the same rows, in the same order, as a
// plain reading of the filters: every row of the multi-report database read once, in list order,
// and filtered here in TypeScript.

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagQueries } from '../../src/db/queries/flags.js';
import { listQueries } from '../../src/db/queries/lists.js';
import { projectQueries } from '../../src/db/queries/projects.js';
import { PERIOD_KEY, PERIOD_ORDER } from '../../src/db/queries/shared.js';
import { buildCityDb, type CityDb } from '../helpers/city-db.js';

let db: CityDb;
let sqlite: Database.Database;
let lists: ReturnType<typeof listQueries>;

beforeAll(async () => {
  db = await buildCityDb();
  sqlite = new Database(db.file, { readonly: true });
  lists = listQueries(sqlite);
}, 60_000);

afterAll(() => {
  sqlite?.close();
  db?.cleanup();
});

type Row = Record<string, unknown> & { id: number };

/** Every row of `table` with its report and section path, in list order (period, region, report, row). */
function everyRow(table: string): Row[] {
  return sqlite
    .prepare<[], Row>(
      `SELECT x.*, r.region AS region_, r.period AS period_, sec.path AS section_
       FROM ${table} x JOIN reports r ON r.id = x.report_id JOIN sentences s ON s.id = x.sentence_id
       LEFT JOIN sections sec ON sec.id = s.section_id
       ORDER BY ${PERIOD_ORDER('r.period')}, r.region, x.report_id, x.id`,
    )
    .all();
}

/** Every subset of the filters (each given or not). */
function subsets<T extends Record<string, unknown>>(filters: T): Partial<T>[] {
  const names = Object.keys(filters) as (keyof T)[];
  return Array.from({ length: 2 ** names.length }, (_, mask) =>
    Object.fromEntries(names.filter((_, i) => mask & (2 ** i)).map((name) => [name, filters[name]])),
  ) as Partial<T>[];
}

const includes = (value: unknown, part: string) => typeof value === 'string' && value.includes(part);

/** The report filters every list shares, from the database's own rows. */
function reportFilters(rows: Row[]) {
  const last = rows.at(-1) as Row;
  return { region: last.region_ as string, period: last.period_ as string, report: last.report_id as string };
}

function matchesReport(row: Row, filter: { region?: string; period?: string; report?: string }) {
  return (
    (filter.region === undefined || row.region_ === filter.region) &&
    (filter.period === undefined || row.period_ === filter.period) &&
    (filter.report === undefined || row.report_id === filter.report)
  );
}

/** The ids a list answers for a filter: the whole list, and a page from its middle. */
function answer(list: (page: { limit: number; offset: number }) => { items: unknown[]; total: number }) {
  const whole = list({ limit: 100_000, offset: 0 });
  const middle = list({ limit: 5, offset: Math.floor(whole.total / 2) });
  const ids = (items: unknown[]) => items.map((item) => (item as { id: number }).id);
  return { total: whole.total, ids: ids(whole.items), middle: ids(middle.items) };
}

function expected(rows: Row[]) {
  const ids = rows.map((row) => row.id);
  const middle = Math.floor(ids.length / 2);
  return { total: ids.length, ids, middle: ids.slice(middle, middle + 5) };
}

describe('cross-report list filters, every combination', () => {
  it('facts: measure, unit, q, section and the report filters', () => {
    const rows = everyRow('facts');
    const filters = {
      ...reportFilters(rows),
      measure: 'growth',
      unit: '%',
      q: '增长',
      section: '工业',
    };
    let nonEmpty = 0;
    for (const filter of subsets(filters)) {
      const want = rows.filter(
        (row) =>
          matchesReport(row, filter) &&
          (filter.measure === undefined || row.measure === filter.measure) &&
          (filter.unit === undefined || row.unit === filter.unit) &&
          (filter.q === undefined || includes(row.subject, filter.q) || includes(row.raw, filter.q)) &&
          (filter.section === undefined || includes(row.section_, filter.section)),
      );
      if (want.length) nonEmpty++;
      expect(
        answer((page) => lists.listFacts(filter, page)),
        JSON.stringify(filter),
      ).toEqual(expected(want));
    }
    // The fixture's values are chosen so most combinations select something.
    expect(nonEmpty).toBeGreaterThan(2 ** Object.keys(filters).length / 2);
  });

  it('facts: LIKE wildcards in q and section match only themselves', () => {
    const rows = everyRow('facts');
    // The figures as written hold `%` (增长5.7%): a wildcard would match every row.
    expect(rows.some((row) => includes(row.raw, '%'))).toBe(true);
    for (const text of ['%', '_', '\\', '%增长']) {
      const want = rows.filter((row) => includes(row.subject, text) || includes(row.raw, text));
      expect(
        answer((page) => lists.listFacts({ q: text }, page)),
        text,
      ).toEqual(expected(want));
      const inSection = rows.filter((row) => includes(row.section_, text));
      expect(
        answer((page) => lists.listFacts({ section: text }, page)),
        text,
      ).toEqual(expected(inSection));
    }
  });

  it('targets: indicator, setBy, attainment and the report filters', () => {
    const rows = everyRow('targets');
    const setBy = rows.find((row) => row.set_by !== null && row.set_by !== rows[0]?.set_by)?.set_by as string;
    const filters = { ...reportFilters(rows), code: 'gdp', setBy, attainment: 'met' };
    let nonEmpty = 0;
    for (const { code, ...filter } of subsets(filters)) {
      const want = rows.filter(
        (row) =>
          matchesReport(row, filter) &&
          (code === undefined || row.indicator_code === code) &&
          (filter.setBy === undefined || row.set_by === filter.setBy) &&
          (filter.attainment === undefined || row.attainment === filter.attainment),
      );
      if (want.length) nonEmpty++;
      const codes = code === undefined ? null : [code];
      expect(
        answer((page) => lists.listTargets({ ...filter, codes }, page)),
        JSON.stringify(filter),
      ).toEqual(expected(want));
    }
    expect(nonEmpty).toBeGreaterThan(8);
  });

  it('rankings: indicator, scope, maxRank and the report filters', () => {
    const rows = everyRow('rankings');
    const ranked = rows.find((row) => row.indicator_code !== null) as Row;
    const filters = {
      ...reportFilters(rows),
      code: ranked.indicator_code as string,
      scope: (ranked.scope as string).slice(0, 2),
      maxRank: 3,
    };
    let nonEmpty = 0;
    for (const { code, ...filter } of subsets(filters)) {
      const want = rows.filter(
        (row) =>
          matchesReport(row, filter) &&
          (code === undefined || row.indicator_code === code) &&
          (filter.scope === undefined || includes(row.scope, filter.scope)) &&
          (filter.maxRank === undefined || (row.rank as number) <= filter.maxRank),
      );
      if (want.length) nonEmpty++;
      const codes = code === undefined ? null : [code];
      expect(
        answer((page) => lists.listRankings({ ...filter, codes }, page)),
        JSON.stringify(filter),
      ).toEqual(expected(want));
    }
    expect(nonEmpty).toBeGreaterThan(8);
  });

  it('projects: q, status, phase, minInvestment and the report filters, in each order', () => {
    const projects = projectQueries(sqlite);
    const orders = {
      '-investment': 'p.planned_investment IS NULL, p.planned_investment DESC, p.id',
      name: 'p.name, p.id',
    } as const;
    for (const [sort, order] of Object.entries(orders) as [keyof typeof orders, string][]) {
      const rows = sqlite
        .prepare<[], Row>(
          `SELECT p.*, r.region AS region_, r.period AS period_ FROM projects p
           JOIN reports r ON r.id = p.report_id ORDER BY ${order}, ${PERIOD_ORDER('r.period')}`,
        )
        .all();
      const invested = rows.filter((row) => row.planned_investment !== null);
      const withStatus = rows.find((row) => row.status !== null) as Row;
      const filters = {
        ...reportFilters(rows),
        q: ((rows[0] as Row).name as string).slice(0, 2),
        status: (withStatus.status as string).slice(0, 2),
        phase: 'reported',
        minInvestment: invested[Math.floor(invested.length / 2)]?.planned_investment as number,
      };
      let nonEmpty = 0;
      for (const filter of subsets(filters)) {
        const want = rows.filter(
          (row) =>
            matchesReport(row, filter) &&
            (filter.q === undefined || includes(row.name, filter.q) || includes(row.aliases, filter.q)) &&
            (filter.status === undefined || includes(row.status, filter.status)) &&
            (filter.phase === undefined || row.phase === filter.phase) &&
            (filter.minInvestment === undefined ||
              (row.planned_investment !== null &&
                (row.planned_investment as number) >= filter.minInvestment)),
        );
        if (want.length) nonEmpty++;
        expect(
          answer((page) => projects.listProjects({ ...filter, sort }, page)),
          JSON.stringify(filter),
        ).toEqual(expected(want));
      }
      expect(nonEmpty).toBeGreaterThan(16);
    }
  });

  it('flags: kind, severity and a report, region or period on either side', () => {
    const flags = flagQueries(sqlite);
    const rows = sqlite
      .prepare<[], Row>(
        `SELECT f.*, r.region AS region_, r.period AS period_, o.region AS oregion_, o.period AS operiod_
         FROM flags f JOIN reports r ON r.id = f.report_id JOIN reports o ON o.id = f.other_report_id
         ORDER BY ${PERIOD_KEY('r.period')}, r.region, f.id`,
      )
      .all();
    // Flags whose two sides differ, so "either side" is tested.
    const across = rows.find((row) => row.report_id !== row.other_report_id) as Row;
    expect(across).toBeDefined();
    const filters = {
      kind: across.kind as string,
      severity: across.severity as string,
      report: across.other_report_id as string,
      region: across.oregion_ as string,
      period: across.operiod_ as string,
    };
    let nonEmpty = 0;
    for (const filter of subsets(filters)) {
      const want = rows.filter(
        (row) =>
          (filter.kind === undefined || row.kind === filter.kind) &&
          (filter.severity === undefined || row.severity === filter.severity) &&
          (filter.report === undefined ||
            row.report_id === filter.report ||
            row.other_report_id === filter.report) &&
          (filter.region === undefined || row.region_ === filter.region || row.oregion_ === filter.region) &&
          (filter.period === undefined || row.period_ === filter.period || row.operiod_ === filter.period),
      );
      if (want.length) nonEmpty++;
      expect(
        answer((page) => flags.listFlags(filter, page)),
        JSON.stringify(filter),
      ).toEqual(expected(want));
    }
    expect(nonEmpty).toBe(2 ** Object.keys(filters).length);
  });

  it('an unknown indicator, or a value nothing has, selects nothing', () => {
    const none = { items: [], total: 0 };
    expect(lists.listTargets({ codes: [] }, { limit: 10, offset: 0 })).toMatchObject(none);
    expect(lists.listRankings({ codes: ['no-such-code'] }, { limit: 10, offset: 0 })).toMatchObject(none);
    expect(lists.listFacts({ unit: 'no-such-unit' }, { limit: 10, offset: 0 })).toMatchObject(none);
    expect(lists.listFacts({ region: '无此县', measure: 'growth' }, { limit: 10, offset: 0 })).toMatchObject(
      none,
    );
  });
});
