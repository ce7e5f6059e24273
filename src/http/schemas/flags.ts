// Consistency flags: two places in the loaded reports that disagree, and why.

import { z } from 'zod';
import { FLAG_KINDS } from '../../db/flags.js';
import { Provenance, pageOf, pageQuery, reportFilters } from './common.js';

export const FlagKind = z.enum(FLAG_KINDS).meta({
  id: 'FlagKind',
  description:
    "table-prose: a report's table and prose give different values for one indicator and measure; restated: a report states one quantity twice with different values; growth-level: a level and its growth contradict the level a year earlier; rank: a claimed rank contradicts the loaded values of the siblings; share: a share of the annual plan contradicts the level and the full-year target.",
});

export const Severity = z.enum(['info', 'warning', 'error']).meta({
  id: 'Severity',
  description:
    'error: one of two figures in one report is wrong (table-prose); warning: probably a contradiction (restated, rank, share); info: often explained by method (growth-level: growth at comparable prices against levels at current prices).',
});

const FlagPlace = z
  .object({ region: z.string(), period: z.string(), provenance: Provenance })
  .meta({ id: 'FlagPlace', description: 'One of the two places that disagree.' });

export const Flag = z
  .object({
    id: z.number().int(),
    kind: FlagKind,
    severity: Severity,
    message: z.string().describe('What disagrees, in one line.'),
    indicatorCode: z.string().nullable(),
    at: FlagPlace.describe('The figure flagged (the table value, the claimed rank, the growth, the share).'),
    other: FlagPlace.describe('The figure it disagrees with.'),
  })
  .meta({
    id: 'Flag',
    description:
      'Two places that disagree. Figures agree when they round to the same figure at the precision written; derived figures (a level implied by growth, a share computed from a target) within 0.5%.',
  });
export const FlagPage = pageOf(Flag, 'FlagPage');

export const flagListQuery = z
  .object({
    kind: FlagKind.optional(),
    severity: Severity.optional(),
    report: reportFilters.report.describe('Only flags with a place in this report (either side).'),
    region: reportFilters.region.describe('Only flags with a place in a report of this region.'),
    period: reportFilters.period.describe('Only flags with a place in a report of this period.'),
    ...pageQuery,
  })
  .strict();
