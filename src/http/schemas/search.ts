// Full-text search over report sentences, and the service's own health bodies.

import { z } from 'zod';
import { Provenance, pageOf, pageQuery, reportFilters } from './common.js';

export const SearchHit = z
  .object({
    sentenceId: z.number().int(),
    reportId: z.string(),
    region: z.string(),
    period: z.string(),
    kind: z.string().describe('prose, table-row, title or heading.'),
    text: z.string(),
    snippet: z.string().describe('A window of the sentence around the first match.'),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .describe('Spans of the matches inside the snippet (UTF-16 offsets).'),
    provenance: Provenance,
  })
  .meta({ id: 'SearchHit' });
export const SearchPage = pageOf(SearchHit, 'SearchPage');

export const searchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('Text to find; any characters are searched for literally (Chinese works: 风电).')
      .meta({ examples: ['风电'] }),
    region: reportFilters.region,
    period: reportFilters.period,
    report: reportFilters.report,
    ...pageQuery,
  })
  .strict();

export const Health = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', examples: [{ status: 'ok' }] });
export const Readiness = z
  .object({ status: z.literal('ready'), reports: z.number().int(), contentHash: z.string() })
  .meta({
    id: 'Readiness',
    examples: [
      {
        status: 'ready',
        reports: 1,
        contentHash: 'c480261dd688fea0a283b5f9f8c761e33382ada2858ea6e70485d610a7830e8e',
      },
    ],
  });
export const emptyQuery = z.object({}).strict();
