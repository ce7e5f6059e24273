// Serialized response bodies kept with their strong ETag. The data never changes while the server
// runs, so a body computed once can be replayed byte for byte; compressed variants are made once too.

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedResponse {
  key: string;
  /** Tag of the identity body; compressed variants append `-gzip` / `-br`. */
  etag: string;
  contentType: string;
  headers: Record<string, string>;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** The body's own response headers per encoding, as a flat [name, value, …] list, built once. */
  heads: Partial<Record<Encoding, readonly string[]>>;
}

export const CACHE_CONTROL = 'public, max-age=300';
/** Every cacheable response depends on the representation (Accept) and the encoding. */
export const VARY = 'Accept, Accept-Encoding';

/** Bodies below this are sent as they are: compressing them costs more than it saves. */
export const COMPRESS_THRESHOLD = 1024;

export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;

  constructor(
    private readonly contentHash: string,
    private readonly maxEntries = 5000,
    private readonly maxBytes = 24 * 1024 * 1024,
  ) {}

  /** A strong tag derived from the database content and the cache key (URL + representation). */
  etagFor(key: string): string {
    return `"${createHash('sha1').update(this.contentHash).update('\n').update(key).digest('base64url')}"`;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry && this.#underPressure()) {
      // Re-insert to mark it most recently used; Map keeps insertion order. Only worth it when
      // eviction is near: every delete+set churns the Map's table, garbage that outlives the
      // young generation and grew the heap by ~0.7 MB/s under a soak.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #underPressure(): boolean {
    return this.#entries.size > this.maxEntries * 0.75 || this.#bytes > this.maxBytes * 0.75;
  }

  set(key: string, contentType: string, body: string, headers: Record<string, string> = {}): CachedResponse {
    const entry: CachedResponse = {
      key,
      etag: this.etagFor(key),
      contentType,
      headers,
      identity: Buffer.from(body),
      heads: {},
    };
    const old = this.#entries.get(key);
    if (old) this.#remove(key, old);
    if (entry.identity.length > this.maxBytes / 4) return entry; // too big to keep; still served
    this.#entries.set(key, entry);
    this.#bytes += entry.identity.length;
    while (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const oldest = this.#entries.keys().next().value as string;
      this.#remove(oldest, this.#entries.get(oldest) as CachedResponse);
    }
    return entry;
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string, entry: CachedResponse): void {
    this.#entries.delete(key);
    this.#bytes -= entry.identity.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0);
  }

  /** The body for an encoding, compressing (once) on first use. */
  body(entry: CachedResponse, encoding: Encoding): Buffer {
    if (encoding === 'identity') return entry.identity;
    let body = entry[encoding];
    if (!body) {
      body =
        encoding === 'br'
          ? brotliCompressSync(entry.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } })
          : gzipSync(entry.identity, { level: 6 });
      entry[encoding] = body;
      // Compressed bytes count only while the entry is still cached.
      if (this.#entries.get(entry.key) === entry) this.#bytes += body.length;
    }
    return body;
  }

  /**
   * The headers that describe the body in an encoding — type, tag, caching, length and the
   * route's own (X-Total-Count, Link) — computed on first use and then reused for every reply.
   */
  head(entry: CachedResponse, encoding: Encoding): readonly string[] {
    let head = entry.heads[encoding];
    if (!head) {
      const body = this.body(entry, encoding);
      const own: string[] = [
        'content-type',
        entry.contentType,
        'etag',
        etagForEncoding(entry.etag, encoding),
        'cache-control',
        CACHE_CONTROL,
        'vary',
        VARY,
      ];
      if (encoding !== 'identity') own.push('content-encoding', encoding);
      own.push('content-length', String(body.length));
      for (const [name, value] of Object.entries(entry.headers)) own.push(name, value);
      head = Object.freeze(own);
      entry.heads[encoding] = head;
    }
    return head;
  }
}

/** Accept-Encoding values seen so far and what they select; clients send very few distinct ones. */
const preferred = new Map<string, Encoding>();

/** Picks br, then gzip, from an Accept-Encoding header, honouring q=0. */
function preferredEncoding(header: string): Encoding {
  let encoding = preferred.get(header);
  if (encoding === undefined) {
    let br = false;
    let gzip = false;
    for (const part of header.split(',')) {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const refused = params.some((p) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(p));
      if (refused) continue;
      if (name === 'br') br = true;
      else if (name === 'gzip' || name === '*') gzip = true;
    }
    encoding = br ? 'br' : gzip ? 'gzip' : 'identity';
    // Bounded: a client sending a new header on every request must not grow it without end.
    if (preferred.size >= 256) preferred.clear();
    preferred.set(header, encoding);
  }
  return encoding;
}

/** The encoding for a body of this size: br, then gzip, when the client accepts them. */
export function negotiateEncoding(header: string | undefined, size: number): Encoding {
  if (!header || size < COMPRESS_THRESHOLD) return 'identity';
  return preferredEncoding(header);
}

/** Whether an If-None-Match header names this tag (or any content-coding variant of it). */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.slice(1, -1);
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === etag || tag === `"${bare}-gzip"` || tag === `"${bare}-br"`) return true;
  }
  return false;
}

export function etagForEncoding(etag: string, encoding: Encoding): string {
  return encoding === 'identity' ? etag : `${etag.slice(0, -1)}-${encoding}"`;
}
