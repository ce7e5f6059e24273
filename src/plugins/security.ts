// Cross-cutting HTTP concerns: security headers, CORS, rate limiting and compression.

import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { HttpProblem } from '../http/problems.js';
import { COMPRESS_THRESHOLD } from '../http/response-cache.js';
import securityHeaders, { API_HELMET_OPTIONS } from './security-headers.js';

export interface SecurityOptions {
  corsOrigins: string[] | '*';
  rateLimit: { max: number; timeWindow: string | number } | false;
}

export default fp(
  async (app, options: SecurityOptions) => {
    // API responses are data, never documents: the strictest policy and no document-only headers.
    // The /docs pages add the document headers and their own page policy (plugins/openapi.ts).
    await app.register(securityHeaders, API_HELMET_OPTIONS);
    await app.register(cors, {
      // The data is public and read-only: every origin by default, a list when configured.
      origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
      // Strings, not lists: the plugin joins a list again on every request (cpu-prof under wrk).
      methods: 'GET, HEAD, OPTIONS',
      exposedHeaders: 'ETag, Link, X-Total-Count, X-Request-Id, Retry-After',
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
        // The limit's headers go on the 429 only (with Retry-After): on every other response they
        // were three more lines that no dashboard reads, and the remaining count made each
        // response unique.
        addHeadersOnExceeding: {
          'x-ratelimit-limit': false,
          'x-ratelimit-remaining': false,
          'x-ratelimit-reset': false,
        },
      });
    }
    await app.register(compress, { threshold: COMPRESS_THRESHOLD, encodings: ['br', 'gzip'] });
  },
  { name: 'security' },
);
