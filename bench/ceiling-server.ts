// The framework's ceiling on this machine: a bare Fastify (no plugins, logging off) answering one
// route with a static body — the bytes the real server sends for an indicator detail, so both move
// the same payload. Started by bench/http.ts; reads the body from CEILING_BODY_FILE.

import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const bodyFile = process.env.CEILING_BODY_FILE;
if (!bodyFile) throw new Error('CEILING_BODY_FILE is not set');
const body = readFileSync(bodyFile);
const contentType = process.env.CEILING_CONTENT_TYPE || 'application/json; charset=utf-8';
const contentEncoding = process.env.CEILING_CONTENT_ENCODING;

const app = Fastify({ logger: false });
app.get('/ceiling', (_request, reply) => {
  reply.header('content-type', contentType);
  // The body is already encoded as the real server encoded it; this only labels it.
  if (contentEncoding) reply.header('content-encoding', contentEncoding);
  return reply.send(body);
});

// The benchmark picks the port and waits until the server answers.
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
