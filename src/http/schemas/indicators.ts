// Indicators: the catalogue joined with what loaded reports say about each one.

import { z } from 'zod';
import type { Measure } from '../../parse/types.js';
import { Provenance, pageOf, pageQuery, reportFilters, text } from './common.js';

export const CATEGORIES = [
  'economy',
  'industry',
  'agriculture',
  'investment',
  'consumption',
  'fiscal',
  'prices',
  'employment',
  'income',
  'trade',
  'finance',
  'property',
  'environment',
  'other',
] as const;

export const MEASURES = [
  'level',
  'growth',
  'change',
  'rate',
  'share',
  'structure',
  'rank',
  'count',
  'comparison',
  'two-year-average-growth',
] as const satisfies readonly Measure[];
// Every measure the parser can give is listed (a new one fails to compile here until it is).
type Unlisted = Exclude<Measure, (typeof MEASURES)[number]>;
const everyMeasureListed: Unlisted extends never ? true : never = true;
void everyMeasureListed;

const indicatorFields = {
  code: z.string().describe('Catalogue code, or `x-…` for indicators the catalogue does not know.'),
  name: z.string(),
  nameEn: z.string().nullable(),
  category: z.string().describe(`One of ${CATEGORIES.join(', ')}.`),
  unit: z.string().nullable().describe('The unit a level is usually reported in.'),
  direction: z.string().describe('higher-is-better, lower-is-better or at-most.'),
  aliases: z.array(z.string()),
  known: z.boolean().describe('Whether the curated catalogue knows the indicator.'),
};

export const IndicatorSummary = z
  .object({
    ...indicatorFields,
    reportCount: z.number().int().describe('Reports (within the filters) that give a value or target.'),
    observationCount: z.number().int(),
  })
  .meta({
    id: 'IndicatorSummary',
    examples: [
      {
        code: 'gdp',
        name: '地区生产总值',
        nameEn: 'Gross regional product',
        category: 'economy',
        unit: '亿元',
        direction: 'higher-is-better',
        aliases: ['GDP', '生产总值'],
        known: true,
        reportCount: 1,
        observationCount: 3,
      },
    ],
  });

export const Observation = z
  .object({
    period: z
      .string()
      .describe(
        "The period the value is for: its report's, unless the report scopes the figure to an earlier period of its year (a full-year report's 上半年… figure is the half-year's: 2023-H1).",
      ),
    indicatorName: z.string().describe('The name as written where the value was found.'),
    source: z.enum(['table', 'prose']),
    measure: z.string().describe(`One of ${MEASURES.join(', ')}.`),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    valueBase: z.number().nullable().describe('The value in the base unit (亿元 → 元).'),
    baseUnit: z.string().nullable(),
    qualifier: z.string().nullable(),
    text: z.string().nullable().describe('For word-only values such as 完成省、市下达任务.'),
    raw: z.string(),
    comparedWith: z
      .string()
      .nullable()
      .describe(
        'For measure comparison: the benchmark as written (全市, 全省, 计划, 时序进度); the value is percentage points above (+) or below (−) it. Null otherwise.',
      ),
    provenance: Provenance,
  })
  .meta({ id: 'Observation' });

export const Target = z
  .object({
    indicatorName: z.string(),
    setBy: z.string().nullable().describe('The region that set the target.'),
    kind: z
      .enum(['target', 'guidance', 'period-plan'])
      .describe(
        "target: the region's own plan; guidance: the higher level's figure; period-plan: the plan for the report's period implied by a gap to it (增长6.1%,高于计划0.6个百分点 → 5.5%).",
      ),
    horizon: z
      .enum(['full-year', 'period', 'next-year', 'five-year'])
      .describe(
        "What the target is for: the report's year, the report's period, (in a full-year report's plan part) the next year, or (five-year) a five-year plan's goal for its last year.",
      ),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    comparator: z.string().nullable().describe('eq, approx, lte, gte, gt or lt.'),
    text: z.string(),
    raw: z.string(),
    attainment: z.enum(['met', 'missed', 'unknown']),
    attainmentReason: z.string(),
    derived: z
      .boolean()
      .describe(
        'True when the value is computed, not written: a full-year target from a level and its share of the annual plan (X亿元,占年计划的A% → X/A%), or a period plan from a gap to it.',
      ),
    provenance: Provenance,
  })
  .meta({ id: 'Target' });

export const Ranking = z
  .object({
    subject: z.string(),
    rank: z.number().int(),
    of: z.number().int().nullable().describe('Size of the group when given.'),
    scope: z.string().describe('Where the rank holds: 北岭市, 广东省.'),
    source: z.enum(['table', 'prose']),
    raw: z.string(),
    change: z
      .number()
      .int()
      .nullable()
      .describe(
        'Places moved against an earlier ranking (位次前移2位 → 2, 后移1位 → −1); null when not given.',
      ),
    provenance: Provenance,
  })
  .meta({ id: 'Ranking' });

export const IndicatorReport = z
  .object({
    reportId: z.string(),
    region: z.string(),
    period: z.string(),
    title: z.string(),
    observations: z.array(Observation),
    targets: z.array(Target),
    rankings: z.array(Ranking),
  })
  .meta({ id: 'IndicatorReport', description: 'What one report says about the indicator.' });

export const IndicatorDetail = z
  .object({
    ...indicatorFields,
    observationsTotal: z
      .number()
      .int()
      .describe('Observations matching the filters; at most `limit` of them (the newest) are embedded.'),
    targetsTotal: z.number().int().describe('Targets matching the filters; at most `limit` are embedded.'),
    rankingsTotal: z.number().int().describe('Rankings matching the filters; at most `limit` are embedded.'),
    next: z
      .string()
      .nullable()
      .describe(
        'When observations were left out: the /v1/observations page (newest first) that continues where the embedded ones stop; else null.',
      ),
    reports: z
      .array(IndicatorReport)
      .describe(
        'One entry per report with embedded rows, ordered by period, then region. The rows are the newest `limit` observations, targets and rankings, each in document order within its report.',
      ),
  })
  .meta({ id: 'IndicatorDetail' });

export const IndicatorPage = pageOf(IndicatorSummary, 'IndicatorPage');

export const indicatorListQuery = z
  .object({
    q: text('Matches the code, Chinese name, English name and aliases.')
      .optional()
      .meta({ examples: ['工业'] }),
    category: z.enum(CATEGORIES).optional(),
    ...reportFilters,
    ...pageQuery,
  })
  .strict();

export const indicatorParams = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .describe(
      'A code (gdp), a Chinese name as written (地区生产总值, with or without a unit), or an alias (GDP).',
    )
    .meta({ examples: ['gdp', '地区生产总值', '规上工业增加值'] }),
});

export const indicatorDetailQuery = z
  .object({
    ...reportFilters,
    limit: pageQuery.limit.describe(
      'At most this many observations, and as many targets and rankings, are embedded (the newest periods; 1–500).',
    ),
  })
  .strict();

export const SiblingRow = z
  .object({
    region: z.string(),
    reportId: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    source: z.enum(['table', 'prose']),
    raw: z.string(),
    provenance: Provenance,
    targets: z.array(Target).describe("The report's targets for the indicator, with attainment."),
    claimedRank: Ranking.nullable().describe(
      'The rank the report claims (the one whose scope is parentRegion when there is one), or null.',
    ),
    computedRank: z
      .number()
      .int()
      .describe(
        "The rank among the regions loaded for this period (1 = best by the indicator's direction; ties share a rank).",
      ),
    rankContradiction: z
      .string()
      .nullable()
      .describe(
        'Why the claimed rank cannot be true given the loaded values, or null when it can (or there is none).',
      ),
  })
  .meta({ id: 'SiblingRow' });

export const IndicatorComparison = z
  .object({
    indicator: z.object(indicatorFields).meta({ id: 'Indicator' }),
    period: z.string(),
    parentRegion: z.string().nullable(),
    measure: z.enum(MEASURES),
    siblingsLoaded: z.number().int().describe('Regions with a value for this indicator, measure and period.'),
    items: z.array(SiblingRow).describe('One row per region, best first.'),
  })
  .meta({ id: 'IndicatorComparison' });

export const indicatorCompareQuery = z
  .object({
    period: reportFilters.period.unwrap().describe('The period to compare (2020-H1).'),
    parentRegion: text('Only regions under this one (北岭市): the siblings a rank is among.', 100).optional(),
    measure: z
      .enum(MEASURES)
      .default('growth')
      .describe('What to compare: growth (the default), level, rate …'),
  })
  .strict();
