// Loading a report from a URL: a local test server stands in for a government site (a page, a
// redirect, a 404, a server that never answers); every failure leaves the database byte-identical.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/seed.js';
import { fetchSource } from '../../src/ingest/fetch-url.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { useSeedSandbox } from '../helpers/seed-sandbox.js';

const SEED_BYTES = readFileSync(path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt'));
const PAGE_BYTES = readFileSync(new URL('../fixtures/formats/xishan-2022-q3.gbk.html', import.meta.url));
let server: Server;
let base: string;
let dir: string;
let err: string[];

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/reports/2020/lianzhou-h1.txt') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(SEED_BYTES);
    } else if (request.url === '/art/2022/10/28/xishan.html') {
      // A government page in GBK that says so only in its HTTP header.
      response.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      response.end(PAGE_BYTES);
    } else if (request.url === '/moved') {
      response.writeHead(302, { location: '/reports/2020/lianzhou-h1.txt' });
      response.end();
    } else if (request.url === '/silent') {
      // Never answers: the fetch must give up on its own.
    } else if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2048 });
      response.end(Buffer.alloc(2048, 0x41));
    } else if (request.url === '/stream') {
      // No length announced: the limit must hold while reading.
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write(Buffer.alloc(1000, 0x41));
      response.end(Buffer.alloc(1048, 0x41));
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>404</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
useSeedSandbox('seed-url-', (sandbox) => {
  ({ dir, err } = sandbox);
});

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run seed -- URL', () => {
  it('fetches the page (following a redirect) and records the URL it came from', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, `${base}/moved`], {})).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite
      .prepare(
        'SELECT region, source_file AS file, source_url AS url, sha256, media_type AS type FROM reports',
      )
      .get();
    sqlite.close();
    expect(row).toEqual({
      region: '连州市',
      file: 'lianzhou-h1.txt',
      url: `${base}/reports/2020/lianzhou-h1.txt`,
      sha256: createHash('sha256').update(SEED_BYTES).digest('hex'),
      type: 'text/plain',
    });
  });

  it('loads a web page from a URL as a page, with the charset its header declares', async () => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, `${base}/art/2022/10/28/xishan.html`], {})).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite
      .prepare(
        'SELECT region, period, format, media_type AS type, source_url AS url, (SELECT count(*) FROM observations) AS n FROM reports',
      )
      .get();
    sqlite.close();
    expect(row).toMatchObject({
      region: '西山县',
      period: '2022-Q3',
      format: 'html',
      url: `${base}/art/2022/10/28/xishan.html`,
    });
    expect((row as { type: string }).type).toMatch(/^text\/html/);
    expect((row as { n: number }).n).toBeGreaterThan(10);
  });

  it.each([
    ['a 404', '/gone', 'HTTP 404 Not Found', []],
    ['a server that never answers', '/silent', 'no complete answer within 300 ms', ['--timeout', '300']],
  ])('refuses %s with url: reason, exit 1, the database untouched', async (_what, route, reason, flags) => {
    const db = path.join(dir, 'x.sqlite');
    expect(await main(['--db', db, path.join(SEEDS_DIR, 'lianzhou-2020-h1.txt')], {})).toBe(0);
    const before = digest(db);
    expect(await main(['--db', db, ...flags, `${base}${route}`], {})).toBe(1);
    expect(err[0]).toBe(`${base}${route}: ${reason}`);
    expect(err.at(-1)).toBe(`seed: nothing was loaded; ${db} is unchanged`);
    expect(digest(db)).toBe(before);
  });

  it('stops reading a response over the size limit', async () => {
    await expect(fetchSource(`${base}/huge`, { timeoutMs: 5000, maxBytes: 1024 })).rejects.toThrow(
      'the response is 2048 bytes, over the limit of 1024',
    );
    await expect(fetchSource(`${base}/stream`, { timeoutMs: 5000, maxBytes: 1024 })).rejects.toThrow(
      'the response is over the limit of 1024 bytes',
    );
    const small = await fetchSource(`${base}/huge`, { timeoutMs: 5000, maxBytes: 4096 });
    expect(small.bytes.length).toBe(2048);
    expect(small.name).toBe('huge');
  });

  it('refuses a bad --period, --genre or --timeout before touching anything', async () => {
    expect(await main(['--db', path.join(dir, 'x.sqlite'), '--period', '2022H1', `${base}/x`], {})).toBe(2);
    expect(err[0]).toMatch(/^seed: --period 2022H1: expected a period such as 2022-H1/);
    expect(await main(['--db', path.join(dir, 'x.sqlite'), '--timeout', 'soon', `${base}/x`], {})).toBe(2);
    expect(err[1]).toMatch(/^seed: --timeout soon: /);
    expect(await main(['--db', path.join(dir, 'x.sqlite'), '--genre', 'memo', `${base}/x`], {})).toBe(2);
    expect(err[2]).toMatch(/^seed: --genre memo: expected one of plan-execution, /);
  });
});
