// Reports: one loaded source document each, with its metadata, counts and section tree.

import { z } from 'zod';
import { GENRES, SOURCE_FORMATS } from '../../parse/vocabulary.js';
import { pageOf, pageQuery, reportFilters } from './common.js';

export const Genre = z
  .enum(GENRES)
  .describe(
    'Which document of the genre: plan-execution (计划执行情况的报告), plan-execution-and-draft (…与计划草案的报告), statistics-analysis (统计局 经济运行情况), review-opinion (人大 审查意见), statistical-communique (统计公报), news-summary (a news page summarising one of these).',
  )
  .meta({ id: 'Genre' });

export const ReportCounts = z
  .object({
    sections: z.number().int(),
    sentences: z.number().int(),
    observations: z.number().int(),
    targets: z.number().int(),
    rankings: z.number().int(),
    projects: z.number().int(),
    facts: z.number().int(),
    flags: z
      .number()
      .int()
      .describe('Consistency flags (GET /v1/flags) with a place in this report, on either side.'),
  })
  .meta({ id: 'ReportCounts' });

export const ReportSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    region: z.string(),
    parentRegion: z.string().nullable(),
    year: z.number().int(),
    period: z.string().describe('2020-H1, 2020-Q1, 2020-M1-9, 2020-FY …'),
    periodLabel: z.string().describe('The period as written: 上半年, 一季度 …'),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable().describe('ISO 8601 with the +08:00 offset.'),
    sha256: z.string(),
    sourceFile: z
      .string()
      .describe('The file name the report was loaded from (for a URL, its last path segment).'),
    loadedAt: z.string(),
    genre: Genre,
    format: z
      .enum(SOURCE_FORMATS)
      .describe(
        'The format of the original file: plain text, a web page, a Word file (.docx, .doc) or a PDF.',
      ),
    mediaType: z
      .string()
      .describe('The media type of the original file, as served by /v1/reports/{reportId}/original.'),
    sourceUrl: z.string().nullable().describe('The URL the report was fetched from, or null for a file.'),
    counts: ReportCounts,
  })
  .meta({
    id: 'ReportSummary',
    examples: [
      {
        id: '3f2a9c0d1b7e',
        title: '河西县2021年一季度国民经济和社会发展计划执行情况的报告',
        region: '河西县',
        parentRegion: '北岭市',
        year: 2021,
        period: '2021-Q1',
        periodLabel: '一季度',
        publisher: '河西县发展和改革局',
        publishedAt: '2021-04-20T09:30:00+08:00',
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        sourceFile: 'hexi-2021-q1.txt',
        loadedAt: '2025-01-01T00:00:00.000Z',
        genre: 'plan-execution',
        format: 'text',
        mediaType: 'text/plain',
        sourceUrl: null,
        counts: {
          sections: 30,
          sentences: 200,
          observations: 40,
          targets: 20,
          rankings: 12,
          projects: 15,
          facts: 150,
          flags: 1,
        },
      },
    ],
  });

export interface SectionNode {
  id: number;
  number: string | null;
  title: string;
  level: number;
  phase: 'reported' | 'planned';
  start: number;
  end: number;
  line: number;
  children: SectionNode[];
}

export const Section: z.ZodType<SectionNode> = z
  .object({
    id: z.number().int(),
    number: z.string().nullable().describe('The numbering as written (一, (三)); null for paragraph topics.'),
    title: z.string(),
    level: z
      .number()
      .int()
      .describe(
        '1 = part (一、), 2 = section ((一)), 3 = item (1.) or paragraph topic, 4 = item (1), 5 = item ①; always deeper than the parent section.',
      ),
    phase: z.enum(['reported', 'planned']),
    start: z.number().int(),
    end: z.number().int(),
    line: z.number().int(),
    get children() {
      return z.array(Section);
    },
  })
  .meta({ id: 'Section' });

export const ReportDetail = ReportSummary.extend({
  sections: z.array(Section).describe('The section tree in document order.'),
}).meta({ id: 'ReportDetail' });

export const ReportPage = pageOf(ReportSummary, 'ReportPage');

export const reportListQuery = z
  .object({
    region: reportFilters.region,
    period: reportFilters.period,
    genre: Genre.optional().describe('Only reports of this genre.'),
    ...pageQuery,
  })
  .strict();

export const reportParams = z.object({
  reportId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a report id')
    .describe('The report id from /v1/reports.')
    .meta({ examples: ['3f2a9c0d1b7e'] }),
});
export const reportDetailQuery = z.object({}).strict();

export const reportText = z
  .string()
  .describe(
    'The report as text (UTF-8): exactly the text that every provenance start/end, sentenceStart/sentenceEnd and section start/end indexes (UTF-16 offsets), so text.slice(start, end) is the figure.',
  );
export const reportOriginal = z
  .string()
  .describe('The original file, byte for byte, with the media type it was loaded with.');
