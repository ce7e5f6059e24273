import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  etagForEncoding,
  matchesEtag,
  negotiateEncoding,
  ResponseCache,
} from '../../src/http/response-cache.js';

describe('ResponseCache', () => {
  it('gives strong tags that depend on the content hash and the key only', () => {
    const a = new ResponseCache('hash-1');
    const tag = a.etagFor('json /v1/x');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new ResponseCache('hash-1').etagFor('json /v1/x')).toBe(tag);
    expect(new ResponseCache('hash-2').etagFor('json /v1/x')).not.toBe(tag);
    expect(a.etagFor('csv /v1/x')).not.toBe(tag);
  });

  it('evicts the oldest entries past its entry bound', () => {
    const cache = new ResponseCache('h', 4);
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, 'application/json', `{"k":"${key}"}`);
    expect(cache.size).toBe(4);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('e')?.identity.toString()).toBe('{"k":"e"}');
  });

  it('keeps recently read entries when eviction is near', () => {
    const cache = new ResponseCache('h', 4);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, 'application/json', '{}');
    cache.get('a'); // 4 of 4 entries: under pressure, so 'a' becomes the most recent
    cache.set('e', 'application/json', '{}');
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
  });

  it('evicts past its byte bound and does not keep a body larger than a quarter of it', () => {
    const cache = new ResponseCache('h', 100, 1000);
    cache.set('big', 'text/csv', 'x'.repeat(300));
    expect(cache.get('big')).toBeUndefined();
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, 'text/csv', 'x'.repeat(240));
    expect(cache.size).toBe(4);
    expect(cache.get('a')).toBeUndefined();
  });

  it('compresses a body once per encoding', () => {
    const cache = new ResponseCache('h');
    const entry = cache.set('k', 'application/json', JSON.stringify({ text: '地区生产总值'.repeat(200) }));
    const gzip = cache.body(entry, 'gzip');
    expect(cache.body(entry, 'gzip')).toBe(gzip);
    expect(gunzipSync(gzip).toString()).toBe(entry.identity.toString());
    expect(cache.body(entry, 'identity')).toBe(entry.identity);
  });
});

describe('content negotiation helpers', () => {
  it('prefers br, then gzip, honours q=0 and leaves small bodies alone', () => {
    expect(negotiateEncoding('gzip, deflate, br', 5000)).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0', 5000)).toBe('gzip');
    expect(negotiateEncoding('*', 5000)).toBe('gzip');
    expect(negotiateEncoding('identity', 5000)).toBe('identity');
    expect(negotiateEncoding(undefined, 5000)).toBe('identity');
    expect(negotiateEncoding('br', 100)).toBe('identity');
  });

  it('matches If-None-Match lists, weak forms and the encoded variants of a tag', () => {
    const tag = '"abc"';
    expect(matchesEtag('"abc"', tag)).toBe(true);
    expect(matchesEtag('W/"abc"', tag)).toBe(true);
    expect(matchesEtag('"x", "abc-gzip"', tag)).toBe(true);
    expect(matchesEtag(etagForEncoding(tag, 'br'), tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"abd"', tag)).toBe(false);
  });
});
