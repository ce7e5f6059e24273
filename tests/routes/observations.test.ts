// /v1/observations over several reports: filters, period bounds, sorting, CSV and paging.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { buildSeedDb, SEED_FILE, type TempDb } from '../helpers/seed-db.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
let db: TempDb;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  db = await buildSeedDb([
    SEED_FILE,
    fixture('hexi-2021-q1.txt'),
    fixture('beiling-2022-h1.txt'),
    fixture('qinghe-2021-fy.txt'),
  ]);
  app = await buildApp({ dbFile: db.file, logLevel: 'silent' });
});
afterAll(async () => {
  await app?.close();
  db?.cleanup();
});

const get = async (query: string) => {
  const response = await app.inject(`/v1/observations${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('GET /v1/observations', () => {
  it('gives every observation as a row with its report, region, period end and provenance', async () => {
    const body = await get('?indicator=gdp&measure=growth&limit=500');
    expect(body.total).toBeGreaterThanOrEqual(4);
    const periods = body.items.map((o: { period: string }) => o.period);
    // chronological: 2020-H1 first, then 2021-Q1 before 2021-FY, then 2022-H1
    expect([...new Set(periods)]).toEqual(['2020-H1', '2021-Q1', '2021-FY', '2022-H1']);
    const seed = body.items.find((o: { region: string; source: string }) => o.region === '连州市');
    expect(seed).toMatchObject({
      region: '连州市',
      parentRegion: '清远市',
      period: '2020-H1',
      periodEnd: '2020-06-30',
      genre: 'plan-execution',
      indicatorCode: 'gdp',
      measure: 'growth',
      value: -2,
      unit: '%',
    });
    expect(seed.provenance.sentence).toContain(seed.raw);
  });

  it('filters by region, period bounds, source and report, and by an indicator name or alias', async () => {
    const all = await get('?limit=500');
    const byName = await get(`?indicator=${encodeURIComponent('地区生产总值')}&limit=500`);
    const byAlias = await get('?indicator=GDP&limit=500');
    expect(byAlias.items).toEqual(byName.items);
    expect(byName.items.every((o: { indicatorCode: string }) => o.indicatorCode === 'gdp')).toBe(true);
    const region = await get(`?region=${encodeURIComponent('连州市')}&limit=500`);
    expect(region.items.every((o: { region: string }) => o.region === '连州市')).toBe(true);
    expect(region.total).toBeGreaterThan(10);
    const y2021 = await get('?from=2021-Q1&to=2021-FY&limit=500');
    expect(new Set(y2021.items.map((o: { period: string }) => o.period))).toEqual(
      new Set(['2021-Q1', '2021-FY']),
    );
    const later = await get('?from=2021-H1&limit=500');
    expect(new Set(later.items.map((o: { period: string }) => o.period))).toEqual(
      new Set(['2021-FY', '2022-H1']),
    );
    const table = await get('?source=table&limit=500');
    const prose = await get('?source=prose&limit=500');
    expect(table.total + prose.total).toBe(all.total);
    const report = region.items[0].reportId;
    expect((await get(`?report=${report}&limit=1`)).total).toBe(region.total);
    expect((await get('?indicator=no-such-thing')).total).toBe(0);
    expect((await get('?genre=review-opinion')).total).toBe(0);
  });

  it('sorts by value in its base unit, either way, word-only values last', async () => {
    const up = (await get('?measure=growth&sort=value&limit=500')).items;
    const down = (await get('?measure=growth&sort=-value&limit=500')).items;
    const values = (items: { value: number | null }[]) => items.map((o) => o.value).filter((v) => v !== null);
    expect(values(up)).toEqual([...values(up)].sort((a, b) => a - b));
    expect(values(down)).toEqual([...values(up)].reverse());
  });

  it('pages, answers CSV, and refuses bad periods and unknown parameters with 400', async () => {
    const first = await app.inject('/v1/observations?limit=2');
    expect(first.headers.link).toMatch(/rel="next"/);
    const csv = await app.inject('/v1/observations?limit=3&format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toMatch(
      /^\ufeffid,reportId,region,period,parentRegion,periodEnd,genre,indicatorCode,/,
    );
    for (const bad of ['?from=2021', '?to=H1', '?sort=size', '?measure=height', '?colour=red']) {
      const response = await app.inject(`/v1/observations${bad}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
  });
});

describe('GET /v1/indicators/{key} embeds at most limit rows, newest first', () => {
  it('gives totals and a next link that continues with /v1/observations', async () => {
    const whole = (await app.inject('/v1/indicators/gdp?limit=500')).json();
    expect(whole.next).toBeNull();
    const embedded = (body: { reports: { observations: unknown[] }[] }) =>
      body.reports.reduce((n, r) => n + r.observations.length, 0);
    expect(embedded(whole)).toBe(whole.observationsTotal);
    expect(whole.observationsTotal).toBeGreaterThan(4);

    const small = (await app.inject('/v1/indicators/gdp?limit=3')).json();
    expect(small.observationsTotal).toBe(whole.observationsTotal);
    expect(small.targetsTotal).toBe(whole.targetsTotal);
    expect(embedded(small)).toBe(3);
    expect(small.reports.flatMap((r: { targets: unknown[] }) => r.targets).length).toBeLessThanOrEqual(3);
    // The embedded observations are the newest three: the first page of the list sorted newest first.
    const newest = (await get('?indicator=gdp&sort=-period&limit=3')).items;
    expect(newest[0].period).toBe('2022-H1');
    const embeddedProvenances = small.reports.flatMap((r: { observations: { provenance: unknown }[] }) =>
      r.observations.map((o) => JSON.stringify(o.provenance)),
    );
    expect(new Set(embeddedProvenances)).toEqual(
      new Set(newest.map((o: { provenance: unknown }) => JSON.stringify(o.provenance))),
    );
    // Reports stay in period order.
    const periods = small.reports.map((r: { period: string }) => r.period);
    expect(periods).toEqual(['2020-H1', '2021-Q1', '2021-FY', '2022-H1'].filter((p) => periods.includes(p)));
    expect(small.next).toMatch(
      /^\/v1\/observations\?indicator=gdp&sort=-period&vintages=all&limit=3&cursor=/,
    );

    // Following next from the detail walks the rest: together they are every observation once.
    const seen = small.reports.flatMap((r: { observations: { provenance: unknown }[] }) =>
      r.observations.map((o) => JSON.stringify(o.provenance)),
    );
    let url: string | null = small.next;
    while (url) {
      const page = (await app.inject(url)).json();
      seen.push(...page.items.map((o: { provenance: unknown }) => JSON.stringify(o.provenance)));
      url = page.next;
    }
    expect(seen).toHaveLength(whole.observationsTotal);
    expect(new Set(seen).size).toBe(whole.observationsTotal);
  });

  it('keeps the report filters in the next link', async () => {
    const body = (
      await app.inject(`/v1/indicators/gdp?limit=1&region=${encodeURIComponent('连州市')}`)
    ).json();
    expect(body.next).toContain(`region=${encodeURIComponent('连州市')}`);
    expect((await app.inject('/v1/indicators/gdp?limit=0')).statusCode).toBe(400);
  });
});
