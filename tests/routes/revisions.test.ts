// A full-year report that revises a half-year figure (issue 12's proof): 柏汀县's 2022 report restates
// its 2022-H1 GDP growth as 5.5% (the half-year report said 5.3%) and repeats its investment
// unchanged. The restated figures keep their own period, so they are later vintages of the
// half-year's, not figures of the year.

import { describe, expect, it } from 'vitest';
import { RESTATED } from '../../scripts/build-city-fixtures.js';
import { useApp } from '../helpers/app.js';
import { buildCityDb } from '../helpers/city-db.js';

const city = useApp(buildCityDb, {}, 60_000);

interface Row {
  reportId: string;
  period: string;
  reportPeriod: string;
  periodEnd: string;
  source: string;
  value: number;
  publishedAt: string | null;
  latest: boolean;
  vintageCount: number;
  revised: boolean;
}

const BAITING = `region=${encodeURIComponent(RESTATED.county)}`;
const inject = async (url: string) => {
  const response = await city.app.inject(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const get = async (query: string) =>
  (await inject(`/v1/observations?${BAITING}&${query}`)) as { items: Row[]; total: number };
const brief = (rows: Row[]) =>
  rows.map((r) => ({
    period: r.period,
    reportPeriod: r.reportPeriod,
    source: r.source,
    value: r.value,
    published: r.publishedAt?.slice(0, 10),
    latest: r.latest,
    vintageCount: r.vintageCount,
    revised: r.revised,
  }));
const H1_GROWTH = `indicator=gdp&measure=growth&period=${RESTATED.of}`;
const H1_REPORT = { period: '2022-H1', reportPeriod: '2022-H1', published: '2022-07-20' };
const FY_REPORT = { period: '2022-H1', reportPeriod: '2022-FY', published: '2023-01-25' };

describe(`a full-year report revising a half-year figure (${RESTATED.county} GDP growth, ${RESTATED.of})`, () => {
  it('serves the full-year report’s restatement by default, as the half-year’s figure, revised', async () => {
    const body = await get(H1_GROWTH);
    expect(brief(body.items)).toEqual([
      { ...FY_REPORT, source: 'prose', value: 5.5, latest: true, vintageCount: 2, revised: true },
    ]);
    expect(body.items[0]?.periodEnd).toBe('2022-06-30');
  });

  it('asOf a day before the full-year report answers with the half-year report', async () => {
    const body = await get(`${H1_GROWTH}&asOf=2023-01-24`);
    expect(brief(body.items)).toEqual([
      { ...H1_REPORT, source: 'table', value: 5.3, latest: true, vintageCount: 1, revised: false },
      { ...H1_REPORT, source: 'prose', value: 5.3, latest: true, vintageCount: 1, revised: false },
    ]);
    expect((await get(`${H1_GROWTH}&asOf=2023-01-25`)).items[0]?.value).toBe(5.5);
  });

  it('vintages=all lists both reports in publication order', async () => {
    const body = await get(`${H1_GROWTH}&vintages=all`);
    expect(brief(body.items)).toEqual([
      { ...H1_REPORT, source: 'table', value: 5.3, latest: false, vintageCount: 2, revised: false },
      { ...H1_REPORT, source: 'prose', value: 5.3, latest: false, vintageCount: 2, revised: false },
      { ...FY_REPORT, source: 'prose', value: 5.5, latest: true, vintageCount: 2, revised: true },
    ]);
  });

  it('a figure restated unchanged is a later vintage, not revised (固定资产投资29.24亿元)', async () => {
    const body = await get(`indicator=fixed-asset-investment&measure=level&period=${RESTATED.of}`);
    expect(brief(body.items)).toEqual([
      { ...FY_REPORT, source: 'prose', value: 29.24, latest: true, vintageCount: 2, revised: false },
    ]);
  });

  it('the full-year period keeps only the year’s own figures', async () => {
    const body = await get('indicator=gdp&measure=growth&period=2022-FY&vintages=all');
    expect(body.items.map((r) => [r.source, r.value, r.period, r.reportPeriod])).toEqual([
      ['table', 5.9, '2022-FY', '2022-FY'],
      ['prose', 5.9, '2022-FY', '2022-FY'],
    ]);
  });

  it('from/to and sort place the restatement at the half-year', async () => {
    const body = await get('indicator=gdp&measure=growth&from=2022-H1&to=2022-FY&sort=-period');
    expect(body.items.map((r) => [r.period, r.reportPeriod, r.value])).toEqual([
      ['2022-FY', '2022-FY', 5.9],
      ['2022-FY', '2022-FY', 5.9],
      ['2022-H1', '2022-FY', 5.5],
    ]);
    const early = await get('indicator=gdp&measure=growth&to=2022-H1');
    expect(early.items.map((r) => r.period)).toEqual(['2021-H1', '2021-H1', '2021-FY', '2021-FY', '2022-H1']);
  });

  it('compare takes the revised value, but the rank claimed in the half-year report', async () => {
    const body = await inject(
      `/v1/indicators/gdp/compare?period=${RESTATED.of}&measure=growth&parentRegion=${encodeURIComponent('云崖市')}`,
    );
    const row = body.items.find((r: { region: string }) => r.region === RESTATED.county);
    const [fy] = (await get(H1_GROWTH)).items;
    expect(row).toMatchObject({
      value: 5.5,
      reportId: fy?.reportId,
      computedRank: 2,
      rankContradiction: null,
    });
    expect(row.claimedRank).toMatchObject({ rank: 2 });
    expect(row.claimedRank.provenance.reportId).not.toBe(fy?.reportId);
    expect(body.items).toHaveLength(4);
  });

  it('the indicator detail files the restatement under its report with its own period', async () => {
    const body = await inject(`/v1/indicators/gdp?${BAITING}&period=${RESTATED.of}`);
    const rows = body.reports.flatMap(
      (r: { period: string; observations: { period: string; measure: string; value: number }[] }) =>
        r.observations.map((o) => [r.period, o.period, o.measure, o.value]),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['2022-H1', '2022-H1', 'growth', 5.3],
        ['2022-FY', '2022-H1', 'growth', 5.5],
      ]),
    );
    expect(rows.some((r: unknown[]) => r[1] !== '2022-H1')).toBe(false);
    expect(body.observationsTotal).toBe(rows.length);
  });

  it('raises no flag against the year’s own figures: the table, the prose and the ranks agree', async () => {
    const [fy] = (await get(H1_GROWTH)).items;
    const flags = await inject(`/v1/flags?report=${fy?.reportId}`);
    expect(flags.items).toEqual([]);
  });
});
