// The two ceilings `npm run bench` compares the real server with. Each answers the benchmarked
// URLs themselves (a static route per path, the body picked by the full URL, as a cache would)
// with the exact bytes and body headers (type, encoding, ETag, caching, counts) the real server
// sends for them:
//   bare        Fastify with no plugins and logging off: what the framework itself can do here.
//   production  the real service's own base (src/app.ts buildBaseApp: logging at the configured
//               level with the request log's policy, request ids, security headers, CORS, the rate
//               limit counting every request, compression), configured from the same environment
//               as src/server.ts. The bytes come from memory, as a response-cache hit does, so the
//               request log treats them as one (counted, not logged per request).
// Started by bench/http.ts with CEILING_KIND and CEILING_MANIFEST (a JSON file of routes).

import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { baseConfigOf, buildBaseApp } from '../src/app.js';
import { loadEnv } from '../src/config.js';

export interface CeilingRoute {
  /** The real server's URL (path and query) this answer belongs to. */
  url: string;
  /** File holding the body as sent on the wire (already compressed when the real one was). */
  bodyFile: string;
  headers: Record<string, string>;
}

const kind = process.env.CEILING_KIND ?? 'bare';
const manifest = process.env.CEILING_MANIFEST;
if (!manifest) throw new Error('CEILING_MANIFEST is not set');
const routes = JSON.parse(readFileSync(manifest, 'utf8')) as CeilingRoute[];

let app: FastifyInstance;
if (kind === 'production') {
  const config = baseConfigOf(loadEnv(process.env));
  // Diagnosis only: what the rate limit costs, measured by its absence.
  if (process.env.CEILING_NO_RATE_LIMIT === '1') config.rateLimit = false;
  app = (await buildBaseApp(config)) as unknown as FastifyInstance;
} else if (kind === 'bare') {
  app = Fastify({ logger: false });
} else {
  throw new Error(`CEILING_KIND must be bare or production, not ${kind}`);
}

const byUrl = new Map(routes.map((route) => [route.url, { body: readFileSync(route.bodyFile), route }]));
for (const pathname of new Set(routes.map((route) => route.url.split('?')[0] as string))) {
  // The router matches decoded paths (/v1/indicators/地区生产总值); the lookup uses the raw URL.
  app.get(decodeURIComponent(pathname), (request, reply) => {
    const answer = byUrl.get(request.url);
    if (!answer) return reply.code(404).send();
    if (kind === 'production') request.answeredFromCache = true;
    // The body is already encoded as the real server encoded it; the headers only label it.
    reply.headers(answer.route.headers);
    return reply.send(answer.body);
  });
}

// The benchmark picks the port and waits until the server answers.
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
