import { describe, expect, it } from 'vitest';
import { DOCUMENT_HEADERS, helmetHeaders } from '../../src/plugins/security-headers.js';
import { useSeedApp } from '../helpers/app.js';

describe('security headers', () => {
  it('captures what helmet would set, once', () => {
    const headers = helmetHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"] } },
    });
    expect(headers).toMatchObject({
      'content-security-policy': "default-src 'none'",
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'referrer-policy': 'no-referrer',
    });
    expect(headers).not.toHaveProperty('x-powered-by');
  });

  const seed = useSeedApp();

  it('are on API responses with the strict API policy, on hits, misses and errors', async () => {
    const urls = ['/v1/indicators/gdp', '/v1/indicators/gdp', '/v1/indicators/no-such-thing', '/health'];
    for (const url of urls) {
      const response = await seed.app.inject({ url });
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'none';frame-ancestors 'none'",
      );
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      // Document-only headers stay off data responses.
      for (const name of [
        'x-frame-options',
        'referrer-policy',
        'cross-origin-opener-policy',
        'x-xss-protection',
      ]) {
        expect(response.headers[name], `${url} ${name}`).toBeUndefined();
      }
    }
  });

  it('give the docs pages the document headers and a policy that loads their own scripts', async () => {
    for (const url of ['/docs', '/docs/']) {
      const response = await seed.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toContain('text/html');
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
    }
    expect(DOCUMENT_HEADERS).not.toHaveProperty('content-security-policy');
  });
});
