// Serves GET responses from the response cache: 304 on a current If-None-Match before any work,
// a replayed body on a hit, and `reply.sendCacheable` for handlers to fill the cache on a miss.

import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { cacheKeyOf } from '../http/negotiate.js';
import {
  type CachedResponse,
  etagForEncoding,
  matchesEtag,
  negotiateEncoding,
  ResponseCache,
} from '../http/response-cache.js';

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
  interface FastifyRequest {
    cacheKey: string | null;
  }
  interface FastifyReply {
    /** Sends a serialized body with ETag and Cache-Control, keeping it for later identical requests. */
    sendCacheable(contentType: string, body: string, headers?: Record<string, string>): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Responses of this route depend only on URL + representation, so they may be cached. */
    cache?: boolean;
  }
}

export const CACHE_CONTROL = 'public, max-age=300';

function addVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  reply.header('vary', current ? `${String(current)}, ${value}` : value);
}

function notModified(reply: FastifyReply, etag: string): void {
  reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL);
  addVary(reply, 'Accept, Accept-Encoding');
  reply.send();
}

export default fp(
  async (app, options: { contentHash: string }) => {
    const cache = new ResponseCache(options.contentHash);
    app.decorate('responseCache', cache);
    app.decorateRequest('cacheKey', null);

    function replay(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): FastifyReply {
      const encoding = negotiateEncoding(request.headers['accept-encoding'], entry.identity.length);
      reply
        .header('content-type', entry.contentType)
        .header('etag', etagForEncoding(entry.etag, encoding))
        .header('cache-control', CACHE_CONTROL)
        .headers(entry.headers);
      addVary(reply, 'Accept, Accept-Encoding');
      // Setting Content-Encoding tells @fastify/compress the body is already encoded.
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return reply.send(cache.body(entry, encoding));
    }

    app.decorateReply(
      'sendCacheable',
      function (this: FastifyReply, contentType: string, body: string, headers: Record<string, string> = {}) {
        const key = this.request.cacheKey ?? cacheKeyOf(this.request);
        const entry = cache.set(key, contentType, body, headers);
        const ifNoneMatch = this.request.headers['if-none-match'];
        if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, entry.etag)) {
          notModified(this, entry.etag);
          return this;
        }
        return replay(this.request, this, entry);
      },
    );

    app.addHook('onRequest', (request, reply, done) => {
      if (!request.routeOptions.config.cache || (request.method !== 'GET' && request.method !== 'HEAD')) {
        return done();
      }
      const key = cacheKeyOf(request);
      request.cacheKey = key;
      const entry = cache.get(key);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch !== undefined) {
        const etag = entry?.etag ?? cache.etagFor(key);
        if (matchesEtag(ifNoneMatch, etag)) return notModified(reply, etag);
      }
      if (entry) {
        replay(request, reply, entry);
        return;
      }
      done();
    });

    // Every GET says how long it may be cached, including errors and the docs' static files.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!reply.hasHeader('cache-control') && (request.method === 'GET' || request.method === 'HEAD')) {
        reply.header('cache-control', reply.statusCode < 400 ? CACHE_CONTROL : 'no-store');
      }
      done(null, payload);
    });
  },
  { name: 'response-cache' },
);
