// The SQLite schema (drizzle). camelCase here, snake_case in SQL (casing: 'snake_case').
// Many reports of many regions and periods share one database; every row belongs to one report
// and is deleted with it (ON DELETE CASCADE), so reloading a report replaces it cleanly.

import { sql } from 'drizzle-orm';
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { GENRES, SOURCE_FORMATS } from '../parse/vocabulary.js';

export const reports = sqliteTable(
  'reports',
  {
    /** Stable id derived from region + period, so a reload keeps its URL. */
    id: text().primaryKey(),
    title: text().notNull(),
    region: text().notNull(),
    parentRegion: text(),
    year: integer().notNull(),
    period: text().notNull(),
    periodLabel: text().notNull(),
    publisher: text(),
    publishedAt: text(),
    sha256: text().notNull(),
    sourceFile: text().notNull(),
    /** The URL the report was fetched from, when it was loaded from one. */
    sourceUrl: text(),
    /** Which of the genre's sibling documents it is (plan-execution, statistics-analysis …). */
    genre: text({ enum: GENRES }).notNull().default('plan-execution'),
    /** The format of the original file (text, html, docx, doc, pdf) and its media type. */
    format: text({ enum: SOURCE_FORMATS }).notNull().default('text'),
    mediaType: text().notNull().default('text/plain'),
    /**
     * The text the parser read, as the ingest stage rendered it: provenance offsets point into it.
     * Empty when `textGaps` is set: the text is then its sentences plus those gaps (report-text.ts),
     * so it is stored once.
     */
    sourceText: text().notNull(),
    /** JSON `[offset, characters]` pairs of the text between sentences; null in older databases. */
    textGaps: text(),
    loadedAt: text().notNull(),
  },
  // Not unique: a plan report, a statistics analysis and a review opinion of one region and period
  // are separate sources, kept side by side as vintages of the same figures.
  (t) => [
    // With the id, the index alone answers the lists' walk over every report (id, region, period):
    // the table's rows carry each report's text gaps (~1.2 KB), 12 MB to read at 10,000 reports.
    index('reports_region_period_idx').on(t.region, t.period, t.id),
    index('reports_period_idx').on(t.period),
    // The loader replaces a report read anew from the same bytes: one lookup per report loaded.
    index('reports_sha256_idx').on(t.sha256),
  ],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    ordinal: integer().notNull(),
    parentId: integer(),
    level: integer().notNull(),
    number: text(),
    title: text().notNull(),
    phase: text({ enum: ['reported', 'planned'] }).notNull(),
    /** JSON array of the titles from the part down to this section. */
    path: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    line: integer().notNull(),
  },
  (t) => [uniqueIndex('sections_report_ordinal_uq').on(t.reportId, t.ordinal)],
);

export const sentences = sqliteTable(
  'sentences',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    ordinal: integer().notNull(),
    sectionId: integer().references(() => sections.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    text: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    line: integer().notNull(),
  },
  (t) => [index('sentences_report_idx').on(t.reportId, t.ordinal)],
);

export const indicators = sqliteTable('indicators', {
  code: text().primaryKey(),
  name: text().notNull(),
  nameEn: text(),
  category: text().notNull(),
  unit: text(),
  direction: text().notNull(),
  /** JSON array of aliases (catalogue aliases plus names seen in loaded reports). */
  aliases: text().notNull(),
  known: integer({ mode: 'boolean' }).notNull(),
});

/** Every name an indicator is known by, normalised, for lookups by name. */
export const indicatorNames = sqliteTable(
  'indicator_names',
  {
    normalised: text().notNull(),
    code: text()
      .notNull()
      .references(() => indicators.code, { onDelete: 'cascade' }),
    name: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.normalised, t.code] }), index('indicator_names_code_idx').on(t.code)],
);

const provenanceColumns = () => ({
  sentenceId: integer()
    .notNull()
    .references(() => sentences.id, { onDelete: 'cascade' }),
  start: integer().notNull(),
  end: integer().notNull(),
});

export const observations = sqliteTable(
  'observations',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorCode: text()
      .notNull()
      .references(() => indicators.code),
    indicatorName: text().notNull(),
    source: text({ enum: ['table', 'prose'] }).notNull(),
    measure: text().notNull(),
    value: real(),
    unit: text(),
    valueBase: real(),
    baseUnit: text(),
    qualifier: text(),
    text: text(),
    raw: text().notNull(),
    /** For measure 'comparison': the benchmark (全市, 全省, 计划, 时序进度). */
    comparedWith: text(),
    /**
     * The figure's own period when the report scopes it to an earlier one of its year (a full-year
     * report's 上半年 figure: 2023-H1); null: the report's period. Always the report's year.
     */
    period: text(),
    ...provenanceColumns(),
  },
  (t) => [
    index('observations_indicator_idx').on(t.indicatorCode, t.reportId),
    index('observations_report_idx').on(t.reportId),
    // Only the few rows with a period of their own, by report: a region's or a year's reports lead
    // to them (the period filter, a key's other vintages) without reading the reports' other rows.
    index('observations_period_idx').on(t.reportId, t.period).where(sql`${t.period} IS NOT NULL`),
  ],
);

export const targets = sqliteTable(
  'targets',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorCode: text()
      .notNull()
      .references(() => indicators.code),
    indicatorName: text().notNull(),
    setBy: text(),
    kind: text({ enum: ['target', 'guidance', 'period-plan'] }).notNull(),
    horizon: text({ enum: ['full-year', 'period', 'next-year', 'five-year'] }).notNull(),
    value: real(),
    unit: text(),
    comparator: text(),
    text: text().notNull(),
    raw: text().notNull(),
    attainment: text({ enum: ['met', 'missed', 'unknown'] }).notNull(),
    attainmentReason: text().notNull(),
    /** Computed rather than written: from a share of the annual plan or a gap to the period's plan. */
    derived: integer({ mode: 'boolean' }).notNull().default(false),
    ...provenanceColumns(),
  },
  // The list's filters (lists.ts) count each report's matching rows: an equality filter seeks
  // (value, report) in its index and reads only the matching entries.
  (t) => [
    index('targets_indicator_idx').on(t.indicatorCode, t.reportId),
    index('targets_report_idx').on(t.reportId),
    index('targets_attainment_idx').on(t.attainment, t.reportId),
    index('targets_set_by_idx').on(t.setBy, t.reportId),
  ],
);

export const rankings = sqliteTable(
  'rankings',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorCode: text().references(() => indicators.code),
    subject: text().notNull(),
    rank: integer().notNull(),
    of: integer(),
    scope: text().notNull(),
    source: text({ enum: ['table', 'prose'] }).notNull(),
    raw: text().notNull(),
    /** Places moved against an earlier ranking (位次前移2位 → 2); null when not given. */
    change: integer(),
    ...provenanceColumns(),
  },
  // maxRank is a range: by report first, so each report's count is one range of its own entries.
  // It also serves every look-up by report, so it replaces the index on report_id alone.
  (t) => [
    index('rankings_indicator_idx').on(t.indicatorCode, t.reportId),
    index('rankings_report_rank_idx').on(t.reportId, t.rank),
  ],
);

export const projects = sqliteTable(
  'projects',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** JSON array of other spellings in the report (the name without its phase in brackets). */
    aliases: text().notNull().default('[]'),
    /** reported when any mention is in part 1, else planned. */
    phase: text({ enum: ['reported', 'planned'] }).notNull(),
    /** The status words of the latest mention that has any. */
    status: text(),
    /** The largest planned / total investment any mention gives, in 元. */
    plannedInvestment: real(),
    completedInvestment: real(),
    mentionCount: integer().notNull(),
  },
  (t) => [index('projects_report_idx').on(t.reportId)],
);

export const projectMentions = sqliteTable(
  'project_mentions',
  {
    id: integer().primaryKey(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    ordinal: integer().notNull(),
    phase: text({ enum: ['reported', 'planned'] }).notNull(),
    plannedInvestment: real(),
    completedInvestment: real(),
    status: text(),
    raw: text().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index('project_mentions_project_idx').on(t.projectId, t.ordinal)],
);

export const facts = sqliteTable(
  'facts',
  {
    id: integer().primaryKey(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    subject: text().notNull(),
    measure: text().notNull(),
    value: real().notNull(),
    unit: text().notNull(),
    valueBase: real().notNull(),
    baseUnit: text().notNull(),
    qualifier: text(),
    raw: text().notNull(),
    indicatorCode: text().references(() => indicators.code),
    comparedWith: text(),
    ...provenanceColumns(),
  },
  // The list's filters (lists.ts) count each report's matching rows: `measure` or `unit` seeks
  // (value, report) and reads only the matching entries, not the report's every fact; the unit
  // after them answers `measure` and `unit` together from the index alone. `q` (part of the
  // subject or figure) is a substring match no b-tree serves; it reads the facts.
  (t) => [
    index('facts_report_idx').on(t.reportId),
    index('facts_measure_idx').on(t.measure, t.reportId, t.unit),
    index('facts_unit_idx').on(t.unit, t.reportId),
  ],
);

/**
 * Places where the loaded reports contradict themselves or each other. Derived data: the loader
 * rebuilds the whole table at the end of every load (a new report can contradict an old one).
 * Each flag has two provenances, `report_id`/`sentence_id`/`start`/`end` and the `other_` ones.
 */
export const flags = sqliteTable(
  'flags',
  {
    id: integer().primaryKey(),
    kind: text({ enum: ['table-prose', 'restated', 'growth-level', 'rank', 'share'] }).notNull(),
    severity: text({ enum: ['info', 'warning', 'error'] }).notNull(),
    message: text().notNull(),
    indicatorCode: text(),
    ...provenanceColumns(),
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    otherReportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    otherSentenceId: integer()
      .notNull()
      .references(() => sentences.id, { onDelete: 'cascade' }),
    otherStart: integer().notNull(),
    otherEnd: integer().notNull(),
  },
  (t) => [index('flags_report_idx').on(t.reportId), index('flags_other_report_idx').on(t.otherReportId)],
);

/**
 * The original bytes of each report's file, kept apart so report scans never read them; brotli-
 * compressed when that saves a tenth or more (text and web pages do, PDFs and .docx already are).
 */
export const reportOriginals = sqliteTable('report_originals', {
  reportId: text()
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  bytes: blob({ mode: 'buffer' }).notNull(),
  /** `text`: the file is the UTF-8 of the report's text, which is stored once (bytes are empty). */
  compression: text({ enum: ['none', 'br', 'text'] })
    .notNull()
    .default('none'),
});

/** Key/value metadata about the database as a whole (content hash for ETags, build time). */
export const meta = sqliteTable('meta', {
  key: text().primaryKey(),
  value: text().notNull().default(sql`''`),
});
