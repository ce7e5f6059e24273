import { describe, expect, it } from 'vitest';
import { DETAIL_ENTRIES } from '../../src/parse/catalogue-detail.js';
import { anyRequestId, useSeedApp } from '../helpers/app.js';

const seed = useSeedApp();
const get = (url: string) => seed.app.inject(url);

describe('GET /v1/indicators/{key}', () => {
  it('finds gdp by code, Chinese name, percent-encoded name, alias and name with unit', async () => {
    const byCode = await get('/v1/indicators/gdp');
    expect(byCode.statusCode).toBe(200);
    for (const key of [
      '地区生产总值',
      encodeURIComponent('地区生产总值'),
      'GDP',
      '地区生产总值(亿元)',
      '地区生产总值（亿元）',
      '　地区生产总值 ',
    ]) {
      const response = await get(`/v1/indicators/${encodeURIComponent(decodeURIComponent(key))}`);
      expect(response.statusCode, key).toBe(200);
      expect(response.body, key).toBe(byCode.body);
    }
  });

  it('resolves the aliases the genre uses', async () => {
    expect((await get(`/v1/indicators/${encodeURIComponent('规模以上工业增加值')}`)).json().code).toBe(
      'industrial-value-added',
    );
    expect((await get(`/v1/indicators/${encodeURIComponent('规上工业增加值')}`)).json().code).toBe(
      'industrial-value-added',
    );
    const fiscal = await get(`/v1/indicators/${encodeURIComponent('地方一般财政收入')}`);
    expect(fiscal.statusCode).toBe(200);
  });

  it('finds every entry of the catalogue’s second tier by code, name and each alias', async () => {
    for (const entry of DETAIL_ENTRIES) {
      for (const key of [entry.code, entry.name, ...entry.aliases]) {
        const response = await get(`/v1/indicators/${encodeURIComponent(key)}`);
        expect(response.statusCode, key).toBe(200);
        expect(response.json().code, key).toBe(entry.code);
      }
    }
    const branch = (await get(`/v1/indicators/${encodeURIComponent('电气机械和器材制造业')}`)).json();
    expect(branch).toMatchObject({
      code: 'electrical-machinery-value-added',
      name: '电气机械和器材制造业增加值',
      category: 'industry',
      unit: '亿元',
    });
  });

  it('holds the indicator, and per report its observations, targets and rankings with provenance', async () => {
    const body = (await get('/v1/indicators/gdp')).json();
    expect(body).toMatchObject({
      code: 'gdp',
      name: '地区生产总值',
      nameEn: 'Gross regional product',
      category: 'economy',
      direction: 'higher-is-better',
      aliases: expect.arrayContaining(['GDP']),
    });
    expect(body.reports).toHaveLength(1);
    const [report] = body.reports;
    expect(report).toMatchObject({ region: '连州市', period: '2020-H1' });
    expect(report.observations).toContainEqual(
      expect.objectContaining({
        measure: 'level',
        value: 70.13,
        unit: '亿元',
        valueBase: 7_013_000_000,
        baseUnit: '元',
      }),
    );
    expect(report.observations).toContainEqual(
      expect.objectContaining({ measure: 'growth', value: -2, unit: '%' }),
    );
    expect(report.targets).toContainEqual(
      expect.objectContaining({
        setBy: '连州市',
        horizon: 'full-year',
        value: 6.5,
        unit: '%',
        attainment: 'missed',
      }),
    );
    expect(report.rankings).toContainEqual(expect.objectContaining({ rank: 5, scope: '清远市' }));
    const level = report.observations.find((o: { measure: string }) => o.measure === 'level');
    expect(level.provenance).toEqual({
      reportId: report.reportId,
      sectionPath: [expect.stringContaining('上半年国民经济和社会发展计划执行情况')],
      sentence: '上半年,全市实现地区生产总值70.13亿元,同比下降2.0%,比第一季度收窄5.2个百分点。',
      start: expect.any(Number),
      end: expect.any(Number),
      sentenceStart: expect.any(Number),
      sentenceEnd: expect.any(Number),
      line: expect.any(Number),
    });
    expect(level.provenance.end - level.provenance.start).toBe(level.raw.length);
  });

  it('narrows by region, period and report', async () => {
    expect((await get('/v1/indicators/gdp?region=连州市')).json().reports).toHaveLength(1);
    expect((await get('/v1/indicators/gdp?period=2019-H1')).json().reports).toEqual([]);
    expect((await get('/v1/indicators/gdp?report=nope')).json().reports).toEqual([]);
  });

  it('answers 404 with close suggestions for an unknown key', async () => {
    const response = await get('/v1/indicators/gpd');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = response.json();
    expect(body).toEqual({
      type: 'urn:report-indicators:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No indicator is known by "gpd"',
      instance: '/v1/indicators/gpd',
      suggestions: expect.arrayContaining([{ code: 'gdp', name: '地区生产总值' }]),
      ...anyRequestId,
    });
    expect(body.suggestions.length).toBeLessThanOrEqual(5);
    const chinese = (await get(`/v1/indicators/${encodeURIComponent('地区生产')}`)).json();
    expect(chinese.suggestions).toContainEqual({ code: 'gdp', name: '地区生产总值' });
  });

  it('rejects unknown query parameters and broken escapes', async () => {
    const typo = await get('/v1/indicators/gdp?regoin=连州市');
    expect(typo.statusCode).toBe(400);
    expect(typo.json().invalidParams).toEqual([{ in: 'query', name: 'regoin', reason: 'unknown parameter' }]);
    const broken = await get('/v1/indicators/%E5%9C');
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('GET /v1/indicators', () => {
  it('matches q against codes, Chinese and English names and aliases', async () => {
    const codes = async (q: string) =>
      (await get(`/v1/indicators?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { code: string }) => i.code);
    expect(await codes('gdp')).toContain('gdp');
    expect(await codes('生产总值')).toContain('gdp');
    expect(await codes('Gross regional')).toContain('gdp');
    expect(await codes('规上')).toContain('industrial-value-added');
    expect(await codes('%')).toEqual([]);
  });

  it('lists an exact name match before indicators that merely contain q', async () => {
    for (const q of ['GDP', 'gdp', '地区生产总值']) {
      const body = (await get(`/v1/indicators?q=${encodeURIComponent(q)}`)).json();
      expect(body.items[0].code, q).toBe('gdp');
    }
  });

  it('filters by category and by the reports that mention an indicator', async () => {
    const economy = (await get('/v1/indicators?category=economy')).json();
    expect(economy.items.every((i: { category: string }) => i.category === 'economy')).toBe(true);
    const all = (await get('/v1/indicators?limit=500')).json();
    const inSeed = (await get('/v1/indicators?limit=500&period=2020-H1')).json();
    expect(inSeed.total).toBeLessThanOrEqual(all.total);
    expect(inSeed.items.every((i: { reportCount: number }) => i.reportCount === 1)).toBe(true);
    expect((await get('/v1/indicators?period=2030-H1')).json().total).toBe(0);
  });

  it('rejects an unknown category', async () => {
    const response = await get('/v1/indicators?category=weather');
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0]).toMatchObject({ in: 'query', name: 'category' });
  });
});
