// Regions: the places reports are about, with their parent, level, reports and indicators.

import { z } from 'zod';
import { pageOf, pageQuery, text } from './common.js';
import { Genre } from './reports.js';

export const RegionSummary = z
  .object({
    name: z.string().describe('The region as written in its reports (连州市).'),
    parentRegion: z.string().nullable().describe('The region above it, from its newest report.'),
    level: z
      .enum(['province', 'city', 'county-level-city', 'county', 'district', 'other'])
      .describe('Told by the name (县, 区, 市 …) and the parent: a 市 under a 市 is a county-level city.'),
    reportCount: z
      .number()
      .int()
      .describe('Reports about this region (0 for a region that is only a parent).'),
    periods: z.array(z.string()).describe('The periods of its reports, chronologically.'),
    children: z.array(z.string()).describe('Regions whose reports name this one as their parent.'),
  })
  .meta({ id: 'RegionSummary' });
export const RegionPage = pageOf(RegionSummary, 'RegionPage');

export const RegionDetail = RegionSummary.extend({
  reports: z.array(
    z
      .object({ id: z.string(), title: z.string(), period: z.string(), genre: Genre })
      .meta({ id: 'RegionReport' }),
  ),
  indicators: z
    .array(
      z
        .object({
          code: z.string(),
          name: z.string(),
          observationCount: z.number().int(),
          periods: z.array(z.string()),
        })
        .meta({ id: 'RegionIndicator' }),
    )
    .describe('The indicators its reports give values for, most values first.'),
}).meta({ id: 'RegionDetail' });

export const regionListQuery = z
  .object({
    parentRegion: text('Only regions directly under this one (e.g. 清远市).', 100).optional(),
    q: text('Part of the region name.', 100).optional(),
    ...pageQuery,
  })
  .strict();
export const regionParams = z.object({
  name: text('The region name as written (连州市).', 100).meta({ examples: ['连州市'] }),
});
export const regionDetailQuery = z.object({}).strict();
