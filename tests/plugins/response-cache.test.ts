// The response-cache plugin writes cached 200s straight to the socket: these check that a replayed
// response is the same response, header for header, as the one that filled the cache.

import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { useSeedApp } from '../helpers/app.js';

const seed = useSeedApp();

/** Headers that legitimately differ between two responses. */
function stable(headers: Record<string, unknown>): Record<string, unknown> {
  const { 'x-request-id': _id, date: _date, ...rest } = headers;
  return rest;
}

describe('cached responses', () => {
  it('replay the first response exactly: status, headers and body, per encoding', async () => {
    for (const encoding of ['', 'gzip', 'br']) {
      const headers = { 'accept-encoding': encoding };
      // A URL per encoding, so that each first request is a miss.
      const path = `/v1/facts?limit=${30 + encoding.length}`;
      const miss = await seed.app.inject({ url: path, headers });
      const hit = await seed.app.inject({ url: path, headers });
      expect(miss.statusCode).toBe(200);
      expect(stable(hit.headers)).toEqual(stable(miss.headers));
      expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
      expect(hit.headers['content-length']).toBe(String(hit.rawPayload.length));
      expect(hit.headers['content-encoding']).toBe(encoding || undefined);
      expect(hit.headers['x-total-count']).toMatch(/^\d+$/);
      // The miss has its own log line and names it; the replay is only counted (request log).
      expect(miss.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(hit.headers['x-request-id']).toBeUndefined();
    }
  });

  it("carry the security and CORS headers, and echo the client's request id", async () => {
    const url = '/v1/indicators/gdp';
    await seed.app.inject(url);
    const hit = await seed.app.inject({
      url,
      headers: { 'x-request-id': 'poll-42', origin: 'https://dash.example', 'accept-encoding': 'br' },
    });
    expect(hit.headers).toMatchObject({
      'x-request-id': 'poll-42',
      'access-control-allow-origin': '*',
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=300',
      vary: 'Accept, Accept-Encoding',
      'content-encoding': 'br',
    });
    expect(JSON.parse(brotliDecompressSync(hit.rawPayload).toString()).code).toBe('gdp');
  });

  it('answer HEAD with the GET headers and no body', async () => {
    const url = '/v1/indicators/gdp';
    const get = await seed.app.inject(url);
    const head = await seed.app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(stable(head.headers)).toEqual(stable(get.headers));
  });

  it('join a Vary set earlier (CORS with an origin list) with their own', async () => {
    const app = await buildApp({
      dbFile: seed.db.file,
      logLevel: 'silent',
      rateLimit: false,
      corsOrigins: ['https://dash.example'],
    });
    try {
      const headers = { origin: 'https://dash.example' };
      const miss = await app.inject({ url: '/v1/reports', headers });
      const hit = await app.inject({ url: '/v1/reports', headers });
      for (const response of [miss, hit]) {
        expect(response.headers['access-control-allow-origin']).toBe('https://dash.example');
        expect(response.headers.vary).toBe('Origin, Accept, Accept-Encoding');
      }
    } finally {
      await app.close();
    }
  });
});
