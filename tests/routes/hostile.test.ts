// Walks every route of the OpenAPI document with hostile parameters: nothing may cause a 5xx, and
// every 4xx must be a problem+json body.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useSeedApp } from '../helpers/app.js';

const seed = useSeedApp();

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
}

/** Values sent as they are, without percent-encoding: broken escapes must reach the server broken. */
const RAW = ['%E5%9C', '%ZZ', '%', '%%', '%E5%9C%B0%E5', '%00', '%C0%AE', '..%2F..%2F', '%u5730'];

const HOSTILE = [
  "' OR 1=1 --",
  "'; DROP TABLE reports; --",
  '" OR ""="',
  '1; SELECT * FROM sqlite_master',
  '%',
  '_',
  '\\',
  '"',
  '""',
  '*',
  'a*',
  'NEAR(',
  'NEAR(风电 投资, 2)',
  'AND',
  'OR NOT',
  '风电 AND 投资',
  '^地区',
  'text:风电',
  '{text}: 风',
  '(',
  ')',
  '-1',
  '0',
  '-99999999999999999999',
  '99999999999999999999',
  '1e308',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  ' ',
  '',
  '地区生产总值',
  '风电',
  '连州市',
  '2020-H1',
  'csv',
  'json',
  'x'.repeat(10 * 1024),
  '风'.repeat(4000),
  '\u0000',
  '\ud800',
  '<script>alert(1)</script>',
  '../../etc/passwd',
];

const value = fc.oneof(
  fc.constantFrom(...HOSTILE).map((v) => encodeURIComponent(v.replace(/\ud800/g, '\ufffd'))),
  fc.constantFrom(...RAW),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.integer().map(String),
  fc.double().map(String),
);

function operations(document: { paths: Record<string, { get?: { parameters?: Parameter[] } }> }) {
  return Object.entries(document.paths).map(([path, item]) => ({
    path,
    parameters: item.get?.parameters ?? [],
  }));
}

describe('every route under hostile parameters', () => {
  it('never answers 5xx, and every 4xx is problem+json', async () => {
    const document = seed.app.swagger() as unknown as Parameters<typeof operations>[0];
    const routes = operations(document);
    expect(routes.length).toBeGreaterThanOrEqual(13);
    for (const route of routes) {
      const pathParams = route.parameters.filter((p) => p.in === 'path');
      const queryParams = route.parameters.filter((p) => p.in === 'query');
      const request = fc.record({
        path: fc.tuple(...pathParams.map(() => value)),
        query: fc
          .subarray(queryParams)
          .chain((chosen) => fc.tuple(...chosen.map((p) => value.map((v) => `${p.name}=${v}`)))),
        extra: fc.option(fc.constantFrom('limt=5', 'q=1&q=2', '__proto__=x', 'constructor=1', '&&&', '=x'), {
          nil: undefined,
        }),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ path, query, extra }) => {
          let url = route.path;
          pathParams.forEach((p, i) => {
            url = url.replace(`{${p.name}}`, path[i] || 'x');
          });
          const search = [...query, ...(extra ? [extra] : [])].join('&');
          const response = await seed.app.inject(search ? `${url}?${search}` : url);
          expect(response.statusCode, url).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type'], url).toBe('application/problem+json; charset=utf-8');
            const body = response.json();
            expect(body, url).toMatchObject({
              type: expect.any(String),
              title: expect.any(String),
              status: response.statusCode,
              detail: expect.any(String),
            });
          }
        }),
        { numRuns: 60 },
      );
    }
  });
});
