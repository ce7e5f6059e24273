// The two ways a resource route answers: one JSON document, or one page of a list as JSON or CSV.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { csvColumns, toCsv } from './csv.js';
import { wantsCsv } from './negotiate.js';
import { encodeCursor } from './schemas/common.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export function sendJson(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.sendCacheable(JSON_TYPE, JSON.stringify(value));
}

/** The request's own path and query with the cursor moved to `offset`. */
export function pageUrl(url: string, offset: number): string {
  const at = url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  params.set('cursor', encodeCursor(offset));
  return `${at < 0 ? url : url.slice(0, at)}?${params.toString()}`;
}

const columnsBySchema = new WeakMap<z.ZodType, string[]>();

export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>, item: z.ZodType) {
  const end = page.offset + page.items.length;
  const next = page.items.length > 0 && end < page.total ? pageUrl(request.url, end) : null;
  const headers: Record<string, string> = { 'x-total-count': String(page.total) };
  if (next) headers.link = `<${next}>; rel="next"`;
  if (wantsCsv(request)) {
    let columns = columnsBySchema.get(item);
    if (!columns) {
      columns = csvColumns(item);
      columnsBySchema.set(item, columns);
    }
    return reply.sendCacheable(CSV_TYPE, toCsv(page.items, columns), headers);
  }
  const body = { items: page.items, total: page.total, limit: page.limit, offset: page.offset, next };
  return reply.sendCacheable(JSON_TYPE, JSON.stringify(body), headers);
}
