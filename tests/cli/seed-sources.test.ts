// Many reports at once: folders searched recursively, lists of paths from a file or standard
// input, and a progress line, so a load is not bounded by what a command line can hold.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/seed.js';
import { expandSources, listedSources } from '../../src/cli/sources.js';
import { useSeedSandbox } from '../helpers/seed-sandbox.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
let dir: string;
let err: string[];

useSeedSandbox('seed-sources-', (sandbox) => {
  ({ dir, err } = sandbox);
});

const regions = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT region FROM reports ORDER BY region').pluck().all();
  db.close();
  return rows;
};

/** A folder of reports: two at the top, one a level down, and files that are not reports. */
function reportFolder(): string {
  const root = path.join(dir, 'reports');
  mkdirSync(path.join(root, '2021', '.hidden'), { recursive: true });
  copyFileSync(fixture('hexi-2021-q1.txt'), path.join(root, 'b-hexi.txt'));
  copyFileSync(fixture('beiling-2022-h1.txt'), path.join(root, 'a-beiling.TXT'));
  copyFileSync(fixture('qinghe-2021-fy.txt'), path.join(root, '2021', 'qinghe.txt'));
  copyFileSync(fixture('nanhu-2019-m1-9.txt'), path.join(root, '2021', '.hidden', 'nanhu.txt'));
  writeFileSync(path.join(root, 'notes.md'), '# not a report');
  return root;
}

describe('seed sources', () => {
  it('expands a folder into every supported file below it, sorted, skipping hidden ones', () => {
    const root = reportFolder();
    const url = 'https://example.org/r.html';
    expect(expandSources([root, url])).toEqual([
      path.join(root, '2021', 'qinghe.txt'),
      path.join(root, 'a-beiling.TXT'),
      path.join(root, 'b-hexi.txt'),
      url,
    ]);
  });

  it('loads a folder', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, reportFolder()], {})).toBe(0);
    expect(regions(db)).toHaveLength(3);
  });

  it('reads a list of paths from standard input and from a file, with a progress line', async () => {
    const root = reportFolder();
    const list = `# reports to load\n${path.join(root, 'b-hexi.txt')}\r\n\n${path.join(root, '2021', 'qinghe.txt')}\n`;
    expect(listedSources(list)).toHaveLength(2);
    const db = path.join(dir, 'stdin.sqlite');
    const progress: string[] = [];
    const stream = { write: (s: string) => progress.push(s) } as unknown as NodeJS.WriteStream;
    expect(
      await main(['--db', db, '--files-from', '-'], {}, { stdin: async () => list, progress: stream }),
    ).toBe(0);
    expect(regions(db)).toHaveLength(2);
    expect(progress).toEqual(['\r1/2 reports read', '\r2/2 reports read\n']);
    const listFile = path.join(dir, 'list.txt');
    writeFileSync(listFile, list);
    const db2 = path.join(dir, 'file.sqlite');
    expect(await main(['--db', db2, '--files-from', listFile, path.join(root, 'a-beiling.TXT')], {})).toBe(0);
    expect(regions(db2)).toHaveLength(3);
  });

  it('says what is wrong with an empty folder, an empty list or a missing list', async () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, empty], {})).toBe(1);
    expect(err[0]).toMatch(/^seed: .*empty: no report files \(\.txt/);
    expect(await main(['--db', db, '--files-from', '-'], {}, { stdin: async () => '\n# nothing\n' })).toBe(2);
    expect(err[1]).toBe('seed: --files-from - named no reports');
    expect(await main(['--db', db, '--files-from', path.join(dir, 'none.txt')], {})).toBe(1);
    expect(err[2]).toMatch(/none\.txt: cannot read the list: ENOENT$/);
  });
});
