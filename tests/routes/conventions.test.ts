// The conventions every route shares: CSV, ETag/304, pagination, CORS, rate limits, request ids,
// compression, service routes and start-up failures.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { anyRequestId, useSeedApp } from '../helpers/app.js';
import { buildEmptyDb } from '../helpers/seed-db.js';

const seed = useSeedApp();

describe('CSV', () => {
  it('answers format=csv and Accept: text/csv with UTF-8 CSV starting with a BOM', async () => {
    const byParam = await seed.app.inject('/v1/targets?format=csv');
    const byAccept = await seed.app.inject({ url: '/v1/targets', headers: { accept: 'text/csv' } });
    for (const response of [byParam, byAccept]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.body.startsWith('\ufeffid,reportId,region,period,indicatorCode,')).toBe(true);
    }
    expect(byAccept.body).toBe(byParam.body);
    const json = (await seed.app.inject('/v1/targets')).json();
    const lines = byParam.body.trim().split('\r\n');
    expect(lines).toHaveLength(json.items.length + 1);
    expect(lines[0]).toContain('provenance.sentence');
    expect(byParam.body).toContain('连州市');
  });

  it('keeps JSON when the Accept header prefers it, and a header row for an empty page', async () => {
    const json = await seed.app.inject({
      url: '/v1/facts?limit=1',
      headers: { accept: 'application/json, text/csv;q=0.5' },
    });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const empty = await seed.app.inject('/v1/projects?q=nothing-like-this&format=csv');
    expect(empty.body).toBe(
      '\ufeffid,reportId,region,period,name,aliases,phase,status,plannedInvestment,completedInvestment,mentionCount\r\n',
    );
  });
});

describe('ETag and 304', () => {
  it('sends a strong ETag and Cache-Control, and 304 on a matching If-None-Match', async () => {
    const first = await seed.app.inject('/v1/indicators/gdp');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await seed.app.inject({ url: '/v1/indicators/gdp', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const stale = await seed.app.inject({ url: '/v1/indicators/gdp', headers: { 'if-none-match': '"old"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
  });

  it('gives JSON and CSV different tags, and errors no tag and no-store', async () => {
    const json = await seed.app.inject('/v1/facts');
    const csv = await seed.app.inject('/v1/facts?format=csv');
    expect(json.headers.etag).not.toBe(csv.headers.etag);
    const missing = await seed.app.inject('/v1/indicators/nothing');
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('keeps the tag when the same database is served by a new instance', async () => {
    const app = await buildApp({ dbFile: seed.db.file, logLevel: 'silent' });
    const etag = (await seed.app.inject('/v1/reports')).headers.etag as string;
    const response = await app.inject({ url: '/v1/reports', headers: { 'if-none-match': etag } });
    await app.close();
    expect(response.statusCode).toBe(304);
  });
});

describe('pagination', () => {
  it('walks every page to the end by following next, matching one big page', async () => {
    const all = (await seed.app.inject('/v1/facts?limit=500')).json();
    const seen: unknown[] = [];
    let url: string | null = '/v1/facts?limit=7';
    let pages = 0;
    while (url) {
      const response = await seed.app.inject(url);
      const body: { total: number; items: unknown[]; next: string | null } = response.json();
      expect(body.total).toBe(all.total);
      seen.push(...body.items);
      if (body.next) expect(response.headers.link).toBe(`<${body.next}>; rel="next"`);
      else expect(response.headers.link).toBeUndefined();
      url = body.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.total / 7));
    expect(seen).toEqual(all.items);
  });

  it('rejects forged cursors and out-of-range limits', async () => {
    for (const query of ['cursor=abc', 'cursor=%2F%2F', 'limit=0', 'limit=501', 'limit=1e400', 'limit=abc']) {
      const response = await seed.app.inject(`/v1/facts?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().invalidParams.length, query).toBeGreaterThan(0);
    }
  });
});

describe('CORS, request ids, compression', () => {
  it('allows every origin by default', async () => {
    const response = await seed.app.inject({
      url: '/v1/reports',
      headers: { origin: 'https://example.org' },
    });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('narrows CORS to the configured origins', async () => {
    const app = await buildApp({
      dbFile: seed.db.file,
      logLevel: 'silent',
      corsOrigins: ['https://dash.example'],
    });
    const allowed = await app.inject({ url: '/v1/reports', headers: { origin: 'https://dash.example' } });
    const other = await app.inject({ url: '/v1/reports', headers: { origin: 'https://evil.example' } });
    await app.close();
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dash.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('echoes a plain x-request-id and replaces a hostile one', async () => {
    const echoed = await seed.app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const replaced = await seed.app.inject({
      url: '/health',
      headers: { 'x-request-id': 'a b\u00e9'.repeat(100) },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses large bodies for clients that accept gzip, with the same content', async () => {
    const plain = await seed.app.inject('/v1/facts?limit=100');
    const zipped = await seed.app.inject({
      url: '/v1/facts?limit=100',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    const small = await seed.app.inject({ url: '/health', headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('answers 429 as problem+json with Retry-After, and sends its headers only then', async () => {
    const app = await buildApp({
      dbFile: seed.db.file,
      logLevel: 'silent',
      rateLimit: { max: 2, timeWindow: 60_000 },
    });
    const first = await app.inject('/health');
    await app.inject('/health');
    const limited = await app.inject('/health');
    await app.close();
    expect(first.statusCode).toBe(200);
    expect(Object.keys(first.headers).filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
    expect(limited.headers['x-ratelimit-limit']).toBe('2');
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests', ...anyRequestId });
  });

  it('counts answers the response cache gives (replays and 304s) against the limit', async () => {
    const app = await buildApp({
      dbFile: seed.db.file,
      logLevel: 'silent',
      rateLimit: { max: 3, timeWindow: 60_000 },
    });
    const url = '/v1/indicators/gdp';
    const miss = await app.inject(url);
    const replayed = await app.inject(url);
    const notModified = await app.inject({ url, headers: { 'if-none-match': String(miss.headers.etag) } });
    const limited = await app.inject(url);
    const limitedHead = await app.inject({ url, method: 'HEAD' });
    await app.close();
    expect([miss.statusCode, replayed.statusCode, notModified.statusCode]).toEqual([200, 200, 304]);
    expect(limited.statusCode).toBe(429);
    expect(limitedHead.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('service routes', () => {
  it('reports liveness and readiness', async () => {
    expect((await seed.app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await seed.app.inject('/ready')).json()).toEqual({
      status: 'ready',
      reports: 1,
      contentHash: expect.any(String),
    });
  });

  it('serves the OpenAPI document and the interactive reference', async () => {
    const document = (await seed.app.inject('/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    const docs = await seed.app.inject('/docs');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers unknown routes with a problem', async () => {
    const response = await seed.app.inject('/v2/nothing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: 'urn:report-indicators:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No route GET /v2/nothing',
      instance: '/v2/nothing',
      ...anyRequestId,
    });
  });
});

describe('start-up', () => {
  it('rejects a missing database file with a one-line message', async () => {
    await expect(buildApp({ dbFile: '/nonexistent/reports.sqlite', logLevel: 'silent' })).rejects.toThrow(
      /^database file \/nonexistent\/reports.sqlite does not exist$/,
    );
  });

  it('rejects a corrupt database file', async () => {
    const db = buildEmptyDb();
    const file = path.join(path.dirname(db.file), 'corrupt.sqlite');
    writeFileSync(file, 'this is not a database'.repeat(100));
    await expect(buildApp({ dbFile: file, logLevel: 'silent' })).rejects.toThrow(
      /^database file .* cannot be read: /,
    );
    db.cleanup();
  });

  it('is not ready over an empty database', async () => {
    const db = buildEmptyDb();
    const app = await buildApp({ dbFile: db.file, logLevel: 'silent' });
    const response = await app.inject('/ready');
    await app.close();
    db.cleanup();
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});
