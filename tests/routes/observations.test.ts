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
