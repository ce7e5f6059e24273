// GET /v1/flags over the seed and the city: every planted contradiction found once, with both
// places, and nothing else; filters, paging, CSV; the flags count on each report.

import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { buildCityDb } from '../helpers/city-db.js';

const city = useApp(buildCityDb, {}, 60_000);

interface Place {
  region: string;
  period: string;
  provenance: { reportId: string; sentence: string; start: number; end: number };
}
interface Flag {
  kind: string;
  severity: string;
  message: string;
  indicatorCode: string | null;
  at: Place;
  other: Place;
}

const get = async (query = '') => {
  const response = await city.app.inject(`/v1/flags${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Flag[]; total: number; next: string | null };
};
const where = (p: Place) => `${p.region} ${p.period}`;

describe('GET /v1/flags', () => {
  it('finds each planted contradiction, and the seed restating one refund, with both places', async () => {
    const body = await get('?limit=500');
    expect(
      body.items.map((f) => ({
        kind: f.kind,
        severity: f.severity,
        at: where(f.at),
        other: where(f.other),
        message: f.message,
      })),
    ).toEqual([
      {
        kind: 'restated',
        severity: 'warning',
        at: '连州市 2020-H1',
        other: '连州市 2020-H1',
        message: '企业累计退费 is stated as 213万元 and as 323.12万元',
      },
      {
        kind: 'share',
        severity: 'warning',
        at: '芷陂县 2021-H1',
        other: '芷陂县 2021-H1',
        message: 'fixed-asset-investment: 19.75 of a full-year target of 41.50 is 47.6%, not 52.0%',
      },
      {
        kind: 'rank',
        severity: 'warning',
        at: '柏汀县 2021-FY',
        other: '槐洲县 2021-FY',
        message: '柏汀县 gdp growth 5.4%: claims rank 1, but 2 of the 4 loaded regions have better values',
      },
      {
        kind: 'rank',
        severity: 'warning',
        at: '槐洲县 2022-H1',
        other: '芷陂县 2022-H1',
        message:
          '槐洲县 gdp growth 5.7%: claims rank 4 of 4, but it has a better value than 3 loaded regions',
      },
      {
        kind: 'table-prose',
        severity: 'error',
        at: '岚溪县 2022-FY',
        other: '岚溪县 2022-FY',
        message: 'gdp growth: the table gives 6.3%, the prose 增长6.8%',
      },
      {
        kind: 'growth-level',
        severity: 'info',
        at: '芷陂县 2022-FY',
        other: '芷陂县 2021-FY',
        message: 'gdp: 118.10 against 116.90 a year earlier is growth of 1.0%, not 6.0%',
      },
    ]);
    // Each place points at its figure in its sentence.
    for (const flag of body.items)
      for (const place of [flag.at, flag.other]) {
        const { sentence, start, end } = place.provenance;
        expect(end).toBeGreaterThan(start);
        expect(sentence.length).toBeGreaterThan(0);
      }
    const refund = body.items[0] as Flag;
    expect(refund.at.provenance.sentence).toContain('213万元');
    expect(refund.other.provenance.sentence).toContain('323.12万元');
  });

  it('filters by kind, severity, report, region and period (either side), pages and answers CSV', async () => {
    expect((await get('?kind=rank')).total).toBe(2);
    expect((await get('?severity=error')).items.map((f) => f.kind)).toEqual(['table-prose']);
    expect((await get('?severity=info&kind=rank')).total).toBe(0);
    // 芷陂县: its share, its growth against 2021-FY, and the worst value a wrong rank of 槐洲县 is checked against.
    expect((await get(`?region=${encodeURIComponent('芷陂县')}`)).total).toBe(3);
    expect((await get('?period=2021-FY')).items.map((f) => f.kind)).toEqual(['rank', 'growth-level']);
    const growth = (await get('?kind=growth-level')).items[0] as Flag;
    expect((await get(`?report=${growth.other.provenance.reportId}`)).items).toEqual([growth]);
    const first = await get('?limit=2');
    expect(first.next).toMatch(/cursor=/);
    const csv = await city.app.inject('/v1/flags?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toMatch(/^\ufeffid,kind,severity,message,indicatorCode,at\.region,/);
    for (const bad of ['?kind=typo', '?severity=fatal', '?period=2021', '?colour=red'])
      expect((await city.app.inject(`/v1/flags${bad}`)).statusCode, bad).toBe(400);
  });

  it("counts each report's flags in /v1/reports, on either side", async () => {
    const reports = (await city.app.inject('/v1/reports?limit=500')).json() as {
      items: { region: string; period: string; genre: string; counts: { flags: number } }[];
    };
    const flags = (region: string, period: string) =>
      reports.items.find((r) => r.region === region && r.period === period && r.genre === 'plan-execution')
        ?.counts.flags;
    expect(flags('芷陂县', '2021-H1')).toBe(1);
    expect(flags('芷陂县', '2021-FY')).toBe(1);
    expect(flags('槐洲县', '2021-FY')).toBe(1);
    expect(flags('岚溪县', '2021-H1')).toBe(0);
    expect(reports.items.reduce((n, r) => n + r.counts.flags, 0)).toBe(9);
  });
});
