// Content negotiation for list routes: JSON unless `format=csv` or an Accept header preferring text/csv.

import type { FastifyRequest } from 'fastify';

/** Whether an Accept header prefers text/csv over JSON (ties go to the one listed first). */
export function acceptPrefersCsv(accept: string | undefined): boolean {
  if (!accept?.includes('csv')) return false;
  let csv: { q: number; at: number } | undefined;
  let json: { q: number; at: number } | undefined;
  accept.split(',').forEach((part, at) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const weight = { q: Number.isFinite(q) ? q : 0, at };
    if (type === 'text/csv') csv = weight;
    else if (type === 'application/json' || type === 'application/*' || type === '*/*') json ??= weight;
  });
  if (!csv || csv.q <= 0) return false;
  return !json || csv.q > json.q || (csv.q === json.q && csv.at < json.at);
}

export function wantsCsv(request: FastifyRequest): boolean {
  const format = (request.query as { format?: string } | undefined)?.format;
  return format === undefined ? acceptPrefersCsv(request.headers.accept) : format === 'csv';
}

/** The cache key: method-independent URL plus the representation the Accept header selects. */
export function cacheKeyOf(request: FastifyRequest): string {
  return `${acceptPrefersCsv(request.headers.accept) ? 'csv' : 'json'} ${request.url}`;
}
