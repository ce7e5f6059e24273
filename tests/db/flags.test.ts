// The loader rebuilds the flags over the whole database after every load: a report loaded later
// can contradict one loaded earlier.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CITY_DIR } from '../../scripts/build-city-fixtures.js';
import { loadReportFiles } from '../../src/db/loader.js';

const dir = mkdtempSync(path.join(tmpdir(), 'flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const city = (name: string) => path.join(CITY_DIR, name);
const flags = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT kind, message FROM flags ORDER BY id').all();
  } finally {
    db.close();
  }
};

describe('flags at load time', () => {
  it('flags a claimed rank once a sibling loaded later contradicts it, and rebuilds it, not doubles it, on a reload', async () => {
    const file = path.join(dir, 'db.sqlite');
    await loadReportFiles(file, [city('huaizhou-2022-h1.txt')]);
    expect(flags(file)).toEqual([]); // alone, a rank cannot be checked
    await loadReportFiles(file, [city('lanxi-2022-h1.txt')]);
    expect(flags(file)).toEqual([
      {
        kind: 'rank',
        message:
          '槐洲县 gdp growth 5.7%: claims rank 4 of 4, but it has a better value than 1 loaded regions',
      },
    ]);
    // Loading the same report again rebuilds the same flags, not a second copy.
    await loadReportFiles(file, [city('lanxi-2022-h1.txt')]);
    expect(flags(file)).toHaveLength(1);
  });

  it('keeps a second report of one region and period as another source when its genre differs', async () => {
    const file = path.join(dir, 'two.sqlite');
    await loadReportFiles(file, [city('lanxi-2021-h1.txt')]);
    await loadReportFiles(file, [city('lanxi-2021-h1-review.txt')], { genre: 'review-opinion' });
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT genre, published_at AS publishedAt FROM reports ORDER BY rowid').all();
    db.close();
    expect(rows).toEqual([
      { genre: 'plan-execution', publishedAt: '2021-07-20T09:00:00+08:00' },
      { genre: 'review-opinion', publishedAt: '2021-08-25T15:00:00+08:00' },
    ]);
  });
});
