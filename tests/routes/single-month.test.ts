// A figure of one month alone (6月当月) keeps the period grammar the API serves: a run of one month,
// 2023-M6-6, which the period filter accepts and the time axis places at the month's end.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { buildSeedDb } from '../helpers/seed-db.js';

const REPORT = [
  '苕川区2023年上半年经济运行情况',
  '上半年，全区规模以上工业增加值同比增长6.4%。6月当月，规模以上工业增加值增长7.9%。',
].join('\n');

const app = useApp(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'single-month-'));
  const file = path.join(dir, 'tiaochuan-2023-h1.txt');
  writeFileSync(file, REPORT);
  const db = await buildSeedDb([file]);
  return {
    file: db.file,
    cleanup: () => {
      db.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('a figure of one month alone', () => {
  it('is served under the month, filtered by it and placed at its end', async () => {
    const response = await app.app.inject('/v1/observations?period=2023-M6-6');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Array<{ period: string; periodEnd: string; value: number }>;
    expect(items.map((o) => [o.period, o.periodEnd, o.value])).toEqual([['2023-M6-6', '2023-06-30', 7.9]]);
    const half = await app.app.inject('/v1/observations?period=2023-H1&indicator=industrial-value-added');
    expect(half.json().items.map((o: { value: number }) => o.value)).toEqual([6.4]);
  });
});
