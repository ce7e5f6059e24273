// Schemas shared by every resource: the error shape, provenance, pagination and list envelopes.
// Schemas with a `.meta({ id })` become named OpenAPI components, so generated clients get real type names.

import { z } from 'zod';

export const InvalidParam = z
  .object({
    in: z.enum(['query', 'path', 'header']).describe('Where the parameter was sent.'),
    name: z.string().describe('The parameter name (empty when the whole query was rejected).'),
    reason: z.string(),
  })
  .meta({ id: 'InvalidParam' });

export const Suggestion = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'Suggestion', description: 'An indicator whose name is close to an unknown key.' });

export const Problem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional().describe('The request path.'),
    requestId: z.string().optional(),
    invalidParams: z
      .array(InvalidParam)
      .optional()
      .describe('For validation errors: the offending parameters.'),
    suggestions: z
      .array(Suggestion)
      .optional()
      .describe('For unknown indicator keys: up to five close names.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details body, sent as application/problem+json for every 4xx and 5xx.',
    examples: [
      {
        type: 'urn:report-indicators:problem:invalid-parameters',
        title: 'Bad Request',
        status: 400,
        detail: 'limit: Too big: expected number to be <=500',
        instance: '/v1/indicators?limit=900',
        invalidParams: [{ in: 'query', name: 'limit', reason: 'Too big: expected number to be <=500' }],
      },
    ],
  });
export type ProblemBody = z.infer<typeof Problem>;

export const Provenance = z
  .object({
    reportId: z.string(),
    sectionPath: z.array(z.string()).describe('Section titles from the part down to the innermost section.'),
    sentence: z.string().describe('The sentence (or table row) the value was read from.'),
    start: z.number().int().describe('UTF-16 offset of the figure in the report source text (inclusive).'),
    end: z.number().int().describe('UTF-16 offset of the end of the figure (exclusive).'),
    sentenceStart: z.number().int(),
    sentenceEnd: z.number().int(),
    line: z.number().int().describe('1-based line of the sentence in the source.'),
  })
  .meta({
    id: 'Provenance',
    description: 'Where a value came from, so it can be checked against the source.',
  });
export type ProvenanceBody = z.infer<typeof Provenance>;

const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** Offsets past this are refused: no list is that long, and it keeps OFFSET cheap. */
const MAX_OFFSET = 10_000_000;

/** Cursors are opaque to clients: base64url of `o<offset>`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  if (!CURSOR_PATTERN.test(cursor)) return null;
  const match = /^o(\d{1,8})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  const offset = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(offset) && offset <= MAX_OFFSET ? offset : null;
}

const cursor = z
  .string()
  .transform((value, ctx) => {
    const offset = decodeCursor(value);
    if (offset === null) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API issued' });
      return z.NEVER;
    }
    return offset;
  })
  .optional()
  .describe('Opaque cursor from the `next` link of the previous page. Omit for the first page.');

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe('Items per page (1–500).')
    .meta({ examples: [50] }),
  cursor,
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('Representation; overrides the Accept header. CSV is UTF-8 with a BOM.'),
};

/** A short free-text filter; long inputs are refused rather than scanned. */
export const text = (description: string, max = 200) =>
  z.string().trim().min(1).max(max).describe(description);

export const reportFilters = {
  region: text('Only reports of this region, as written in the title (e.g. 河西县).', 100).optional(),
  period: z
    .string()
    .regex(
      /^\d{4}-(?:Q[1-4]|H[12]|FY|M\d{1,2}-\d{1,2})$/,
      'a period such as 2020-H1, 2020-Q1, 2020-M1-9 or 2020-FY',
    )
    .optional()
    .describe('Only reports of this period.')
    .meta({ examples: ['2020-H1'] }),
  report: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a report id')
    .optional()
    .describe('Only this report (its id).'),
};

/** The list envelope: one page of items, the total and the link to the next page. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().describe('Items matching the filters, over all pages.'),
      limit: z.number().int(),
      offset: z.number().int().describe('Position of the first item of this page.'),
      next: z.string().nullable().describe('Path and query of the next page, or null on the last page.'),
    })
    .meta({ id });
}

export const csvResponse = z.string().describe('The items as CSV (UTF-8 with BOM), one row per item.');

export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** The response map for every route: the success body plus the error shape for each status the route can send. */
export function responses<T extends z.ZodType>(ok: T, description: string, options: { csv?: boolean } = {}) {
  return responsesAs(
    { 'application/json': ok, ...(options.csv ? { 'text/csv': csvResponse } : {}) },
    description,
  );
}

/** The same map for a route whose success body is not JSON (text, a file): one schema per media type. */
export function responsesAs(content: Record<string, z.ZodType>, description: string) {
  return {
    200: {
      description,
      content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])),
    },
    304: z.undefined().describe('Not modified: the `If-None-Match` tag is current.'),
    400: problem('Invalid or unknown parameters.'),
    404: problem('Nothing with that key or path.'),
    429: problem('Too many requests; retry after the `Retry-After` seconds.'),
    500: problem('Unexpected server error.'),
  };
}
