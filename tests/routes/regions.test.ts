// /v1/regions over reports of several regions: parents, levels, periods, children and indicators.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { regionLevel } from '../../src/db/queries/regions.js';
import { buildSeedDb, SEED_FILE, type TempDb } from '../helpers/seed-db.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
let db: TempDb;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  db = await buildSeedDb([SEED_FILE, fixture('hexi-2021-q1.txt'), fixture('qinghe-2021-fy.txt')]);
  app = await buildApp({ dbFile: db.file, logLevel: 'silent' });
});
afterAll(async () => {
  await app?.close();
  db?.cleanup();
});

describe('GET /v1/regions', () => {
  it('lists regions with reports and the regions above them', async () => {
    const response = await app.inject('/v1/regions');
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    const names = items.map((r: { name: string }) => r.name);
    expect(names).toEqual([...names].sort());
    expect(total).toBe(items.length);
    const lianzhou = items.find((r: { name: string }) => r.name === '连州市');
    expect(lianzhou).toEqual({
      name: '连州市',
      parentRegion: '清远市',
      level: 'county-level-city',
      reportCount: 1,
      periods: ['2020-H1'],
      children: [],
    });
    expect(items.find((r: { name: string }) => r.name === '清远市')).toEqual({
      name: '清远市',
      parentRegion: null,
      level: 'city',
      reportCount: 0,
      periods: [],
      children: ['连州市'],
    });
    const hexi = items.find((r: { name: string }) => r.name === '河西县');
    expect(hexi).toMatchObject({ level: 'county', reportCount: 1, periods: ['2021-Q1'] });
  });

  it('filters by parent and by part of the name', async () => {
    const under = (await app.inject(`/v1/regions?parentRegion=${encodeURIComponent('清远市')}`)).json();
    expect(under.items.map((r: { name: string }) => r.name)).toEqual(['连州市']);
    const q = (await app.inject(`/v1/regions?q=${encodeURIComponent('连州')}`)).json();
    expect(q.total).toBe(1);
  });

  it('gives one region with its reports and the indicators it has values for', async () => {
    const response = await app.inject(`/v1/regions/${encodeURIComponent('连州市')}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.reports).toEqual([
      {
        id: expect.any(String),
        title: '连州市2020年上半年国民经济和社会发展计划执行情况的报告',
        period: '2020-H1',
        genre: 'plan-execution',
      },
    ]);
    const gdp = body.indicators.find((i: { code: string }) => i.code === 'gdp');
    expect(gdp).toMatchObject({ name: '地区生产总值', periods: ['2020-H1'] });
    expect(gdp.observationCount).toBeGreaterThan(0);
    const missing = await app.inject(`/v1/regions/${encodeURIComponent('无此县')}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('tells a level from the name and the parent', () => {
    expect(regionLevel('某某县', '某市')).toBe('county');
    expect(regionLevel('某某自治旗', null)).toBe('county');
    expect(regionLevel('海淀区', '北京市')).toBe('district');
    expect(regionLevel('连州市', '清远市')).toBe('county-level-city');
    expect(regionLevel('恩施土家族苗族自治州', '湖北省')).toBe('city');
    expect(regionLevel('清远市', '广东省')).toBe('city');
    expect(regionLevel('广东省', null)).toBe('province');
    expect(regionLevel('广西壮族自治区', null)).toBe('province');
  });
});
