// Cross-cutting HTTP concerns: security headers, CORS, rate limiting and compression.

import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { HttpProblem } from '../http/problems.js';
import { COMPRESS_THRESHOLD } from '../http/response-cache.js';
import securityHeaders from './security-headers.js';

export interface SecurityOptions {
  corsOrigins: string[] | '*';
  rateLimit: { max: number; timeWindow: string | number } | false;
}

export default fp(
  async (app, options: SecurityOptions) => {
    await app.register(securityHeaders, {
      // API responses are data, never documents: the strictest policy (OWASP's advice for REST
      // APIs), which is also ~250 bytes shorter on every response than helmet's page default.
      // The /docs pages set their own page policy (staticCSP in plugins/openapi.ts).
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    await app.register(cors, {
      // The data is public and read-only: every origin by default, a list when configured.
      origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
      methods: ['GET', 'HEAD', 'OPTIONS'],
      exposedHeaders: ['ETag', 'Link', 'X-Total-Count', 'X-Request-Id', 'Retry-After'],
      maxAge: 86_400,
    });
    if (options.rateLimit) {
      await app.register(rateLimit, {
        max: options.rateLimit.max,
        timeWindow: options.rateLimit.timeWindow,
        errorResponseBuilder: (_request, context) =>
          new HttpProblem(
            429,
            'rate-limited',
            `Rate limit of ${context.max} requests exceeded; retry in ${context.after}.`,
          ),
      });
    }
    await app.register(compress, { threshold: COMPRESS_THRESHOLD, encodings: ['br', 'gzip'] });
  },
  { name: 'security' },
);
