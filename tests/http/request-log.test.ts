// The request log: a line per request at info, except answers replayed by the response cache,
// which are summarised (and logged one by one only at debug).

import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { buildSeedDb, type TempDb } from '../helpers/seed-db.js';

let db: TempDb;
beforeAll(async () => {
  db = await buildSeedDb();
});
afterAll(() => db?.cleanup());

/** Builds an app logging at `level` into memory; `finish` closes it and returns the lines. */
async function loggingApp(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = await buildApp({ dbFile: db.file, logLevel: level, rateLimit: false, logStream });
  return {
    app,
    async finish() {
      await app.close();
      return lines;
    },
  };
}

const completed = (lines: Record<string, unknown>[]) =>
  lines.filter((line) => line.msg === 'request completed');

describe('request log', () => {
  it('logs misses and errors at info, and summarises cache answers when the app closes', async () => {
    const { app, finish } = await loggingApp('info');
    const first = await app.inject({ url: '/v1/indicators/gdp', headers: { 'x-request-id': 'miss-1' } });
    await app.inject({ url: '/v1/indicators/gdp', headers: { 'x-request-id': 'hit-1' } });
    await app.inject({ url: '/v1/indicators/gdp', headers: { 'if-none-match': String(first.headers.etag) } });
    await app.inject({ url: '/v1/indicators/nothing-like-this', headers: { 'x-request-id': 'err-1' } });
    const lines = await finish();

    expect(completed(lines)).toEqual([
      expect.objectContaining({
        level: 30,
        reqId: 'miss-1',
        req: { method: 'GET', url: '/v1/indicators/gdp' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
      expect.objectContaining({ level: 30, reqId: 'err-1', res: { statusCode: 404 } }),
    ]);
    expect(lines.find((line) => line.msg === 'requests answered from the response cache')).toMatchObject({
      level: 30,
      cached: 1,
      notModified: 1,
    });
  });

  it('logs every cache answer at debug when asked to', async () => {
    const { app, finish } = await loggingApp('debug');
    for (const id of ['a', 'b', 'c']) {
      await app.inject({ url: '/v1/reports', headers: { 'x-request-id': id } });
    }
    const lines = await finish();
    expect(completed(lines).map((line) => [line.reqId, line.level])).toEqual([
      ['a', 30],
      ['b', 20],
      ['c', 20],
    ]);
  });

  it('writes no summary when the cache answered nothing', async () => {
    const { app, finish } = await loggingApp('info');
    await app.inject('/v1/reports');
    const lines = await finish();
    expect(lines.some((line) => line.msg === 'requests answered from the response cache')).toBe(false);
    expect(completed(lines)).toHaveLength(1);
  });

  it('logs successful health probes at debug only', async () => {
    for (const level of ['info', 'debug']) {
      const { app, finish } = await loggingApp(level);
      await app.inject('/health');
      await app.inject('/ready');
      const lines = completed(await finish());
      expect(
        lines.map((line) => [line.level, (line.req as { url: string }).url]),
        level,
      ).toEqual(
        level === 'info'
          ? []
          : [
              [20, '/health'],
              [20, '/ready'],
            ],
      );
    }
  });
});
