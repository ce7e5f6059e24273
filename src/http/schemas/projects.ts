// Investment projects named in reports, with every mention.

import { z } from 'zod';
import { Provenance, pageOf, pageQuery, reportFilters, text } from './common.js';

export const ProjectSummary = z
  .object({
    id: z.number().int(),
    reportId: z.string(),
    region: z.string(),
    period: z.string(),
    name: z.string().describe('The name as first written, a phase in brackets kept: 某某产业园(二期).'),
    aliases: z
      .array(z.string())
      .describe('Other spellings in the report, such as the name without its phase.'),
    phase: z.enum(['reported', 'planned']).describe('reported when any mention is in part 1, else planned.'),
    status: z.string().nullable(),
    plannedInvestment: z.number().nullable().describe('Largest planned / total investment mentioned, in 元.'),
    completedInvestment: z.number().nullable().describe('Investment completed, in 元.'),
    mentionCount: z.number().int(),
  })
  .meta({ id: 'ProjectSummary' });

export const ProjectMention = z
  .object({
    ordinal: z.number().int(),
    phase: z.enum(['reported', 'planned']),
    plannedInvestment: z.number().nullable(),
    completedInvestment: z.number().nullable(),
    status: z.string().nullable(),
    raw: z.string(),
    provenance: Provenance,
  })
  .meta({ id: 'ProjectMention' });

export const ProjectDetail = ProjectSummary.extend({ mentions: z.array(ProjectMention) }).meta({
  id: 'ProjectDetail',
});
export const ProjectPage = pageOf(ProjectSummary, 'ProjectPage');

export const PROJECT_SORTS = ['-investment', 'investment', 'name'] as const;

export const projectListQuery = z
  .object({
    q: text('Part of the project name.')
      .optional()
      .meta({ examples: ['风电'] }),
    status: text('Part of the status words (加快推进, 基本建成).', 100).optional(),
    phase: z.enum(['reported', 'planned']).optional(),
    minInvestment: z.coerce
      .number()
      .min(0)
      .max(1e15)
      .optional()
      .describe('Planned investment at least this, in 元.'),
    sort: z
      .enum(PROJECT_SORTS)
      .default('-investment')
      .describe(
        '-investment: largest planned investment first (unknown last); investment: smallest first; name.',
      ),
    ...reportFilters,
    ...pageQuery,
  })
  .strict();

export const projectParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .describe('The project id from /v1/projects.')
    .meta({ examples: [3] }),
});
export const projectDetailQuery = z.object({}).strict();
