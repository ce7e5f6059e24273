// /v1/indicators/{key}/compare: the counties of one invented city side by side for one period,
// with the ranks their reports claim checked against the values loaded.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { competitionRanks, rankContradiction } from '../../src/db/queries/compare.js';
import { buildSeedDb, type TempDb } from '../helpers/seed-db.js';

const HEXI = readFileSync(new URL('../fixtures/hexi-2021-q1.txt', import.meta.url), 'utf8');
let dir: string;
let db: TempDb;
let app: Awaited<ReturnType<typeof buildApp>>;

/** The Hexi report retold for another county: its investment growth and the rank it claims. */
function sibling(region: string, growth: string, rank: string): string {
  return HEXI.replaceAll('河西县', region)
    .replaceAll('１２．３％', `${growth}％`)
    .replace('12.3%', `${growth}%`)
    .replace('排名第二', `排名第${rank}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
  const files = [
    ['hexi.txt', HEXI], // 12.3%, claims 2nd
    ['hedong.txt', sibling('河东县', '15.0', '一')], // best, claims 1st: true
    ['henan.txt', sibling('河南县', '8.0', '一')], // worst of three, claims 1st: impossible
  ].map(([name, text]) => {
    const file = path.join(dir, name as string);
    writeFileSync(file, text as string);
    return file;
  });
  db = await buildSeedDb(files);
  app = await buildApp({ dbFile: db.file, logLevel: 'silent' });
});
afterAll(async () => {
  await app?.close();
  db?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /v1/indicators/{key}/compare', () => {
  it('puts the siblings side by side, best first, and flags a claimed rank the values contradict', async () => {
    const response = await app.inject(
      `/v1/indicators/${encodeURIComponent('固定资产投资')}/compare?period=2021-Q1&parentRegion=${encodeURIComponent('东江市')}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      indicator: { code: 'fixed-asset-investment', name: '固定资产投资' },
      period: '2021-Q1',
      parentRegion: '东江市',
      measure: 'growth',
      siblingsLoaded: 3,
    });
    const rows = body.items.map(
      (r: { region: string; value: number; computedRank: number; claimedRank: { rank: number } | null }) => [
        r.region,
        r.value,
        r.computedRank,
        r.claimedRank?.rank ?? null,
      ],
    );
    expect(rows).toEqual([
      ['河东县', 15, 1, 1],
      ['河西县', 12.3, 2, 2],
      ['河南县', 8, 3, 1],
    ]);
    const flags = body.items.map((r: { rankContradiction: string | null }) => r.rankContradiction);
    expect(flags).toEqual([null, null, 'claims rank 1, but 2 of the 3 loaded regions have better values']);
    const hexi = body.items[1];
    expect(hexi.provenance.sentence).toContain(hexi.raw);
    expect(hexi.targets.map((t: { text: string }) => t.text)).toContain('10%以上');
  });

  it('answers 404 for an unknown indicator and 400 without a period', async () => {
    expect((await app.inject('/v1/indicators/nothing-like-it/compare?period=2021-Q1')).statusCode).toBe(404);
    const missing = await app.inject('/v1/indicators/gdp/compare');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams[0].name).toBe('period');
    const empty = (await app.inject('/v1/indicators/gdp/compare?period=1999-H1')).json();
    expect(empty).toMatchObject({ siblingsLoaded: 0, items: [] });
  });
});

describe('rank arithmetic', () => {
  it('gives competition ranks either way', () => {
    expect(competitionRanks([5, 9, 9, 1], false)).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([5, 9, 9, 1], true)).toEqual([2, 3, 3, 1]);
  });

  it('flags only what the loaded values rule out', () => {
    expect(rankContradiction({ rank: 2, of: 8 }, 1, 1, 3)).toBeNull();
    expect(rankContradiction({ rank: 1, of: 8 }, 1, 0, 2)).toMatch(/^claims rank 1, but 1 of the 2/);
    expect(rankContradiction({ rank: 8, of: 8 }, 0, 2, 3)).toMatch(
      /^claims rank 8 of 8, but it has a better value than 2/,
    );
    expect(rankContradiction({ rank: 8, of: null }, 0, 2, 3)).toBeNull();
  });
});
