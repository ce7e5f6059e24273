// Serves GET responses from the response cache: 304 on a current If-None-Match before any work,
// a replayed body on a hit, and `reply.sendCacheable` for handlers to fill the cache on a miss.

import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { cacheKeyOf } from '../http/negotiate.js';
import {
  CACHE_CONTROL,
  type CachedResponse,
  matchesEtag,
  negotiateEncoding,
  ResponseCache,
  VARY,
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

function addVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  reply.header('vary', current ? `${String(current)}, ${value}` : value);
}

function notModified(reply: FastifyReply, etag: string): void {
  reply.code(304).header('etag', etag).header('cache-control', CACHE_CONTROL);
  addVary(reply, VARY);
  reply.send();
}

/** The full response head: what earlier hooks put on the reply, then the body's own headers. */
function headOf(set: ReturnType<FastifyReply['getHeaders']>, own: readonly string[]): string[] {
  const head: string[] = [];
  for (const name in set) {
    const value = set[name];
    if (value === undefined) continue;
    if (name === 'vary') continue; // merged below with the body's own Vary
    if (Array.isArray(value)) for (const one of value) head.push(name, one);
    else head.push(name, String(value));
  }
  for (let i = 0; i < own.length; i += 2) {
    const name = own[i] as string;
    const value = own[i + 1] as string;
    head.push(name, name === 'vary' && set.vary ? `${String(set.vary)}, ${value}` : value);
  }
  return head;
}

export default fp(
  async (app, options: { contentHash: string }) => {
    const cache = new ResponseCache(options.contentHash);
    app.decorate('responseCache', cache);
    app.decorateRequest('cacheKey', null);

    /**
     * Writes a cached 200 straight to the socket: the body and its headers were computed once, so
     * the only per-request work is joining them with the headers earlier hooks set (security,
     * CORS). Going around reply.send skips the onSend hooks, which have nothing to do here: the
     * body is already encoded and carries its own Cache-Control. onResponse hooks and the request
     * log still run, from the response's 'finish' event.
     *
     * The request id goes on a response that is logged on its own (a miss); a replayed answer is
     * only counted (http/request-log.ts), so it carries the id only to echo the client's own.
     */
    function replay(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): FastifyReply {
      const encoding = negotiateEncoding(request.headers['accept-encoding'], entry.identity.length);
      const body = cache.body(entry, encoding);
      const head = headOf(reply.getHeaders(), cache.head(entry, encoding));
      if (!request.answeredFromCache || request.headers['x-request-id'] === request.id) {
        head.push('x-request-id', request.id);
      }
      reply.hijack();
      reply.raw.writeHead(200, head);
      // Node sends no body for HEAD requests but keeps Content-Length, as a GET would have.
      reply.raw.end(body);
      return reply;
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

    const lookup: onRequestHookHandler = (request, reply, done) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return done();
      const key = cacheKeyOf(request);
      request.cacheKey = key;
      const entry = cache.get(key);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch !== undefined) {
        const etag = entry?.etag ?? cache.etagFor(key);
        if (matchesEtag(ifNoneMatch, etag)) {
          request.answeredFromCache = true;
          return notModified(reply, etag);
        }
      }
      if (entry) {
        request.answeredFromCache = true;
        replay(request, reply, entry);
        return;
      }
      done();
    };

    // The lookup is a route hook, not a global one, so that it runs after everything the answer
    // depends on: route hooks run after the global ones (security headers, CORS), and in the order
    // they were added, so after @fastify/rate-limit's, which that plugin also adds per route from
    // its own onRoute hook, registered before this one. A replayed answer or a 304 still counts
    // against the client's limit.
    app.addHook('onRoute', (route) => {
      if (!route.config?.cache) return;
      const hooks = route.onRequest;
      route.onRequest =
        hooks === undefined ? [lookup] : [...(Array.isArray(hooks) ? hooks : [hooks]), lookup];
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
