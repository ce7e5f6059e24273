// Per-file hints in a --files-from list: `PATH<TAB>region=某某县<TAB>period=2022-H1` gives that source
// alone the region and period its text does not name, over the run's --region/--period; a bad hint
// stops the run naming the list's line, and nothing is loaded.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/seed.js';
import { listedEntries, SourceListError } from '../../src/cli/sources.js';
import { useSeedSandbox } from '../helpers/seed-sandbox.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const UNTITLED = fixture('lists/untitled-h1.txt');
let dir: string;
let err: string[];

useSeedSandbox('seed-hints-', (sandbox) => {
  ({ dir, err } = sandbox);
});

const reports = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare("SELECT region || ' ' || period FROM reports ORDER BY region, period")
    .pluck()
    .all();
  db.close();
  return rows;
};

function list(...lines: string[]): string {
  const file = path.join(dir, 'list.tsv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('list lines with hints', () => {
  it('read region= and period= after a tab, in either order, alone or together', () => {
    expect(
      listedEntries(
        [
          '# comment',
          'a.txt\tregion=苇川县\tperiod=2022-H1',
          'b.txt\tperiod=2023-FY',
          'c.txt',
          'd.txt\t region = 苇山区 ',
        ].join('\n'),
      ),
    ).toEqual([
      { source: 'a.txt', hints: { region: '苇川县', period: '2022-H1' } },
      { source: 'b.txt', hints: { period: '2023-FY' } },
      { source: 'c.txt', hints: null },
      { source: 'd.txt', hints: { region: '苇山区' } },
    ]);
  });

  it.each([
    ['a.txt\t苇川县', 'list.tsv:2: "苇川县" is not a hint'],
    ['a.txt\tperiod=2022-H3', 'list.tsv:2: period=2022-H3 is not a period'],
    ['a.txt\tregion=', 'list.tsv:2: region= needs a value'],
    ['a.txt\tregion=苇川县\tregion=苇山县', 'list.tsv:2: region= is given twice'],
    ['a.txt\tgenre=news-summary', 'list.tsv:2: "genre=news-summary" is not a hint'],
  ])('refuse %j, naming the line', (line, message) => {
    expect(() => listedEntries(`ok.txt\n${line}`, 'list.tsv')).toThrow(SourceListError);
    expect(() => listedEntries(`ok.txt\n${line}`, 'list.tsv')).toThrow(message);
  });
});

describe('seed --files-from with hints', () => {
  it('loads a report that names neither region nor period with its line’s hints', async () => {
    const db = path.join(dir, 'x.sqlite');
    const from = list(`${UNTITLED}\tregion=苇川县\tperiod=2023-H1`, fixture('hexi-2021-q1.txt'));
    expect(await main(['--db', db, '--fresh', '--files-from', from], {}), err.join('\n')).toBe(0);
    expect(reports(db)).toEqual(['河西县 2021-Q1', '苇川县 2023-H1']);
  });

  it('applies a line’s hints to its file only, over the run’s --region and --period', async () => {
    const other = path.join(dir, 'untitled-q1.txt');
    writeFileSync(other, readFileSync(UNTITLED, 'utf8').replaceAll('上半年', '一季度'));
    const db = path.join(dir, 'x.sqlite');
    const from = list(`${UNTITLED}\tregion=苇川县\tperiod=2023-H1`, other);
    const args = ['--db', db, '--fresh', '--region', '苇山县', '--period', '2023-Q1', '--files-from', from];
    expect(await main(args, {}), err.join('\n')).toBe(0);
    expect(reports(db)).toEqual(['苇山县 2023-Q1', '苇川县 2023-H1']);
  });

  it('gives a folder line’s hints to every file in the folder', async () => {
    const folder = path.join(dir, 'untitled');
    mkdirSync(folder);
    copyFileSync(UNTITLED, path.join(folder, 'a.txt'));
    const db = path.join(dir, 'x.sqlite');
    expect(
      await main(
        ['--db', db, '--fresh', '--files-from', list(`${folder}\tregion=苇河县\tperiod=2022-H1`)],
        {},
      ),
    ).toBe(0);
    expect(reports(db)).toEqual(['苇河县 2022-H1']);
  });

  it('reads hints from standard input too', async () => {
    const db = path.join(dir, 'x.sqlite');
    const stdin = async () => `${UNTITLED}\tperiod=2021-H1\tregion=苇田县\n`;
    expect(await main(['--db', db, '--fresh', '--files-from', '-'], {}, { stdin })).toBe(0);
    expect(reports(db)).toEqual(['苇田县 2021-H1']);
  });

  it('stops at a bad hint with the list’s name and line, and loads nothing', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, '--fresh', fixture('hexi-2021-q1.txt')], {})).toBe(0);
    const before = readFileSync(db);
    const from = list(fixture('beiling-2022-h1.txt'), `${UNTITLED}\tregion=苇川县\tperiod=2023-6`);
    expect(await main(['--db', db, '--files-from', from], {})).toBe(1);
    expect(err.join('\n')).toContain(`${from}:2: period=2023-6 is not a period`);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('without a hint, a report that names no region is still refused with the flags to use', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, '--fresh', '--files-from', list(UNTITLED)], {})).toBe(1);
    expect(err.join('\n')).toContain('--region 某某县');
  });
});
