import { describe, expect, it } from 'vitest';
import { helmetHeaders } from '../../src/plugins/security-headers.js';
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

  it('are on API responses with the strict API policy, and on errors', async () => {
    for (const url of ['/v1/indicators/gdp', '/v1/indicators/no-such-thing', '/health']) {
      const response = await seed.app.inject({ url });
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'none';frame-ancestors 'none'",
      );
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('let the docs page load its own scripts', async () => {
    const response = await seed.app.inject({ url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
