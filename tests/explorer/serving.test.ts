// How the explorer's page and files are served: their own CSP on the page only, revalidation for
// the page and a year for the hashed files, precompressed bodies, 304s, and no trace in the
// OpenAPI document.

import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../../src/explorer/plugin.js';
import { useSeedApp } from '../helpers/app.js';

const API_CSP = "default-src 'none';frame-ancestors 'none'";
const ctx = useSeedApp();

async function assetPaths(): Promise<string[]> {
  const page = await ctx.app.inject('/');
  return [...page.body.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)].map((m) => m[1] as string);
}

describe('the explorer page', () => {
  it('is HTML under its own policy, revalidated on every load', async () => {
    const response = await ctx.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(EXPLORER_CSP);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(response.body).toContain('<html lang="zh-CN">');
    const again = await ctx.app.inject({
      url: '/',
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('names a hashed script, stylesheet and icon, each cached for a year and sent compressed', async () => {
    const paths = await assetPaths();
    expect(paths).toHaveLength(3);
    for (const path of paths) {
      expect(path).toMatch(/^\/explorer\/(app|style|icon)-[A-Z0-9]{8}\.(js|css|svg)$/);
      const plain = await ctx.app.inject(path);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await ctx.app.inject({ url: path, headers: { 'accept-encoding': 'br, gzip' } });
      if (plain.rawPayload.length >= 1024) {
        expect(br.headers['content-encoding']).toBe('br');
        expect(br.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}-br"`);
        expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      }
      const again = await ctx.app.inject({
        url: path,
        headers: { 'if-none-match': String(br.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
    }
    const types = await Promise.all(
      paths.map(async (p) => (await ctx.app.inject(p)).headers['content-type']),
    );
    expect(types).toEqual(['image/svg+xml', 'text/css; charset=utf-8', 'text/javascript; charset=utf-8']);
  });

  it('answers an unknown file with a problem under the API policy', async () => {
    const response = await ctx.app.inject('/explorer/app-00000000.js');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['content-security-policy']).toBe(API_CSP);
    expect((await ctx.app.inject('/explorer/index.html')).statusCode).toBe(404);
  });

  it('leaves the API its strict policy and stays out of the OpenAPI document', async () => {
    const data = await ctx.app.inject('/v1/reports');
    expect(data.headers['content-security-policy']).toBe(API_CSP);
    const paths = Object.keys((await ctx.app.inject('/openapi.json')).json().paths);
    expect(paths.filter((p) => p === '/' || p.startsWith('/explorer'))).toEqual([]);
  });
});
