// The explorer: an HTML page at / and its hashed scripts and styles under /explorer/, all from
// memory. The page is a client of the public JSON API; these routes stay out of the OpenAPI
// document, which describes the API only.

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/problems.js';
import { etagForEncoding, matchesEtag, negotiateEncoding } from '../http/response-cache.js';
import { DOCUMENT_HEADERS } from '../plugins/security-headers.js';
import { type ExplorerAsset, loadExplorerAssets } from './assets.js';

/** Only our own scripts, styles, images and API calls; no inline code, no other origin. */
export const EXPLORER_CSP =
  "default-src 'none';script-src 'self';style-src 'self';img-src 'self';connect-src 'self';" +
  "base-uri 'none';form-action 'self';frame-ancestors 'none'";

// The page is revalidated on every load (a new deploy shows at once: it names the new hashes);
// hashed files never change under their name.
const PAGE_CACHE = 'no-cache';
const ASSET_CACHE = 'public, max-age=31536000, immutable';

function send(request: FastifyRequest, reply: FastifyReply, asset: ExplorerAsset, cacheControl: string) {
  // Fixed bytes from memory, like a replayed API answer: counted in the cache summary rather than
  // logged one line each (http/request-log.ts); npm run bench then puts their CPU per request on a
  // par with a cached API answer (65-70 µs against 64 µs).
  request.answeredFromCache = true;
  const encoding = negotiateEncoding(request.headers['accept-encoding'], asset.identity.length);
  reply.header('cache-control', cacheControl).header('vary', 'Accept-Encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, asset.etag)) {
    return reply.code(304).header('etag', etagForEncoding(asset.etag, encoding)).send();
  }
  reply.header('etag', etagForEncoding(asset.etag, encoding)).type(asset.contentType);
  // Set before onSend, so @fastify/compress leaves the precompressed bytes alone.
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(asset[encoding]);
}

const explorer: FastifyPluginAsync = async (app) => {
  const assets = await loadExplorerAssets();
  const page = assets.get('index.html');
  if (!page) throw new Error('explorer bundle has no index.html');

  app.get('/', { schema: { hide: true } }, (request, reply) => {
    // A document, unlike the API's data: helmet's document headers and the explorer's own policy.
    reply.headers(DOCUMENT_HEADERS).header('content-security-policy', EXPLORER_CSP);
    return send(request, reply, page, PAGE_CACHE);
  });

  app.get<{ Params: { name: string } }>('/explorer/:name', { schema: { hide: true } }, (request, reply) => {
    const asset = request.params.name === 'index.html' ? undefined : assets.get(request.params.name);
    if (!asset) throw new HttpProblem(404, 'not-found', `No explorer file ${request.params.name}.`);
    return send(request, reply, asset, ASSET_CACHE);
  });
};

export default explorer;
