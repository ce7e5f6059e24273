import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoadError, loadReportFiles } from '../../src/db/loader.js';
import { createRepository } from '../../src/db/repository.js';
import { SEEDS_DIR } from '../../src/paths.js';

const SEED = path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt');
const TABLES = [
  'reports',
  'sections',
  'sentences',
  'observations',
  'targets',
  'rankings',
  'projects',
  'project_mentions',
  'facts',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'loader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function failure(dbFile: string, files: string[]): Promise<LoadError> {
  const error = await loadReportFiles(dbFile, files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

describe('loadReportFiles', () => {
  it('loads the seed with every kind of row and a searchable sentence index', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    const result = await loadReportFiles(dbFile, [SEED]);
    expect(result.loaded).toHaveLength(1);
    expect(result.loaded[0]).toMatchObject({ region: '连州市', period: '2020-H1' });
    const n = counts(dbFile);
    for (const table of TABLES) expect(n[table], table).toBeGreaterThan(0);
    expect(n.targets).toBeGreaterThanOrEqual(20);
    const db = new Database(dbFile, { readonly: true });
    const hits = db
      .prepare('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH \'"风电场"\'')
      .get() as {
      n: number;
    };
    const repository = createRepository(db);
    const [report] = repository.listReports({}, { limit: 1, offset: 0 }).items;
    const text = repository.reportText(report?.id ?? '');
    const original = repository.reportOriginal(report?.id ?? '');
    // The text is stored once, as its sentences and the gaps between them, and the file as that text.
    const stored = db.prepare('SELECT source_text AS t, text_gaps AS g FROM reports').get() as {
      t: string;
      g: string | null;
    };
    const compression = db.prepare('SELECT compression FROM report_originals').pluck().get();
    db.close();
    expect(hits.n).toBeGreaterThan(0);
    expect(text).toBe(readFileSync(SEED, 'utf8'));
    expect(original?.bytes.equals(readFileSync(SEED))).toBe(true);
    expect(stored.t).toBe('');
    expect(JSON.parse(stored.g ?? 'null')).toBeInstanceOf(Array);
    expect(compression).toBe('text');
  });

  it('replaces a report that is loaded again instead of doubling it', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    await loadReportFiles(dbFile, [SEED]);
    const first = counts(dbFile);
    const copy = write('again.txt', readFileSync(SEED));
    await loadReportFiles(dbFile, [copy]);
    expect(counts(dbFile)).toEqual(first);
  });

  it('replaces a report read anew from the same bytes, even when it now reads as another region', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    await loadReportFiles(dbFile, [SEED]);
    const first = counts(dbFile);
    await loadReportFiles(dbFile, [SEED], { region: '某某县' });
    expect(counts(dbFile)).toEqual(first);
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare('SELECT region FROM reports').pluck().all()).toEqual(['某某县']);
    db.close();
  });

  it('refuses the same file twice in one load, and two files of one source', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    const copy = write('copy.txt', readFileSync(SEED));
    await expect(loadReportFiles(dbFile, [SEED, copy])).rejects.toThrow(
      `${copy}:0: the same file as ${SEED}`,
    );
    const edited = write('edited.txt', `${readFileSync(SEED, 'utf8')}\n`);
    await expect(loadReportFiles(dbFile, [SEED, edited])).rejects.toThrow(
      `${edited}:1: the same source as ${SEED} (连州市 2020-H1 plan-execution 连州市发展和改革局)`,
    );
  });

  it('keeps reports of other regions and periods side by side', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    await loadReportFiles(dbFile, [SEED]);
    const text = readFileSync(SEED, 'utf8').replace('2020年上半年国民经济', '2020年前三季度国民经济');
    await loadReportFiles(dbFile, [write('q3.txt', text)]);
    expect(counts(dbFile).reports).toBe(2);
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/i],
    [
      'binary.bin',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10, 0x00, 0x00]),
      /binary/i,
    ],
    ['prose.txt', '今天天气很好。\n我们去公园散步,看到了很多花。\n', /report|genre|title/i],
    [
      'latin1.txt',
      Buffer.from([0x48, 0x65, 0x6c, 0x6c, 0xff, 0xfe, 0xfd, 0x0a]),
      /UTF-8|encoding|binary|report/i,
    ],
  ];
  for (const [name, content, message] of bad) {
    it(`refuses ${name} with file:line: reason and leaves the database untouched`, async () => {
      const dbFile = path.join(dir, 'db.sqlite');
      await loadReportFiles(dbFile, [SEED]);
      const before = sha(dbFile);
      const file = write(name, content);
      const error = await failure(dbFile, [SEED, file]);
      expect(error.lines.length).toBeGreaterThan(0);
      for (const line of error.lines)
        expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
      expect(error.message).toMatch(message);
      expect(sha(dbFile)).toBe(before);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('refuses a report whose table is cut off mid-row', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const cut = lines.findIndex((l) => l.trim() === '贷款余额');
    const truncated = write('truncated.txt', `${lines.slice(0, cut + 3).join('\n')}\n`);
    const dbFile = path.join(dir, 'db.sqlite');
    const error = await failure(dbFile, [truncated]);
    expect(error.message).toMatch(/truncated|table/i);
  });

  it('does not create a database file when the first load fails', async () => {
    const dbFile = path.join(dir, 'db.sqlite');
    await failure(dbFile, [write('empty.txt', '')]);
    expect(readdirSync(dir)).toEqual(['empty.txt']);
  });

  it('decodes a GBK-encoded report', async () => {
    const gbk = path.join(dir, 'gbk.txt');
    copyFileSync(SEED, gbk);
    const text = readFileSync(SEED, 'utf8');
    writeFileSync(gbk, encodeGbk(text));
    const dbFile = path.join(dir, 'db.sqlite');
    const result = await loadReportFiles(dbFile, [gbk]);
    expect(result.loaded[0]?.region).toBe('连州市');
    expect(result.warnings.join('\n')).toMatch(/GBK|GB18030/i);
  });
});

/** GB18030 (a superset of GBK) bytes for text, via Python's codec (Node can decode GBK but not encode it). */
function encodeGbk(text: string): Buffer {
  const out = spawnSync(
    'python3',
    ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
    {
      input: text,
    },
  );
  if (out.status !== 0) throw new Error(`python3 could not encode GBK: ${out.stderr}`);
  return out.stdout;
}
