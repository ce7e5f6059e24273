// The cross-report lists page report by report (db/queries/lists.ts counts each report's rows once
// per filter): walking the `next` links in small pages must give the same rows, in the same order,
// as one large page, for every filter kind, across report boundaries.

import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { buildCityDb } from '../helpers/city-db.js';

const city = useApp(buildCityDb, {}, 60_000);

interface Page {
  items: { id: number; reportId: string }[];
  total: number;
  next: string | null;
}

async function get(url: string): Promise<Page> {
  const response = await city.app.inject(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

async function walk(path: string, limit: number): Promise<Page['items']> {
  const items: Page['items'] = [];
  let url: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`;
  while (url) {
    const page = await get(url);
    items.push(...page.items);
    url =
      page.next === null
        ? null
        : new URL(page.next, 'http://x').pathname + new URL(page.next, 'http://x').search;
  }
  return items;
}

describe('cross-report lists, page by page', () => {
  it('spans several reports', async () => {
    const facts = await get('/v1/facts?limit=500');
    expect(new Set(facts.items.map((row) => row.reportId)).size).toBeGreaterThan(1);
  });

  const lists = [
    '/v1/facts',
    '/v1/facts?measure=growth',
    `/v1/facts?section=${encodeURIComponent('工业')}`,
    `/v1/facts?region=${encodeURIComponent('岚溪县')}`,
    '/v1/targets',
    '/v1/targets?attainment=met',
    '/v1/rankings',
  ];

  it.each(lists)('%s: small pages add up to one large page', async (path) => {
    const whole = await get(`${path}${path.includes('?') ? '&' : '?'}limit=500`);
    expect(whole.total).toBe(whole.items.length);
    const paged = await walk(path, 7);
    expect(paged).toEqual(whole.items);
    const first = await get(`${path}${path.includes('?') ? '&' : '?'}limit=7`);
    expect(first.total).toBe(whole.total);
  });
});
