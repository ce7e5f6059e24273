import { describe, expect, it } from 'vitest';
import { useSeedApp } from '../helpers/app.js';

const seed = useSeedApp();
const json = async (url: string) => {
  const response = await seed.app.inject(url);
  expect(response.statusCode, url).toBe(200);
  return response.json();
};

describe('GET /v1/targets', () => {
  it('lists targets with their report and provenance', async () => {
    const body = await json('/v1/targets?indicator=gdp');
    expect(body.items).toContainEqual(
      expect.objectContaining({
        indicatorCode: 'gdp',
        region: '连州市',
        period: '2020-H1',
        setBy: '连州市',
        kind: 'target',
        horizon: 'full-year',
        value: 6.5,
        attainment: 'missed',
        provenance: expect.objectContaining({ sentence: expect.stringContaining('地区生产总值') }),
      }),
    );
  });

  it('filters by indicator name, setBy and attainment', async () => {
    const byName = await json(`/v1/targets?indicator=${encodeURIComponent('地区生产总值')}`);
    expect(byName).toEqual(
      await json('/v1/targets?indicator=gdp').then((b) => ({ ...b, next: byName.next })),
    );
    const guidance = await json(`/v1/targets?setBy=${encodeURIComponent('清远市')}`);
    expect(guidance.total).toBeGreaterThan(0);
    expect(guidance.items.every((t: { setBy: string }) => t.setBy === '清远市')).toBe(true);
    const met = await json('/v1/targets?attainment=met');
    expect(met.items.every((t: { attainment: string }) => t.attainment === 'met')).toBe(true);
    expect((await json('/v1/targets?indicator=no-such-thing')).total).toBe(0);
  });
});

describe('GET /v1/rankings', () => {
  it('filters by scope and maxRank', async () => {
    const top = await json('/v1/rankings?maxRank=3');
    expect(top.total).toBeGreaterThan(0);
    expect(top.items.every((r: { rank: number }) => r.rank <= 3)).toBe(true);
    const scoped = await json(`/v1/rankings?scope=${encodeURIComponent('清远')}`);
    expect(scoped.items.every((r: { scope: string }) => r.scope.includes('清远'))).toBe(true);
    const gdp = await json('/v1/rankings?indicator=GDP');
    expect(gdp.items).toContainEqual(expect.objectContaining({ indicatorCode: 'gdp', rank: 5 }));
  });

  it('rejects a negative maxRank', async () => {
    expect((await seed.app.inject('/v1/rankings?maxRank=-1')).statusCode).toBe(400);
  });

  it('rejects filter values outside their vocabulary or form, on every list', async () => {
    for (const url of [
      '/v1/rankings?maxRank=three',
      '/v1/rankings?maxRank=1.5',
      '/v1/targets?attainment=perhaps',
      '/v1/facts?measure=speed',
      `/v1/facts?unit=${'元'.repeat(21)}`,
      '/v1/facts?colour=red',
      '/v1/projects?phase=someday',
      '/v1/flags?kind=nonsense',
    ]) {
      const response = await seed.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
  });
});

describe('GET /v1/facts', () => {
  it('lists prose figures, filterable by q, unit, measure and section', async () => {
    const masks = await json(`/v1/facts?q=${encodeURIComponent('口罩')}`);
    expect(masks.items).toContainEqual(expect.objectContaining({ value: 248.92, unit: '万个' }));
    const yuan = await json(`/v1/facts?unit=${encodeURIComponent('亿元')}&measure=level`);
    expect(yuan.total).toBeGreaterThan(0);
    expect(
      yuan.items.every((f: { unit: string; measure: string }) => f.unit === '亿元' && f.measure === 'level'),
    ).toBe(true);
    const section = await json(`/v1/facts?section=${encodeURIComponent('疫情')}`);
    expect(section.total).toBeGreaterThan(0);
    expect(
      section.items.every((f: { provenance: { sectionPath: string[] } }) =>
        f.provenance.sectionPath.join('').includes('疫情'),
      ),
    ).toBe(true);
  });
});

describe('GET /v1/projects', () => {
  it('lists projects sorted by planned investment, largest first', async () => {
    const body = await json('/v1/projects?limit=500');
    const amounts = body.items.map((p: { plannedInvestment: number | null }) => p.plannedInvestment);
    const known = amounts.filter((a: number | null) => a !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(amounts.slice(known.length).every((a: number | null) => a === null)).toBe(true);
  });

  it('filters by phase and minInvestment, and gives every mention of one project', async () => {
    const planned = await json('/v1/projects?phase=planned');
    expect(planned.items.every((p: { phase: string }) => p.phase === 'planned')).toBe(true);
    const big = await json('/v1/projects?minInvestment=1000000000');
    expect(big.items.every((p: { plannedInvestment: number }) => p.plannedInvestment >= 1e9)).toBe(true);
    const [first] = (await json('/v1/projects')).items;
    if (first) {
      const detail = await json(`/v1/projects/${first.id}`);
      expect(detail).toMatchObject(first);
      expect(detail.mentions).toHaveLength(first.mentionCount);
    }
  });

  it('answers 404 for an unknown project and 400 for a non-numeric id', async () => {
    expect((await seed.app.inject('/v1/projects/999999')).statusCode).toBe(404);
    const bad = await seed.app.inject('/v1/projects/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0]).toMatchObject({ in: 'path', name: 'id' });
  });
});

describe('GET /v1/search', () => {
  it('finds two-character Chinese words, with snippets and provenance', async () => {
    const body = await json(`/v1/search?q=${encodeURIComponent('风电')}`);
    expect(body.total).toBeGreaterThan(0);
    for (const hit of body.items) {
      expect(hit.text).toContain('风电');
      const [first] = hit.highlights;
      expect(hit.snippet.slice(first.start, first.end)).toBe('风电');
      expect(hit.provenance.sentence).toBe(hit.text);
    }
  });

  it('uses the full-text index for longer text', async () => {
    const body = await json(`/v1/search?q=${encodeURIComponent('地区生产总值')}`);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((h: { text: string }) => h.text.includes('地区生产总值'))).toBe(true);
  });

  it('searches FTS syntax literally', async () => {
    for (const q of [
      '"',
      '""',
      'a*',
      'NEAR(风电',
      '风电 AND 投资',
      '^地区',
      '"地区生产总值" OR',
      ')(',
      "'; DROP TABLE reports; --",
    ]) {
      const response = await seed.app.inject(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
      expect(
        response.json().items.every((h: { text: string }) => h.text.toLowerCase().includes(q.toLowerCase())),
      ).toBe(true);
    }
  });

  it('requires q', async () => {
    const response = await seed.app.inject('/v1/search');
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([{ in: 'query', name: 'q', reason: expect.any(String) }]);
  });
});
