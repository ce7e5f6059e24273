// Cross-report lists of targets, rankings and prose facts, each row carrying its report and provenance.

import { z } from 'zod';
import { Provenance, pageOf, pageQuery, reportFilters, text } from './common.js';
import { MEASURES, Observation, Ranking, Target } from './indicators.js';
import { Genre } from './reports.js';

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
    comparedWith: z
      .string()
      .nullable()
      .describe('For measure comparison: the benchmark (全市, 全省, 计划, 时序进度).'),
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

const period = reportFilters.period.unwrap();

export const ObservationRow = z
  .object({
    ...rowContext,
    parentRegion: z.string().nullable().describe("The region above the report's (the city of a county)."),
    periodEnd: z
      .string()
      .nullable()
      .describe('The last day of the period (2020-H1 → 2020-06-30), for a time axis.'),
    genre: Genre,
    indicatorCode: z.string(),
    ...Observation.shape,
    reportPeriod: z
      .string()
      .describe(
        "The period of the row's report: the row's own `period` unless the report gives a figure of an earlier period (a full-year report restating the half-year).",
      ),
    publishedAt: z
      .string()
      .nullable()
      .describe("When the row's report was published (ISO 8601, +08:00); null when it does not say."),
    latest: z
      .boolean()
      .describe('Whether the report is the latest vintage of the key (indicator, region, period, measure).'),
    vintageCount: z.number().int().describe('How many reports (published by asOf) give a value for the key.'),
    revised: z
      .boolean()
      .describe(
        'Whether an earlier vintage gave another value for the key (beyond rounding: figures agree when they round to the same figure at the precision written).',
      ),
  })
  .meta({
    id: 'ObservationRow',
    description:
      'One observed value with its report, region and period: a row of a time series or a cross-section.',
  });
export const ObservationPage = pageOf(ObservationRow, 'ObservationPage');

export const observationListQuery = z
  .object({
    indicator: text('An indicator code, name or alias.')
      .optional()
      .meta({ examples: ['gdp'] }),
    region: reportFilters.region,
    parentRegion: text(
      'Only reports of regions under this one (e.g. 北岭市): neighbours side by side.',
      100,
    ).optional(),
    period: period
      .optional()
      .describe(
        "Only values of this period: each value's own `period` (a full-year report's 上半年 figure is the half-year's).",
      )
      .meta({ examples: ['2020-H1'] }),
    from: period.optional().describe('Only periods ending on or after the end of this one (2020-H1).'),
    to: period.optional().describe('Only periods ending on or before the end of this one (2021-FY).'),
    measure: z.enum(MEASURES).optional(),
    source: z.enum(['table', 'prose']).optional().describe('Where in the report the value was read.'),
    report: reportFilters.report,
    genre: Genre.optional().describe('Only values from reports of this genre.'),
    vintages: z
      .enum(['latest', 'all'])
      .default('latest')
      .describe(
        "latest: for each key (indicator, region, period, measure) only the rows of the latest-published report that gives it; all: every report's rows. source, report and genre then narrow the rows served.",
      ),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
      .optional()
      .describe(
        'Answer with what was published by this day: later reports are ignored (reports without a date are kept).',
      ),
    sort: z
      .enum(['period', '-period', 'value', '-value'])
      .default('period')
      .describe(
        'period: chronological, then region (the default); value: by value in its base unit; - reverses.',
      ),
    ...pageQuery,
  })
  .strict();
