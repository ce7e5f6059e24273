// Vintages on /v1/observations: the latest report per key by default, every report with
// vintages=all, the state of a past day with asOf, and `revised` when an earlier report differed.

import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { buildCityDb } from '../helpers/city-db.js';

const city = useApp(buildCityDb, {}, 60_000);

interface Row {
  reportId: string;
  source: string;
  value: number;
  raw: string;
  publishedAt: string | null;
  latest: boolean;
  vintageCount: number;
  revised: boolean;
  genre: string;
}

const LANXI = `region=${encodeURIComponent('岚溪县')}&period=2021-H1&indicator=gdp`;
const get = async (query: string) => {
  const response = await city.app.inject(`/v1/observations?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Row[]; total: number; next: string | null };
};
/** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
const cells = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1)
    .map((m) => (m[1] ?? '').replace(/^"|"$/g, ''));
const brief = (rows: Row[]) =>
  rows.map(({ source, value, publishedAt, latest, vintageCount, revised }) => ({
    source,
    value,
    published: publishedAt?.slice(0, 10),
    latest,
    vintageCount,
    revised,
  }));

describe('vintages of one key (岚溪县 GDP growth, 2021-H1)', () => {
  it('serves the latest report only by default: the analysis repeating the review, 5.5% revised from 5.2%', async () => {
    const body = await get(`${LANXI}&measure=growth`);
    expect(brief(body.items)).toEqual([
      {
        source: 'prose',
        value: 5.5,
        published: '2021-09-10',
        latest: true,
        vintageCount: 3,
        revised: true,
      },
    ]);
  });

  it('asOf a day before the review answers with the plan report (table and prose), not revised', async () => {
    const body = await get(`${LANXI}&measure=growth&asOf=2021-07-31`);
    expect(brief(body.items)).toEqual([
      { source: 'table', value: 5.2, published: '2021-07-20', latest: true, vintageCount: 1, revised: false },
      { source: 'prose', value: 5.2, published: '2021-07-20', latest: true, vintageCount: 1, revised: false },
    ]);
    expect((await get(`${LANXI}&measure=growth&asOf=2021-07-19`)).total).toBe(0);
    // The review's own day includes it.
    expect((await get(`${LANXI}&measure=growth&asOf=2021-08-25`)).items[0]?.value).toBe(5.5);
  });

  it('vintages=all gives every report, oldest first within the period order, and marks the latest', async () => {
    const body = await get(`${LANXI}&measure=growth&vintages=all&asOf=2021-08-31`);
    expect(brief(body.items)).toEqual([
      {
        source: 'table',
        value: 5.2,
        published: '2021-07-20',
        latest: false,
        vintageCount: 2,
        revised: false,
      },
      {
        source: 'prose',
        value: 5.2,
        published: '2021-07-20',
        latest: false,
        vintageCount: 2,
        revised: false,
      },
      { source: 'prose', value: 5.5, published: '2021-08-25', latest: true, vintageCount: 2, revised: true },
    ]);
  });

  it('a figure repeated unchanged is a later vintage but not revised (86.40亿元)', async () => {
    const body = await get(`${LANXI}&measure=level&asOf=2021-08-31`);
    expect(brief(body.items)).toEqual([
      {
        source: 'prose',
        value: 86.4,
        published: '2021-08-25',
        latest: true,
        vintageCount: 2,
        revised: false,
      },
    ]);
  });

  it('source, report and genre narrow the rows served after the latest vintage is chosen', async () => {
    // The latest report of the key has no table, so the plan report's table row is not served.
    expect((await get(`${LANXI}&measure=growth&source=table`)).total).toBe(0);
    expect((await get(`${LANXI}&measure=growth&source=table&vintages=all`)).total).toBe(1);
    const reviews = await get(`${LANXI}&genre=review-opinion&asOf=2021-08-31`);
    expect(reviews.items.map((r) => r.genre)).toEqual(['review-opinion', 'review-opinion']);
    const plan = (await get(`${LANXI}&measure=growth&asOf=2021-07-31`)).items[0]?.reportId;
    expect((await get(`${LANXI}&report=${plan}`)).total).toBe(0);
    expect((await get(`${LANXI}&report=${plan}&vintages=all`)).total).toBe(4);
  });

  it('keys with one report are served as before: the other counties, every period', async () => {
    const body = await get(
      `indicator=gdp&measure=growth&parentRegion=${encodeURIComponent('云崖市')}&source=table&limit=500`,
    );
    // Four counties × four periods, one table row each, but 岚溪县 2021-H1 and 柏汀县 2022-H1, whose
    // latest vintages (the review; the full-year report restating the half-year) have no table row.
    expect(body.total).toBe(14);
    expect(body.items.every((r) => r.vintageCount === 1 && !r.revised && r.latest)).toBe(true);
  });

  it('compares each county once, by its latest vintage', async () => {
    const body = (
      await city.app.inject(
        `/v1/indicators/gdp/compare?period=2021-H1&measure=growth&parentRegion=${encodeURIComponent('云崖市')}`,
      )
    ).json();
    const regions = body.items.map((r: { region: string }) => r.region);
    expect(regions).toHaveLength(4);
    expect(new Set(regions).size).toBe(4);
    const lanxi = body.items.find((r: { region: string }) => r.region === '岚溪县');
    const latest = (await get(`${LANXI}&measure=growth`)).items[0];
    expect(lanxi.value).toBe(5.5);
    expect(lanxi.reportId).toBe(latest?.reportId);
  });

  it('pages and answers CSV with the vintage columns; refuses a bad asOf or vintages', async () => {
    const all = await get(`${LANXI}&vintages=all&limit=500`);
    const seen: string[] = [];
    let url: string | null = `/v1/observations?${LANXI}&vintages=all&limit=2`;
    while (url) {
      const page: { items: { id: string }[]; next: string | null } = (await city.app.inject(url)).json();
      seen.push(...page.items.map((r) => r.id));
      url = page.next;
    }
    expect(seen).toEqual(all.items.map((r) => (r as Row & { id: number }).id));
    const csv = await city.app.inject(`/v1/observations?${LANXI}&measure=growth&format=csv&asOf=2021-08-31`);
    const [header, row] = csv.body.replace('\ufeff', '').split('\r\n');
    const columns = cells(header ?? '');
    expect(columns).toEqual(expect.arrayContaining(['publishedAt', 'latest', 'vintageCount', 'revised']));
    const values = cells(row ?? '');
    // csv-stringify writes true as 1 (and false as an empty cell), as every CSV route does.
    expect(values[columns.indexOf('revised')]).toBe('1');
    expect(values[columns.indexOf('vintageCount')]).toBe('2');
    for (const bad of ['asOf=2021-8-1', 'asOf=yesterday', 'vintages=first'])
      expect((await city.app.inject(`/v1/observations?${bad}`)).statusCode, bad).toBe(400);
  });
});
