// Cross-report lists of targets, rankings and prose facts, each row carrying its report and provenance.

import { z } from 'zod';
import { Provenance, pageOf, pageQuery, reportFilters, text } from './common.js';
import { MEASURES, Ranking, Target } from './indicators.js';

const rowContext = {
  id: z.number().int(),
  reportId: z.string(),
  region: z.string(),
  period: z.string(),
};

export const TargetRow = z
  .object({ ...rowContext, indicatorCode: z.string(), ...Target.shape })
  .meta({ id: 'TargetRow' });
export const TargetPage = pageOf(TargetRow, 'TargetPage');

export const targetListQuery = z
  .object({
    indicator: text('An indicator code, name or alias.')
      .optional()
      .meta({ examples: ['gdp'] }),
    setBy: text('The region that set the target (e.g. 北岭市).', 100).optional(),
    attainment: z.enum(['met', 'missed', 'unknown']).optional(),
    ...reportFilters,
    ...pageQuery,
  })
  .strict();

export const RankingRow = z
  .object({ ...rowContext, indicatorCode: z.string().nullable(), ...Ranking.shape })
  .meta({ id: 'RankingRow' });
export const RankingPage = pageOf(RankingRow, 'RankingPage');

export const rankingListQuery = z
  .object({
    indicator: text('An indicator code, name or alias.').optional(),
    scope: text('Part of the scope the rank holds in (北岭市).', 100).optional(),
    maxRank: z.coerce
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('Only ranks at or above this place.'),
    ...reportFilters,
    ...pageQuery,
  })
  .strict();

export const Fact = z
  .object({
    ...rowContext,
    subject: z.string(),
    measure: z.string().describe(`One of ${MEASURES.join(', ')}.`),
    value: z.number(),
    unit: z.string(),
    valueBase: z.number(),
    baseUnit: z.string(),
    qualifier: z.string().nullable(),
    raw: z.string(),
    indicatorCode: z.string().nullable(),
    provenance: Provenance,
  })
  .meta({ id: 'Fact', description: 'A figure in the prose, placed or not.' });
export const FactPage = pageOf(Fact, 'FactPage');

export const factListQuery = z
  .object({
    q: text('Part of the subject or the raw figure text.')
      .optional()
      .meta({ examples: ['口罩'] }),
    unit: text('The unit as written (亿元, %, 万个).', 20).optional(),
    section: text('Part of a section title on the path of the sentence.').optional(),
    measure: z.enum(MEASURES).optional(),
    ...reportFilters,
    ...pageQuery,
  })
  .strict();
