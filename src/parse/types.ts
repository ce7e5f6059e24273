// The parser's output contract: what one report yields, independent of storage and HTTP.
// Offsets (`start`/`end`) are UTF-16 indices into the decoded source text (BOM removed), end exclusive.

import type { GENRES } from './vocabulary.js';

export type PeriodCode = 'Q1' | 'H1' | 'M1-9' | 'Q3' | 'FY' | `M1-${number}`;

/** Which of the genre's sibling documents a report is (the list, with what each is, in vocabulary.ts). */
export type Genre = (typeof GENRES)[number];

export interface ReportMeta {
  /** The title as written (joined when wrapped over lines), the page title hint, or '' when neither exists. */
  title: string;
  genre: Genre;
  /**
   * The region the report is about, e.g. 河西县: from --region, the title, the page title, the
   * publisher (某某县统计局) or the first sentence, in that order (docs/genres.md).
   */
  region: string;
  /** The higher-level region that sets guidance targets and ranks its counties, e.g. 北岭市; null when unknown. */
  parentRegion: string | null;
  year: number;
  /** `2020-H1`, `2020-Q1`, `2020-M1-9`, `2020-FY` … */
  period: string;
  /** The period as written: 上半年, 一季度, 前三季度, 1-9月, 全年 … */
  periodLabel: string;
  publisher: string | null;
  /** ISO 8601 with the +08:00 offset (Asia/Shanghai), or null when the source line lacks it. */
  publishedAt: string | null;
  /** sha256 (hex) of the source bytes as read from disk. */
  sha256: string;
}

export type Phase = 'reported' | 'planned';

export interface Section {
  /** Position in document order, 0-based; parents always come before children. */
  index: number;
  parentIndex: number | null;
  /** 1 = part (一、), 2 = section ((一)), 3 = item (1.) or paragraph topic (lead sentence), 4 = (1), 5 = ①; a section is always deeper than its parent (a topic under (1) is 5). */
  level: number;
  /** The numbering as written (一, (三), 1., (2), ①); null for paragraph topics. */
  number: string | null;
  title: string;
  phase: Phase;
  start: number;
  end: number;
  line: number;
}

export type SentenceKind = 'prose' | 'table-row' | 'title' | 'heading';

export interface Sentence {
  index: number;
  /** Innermost section containing the sentence; null before the first heading. */
  sectionIndex: number | null;
  kind: SentenceKind;
  text: string;
  start: number;
  end: number;
  line: number;
}

/** Where a value came from. The sentence carries the section; start/end span the figure itself. */
export interface Provenance {
  sentenceIndex: number;
  start: number;
  end: number;
}

export type Comparator = 'eq' | 'approx' | 'lte' | 'gte' | 'gt' | 'lt';

/** What a number says about its subject. */
export type Measure =
  | 'level' // an amount: 86.4亿元, 12万个
  | 'growth' // year-on-year change in percent: 同比下降2.0% → -2
  | 'change' // change in percentage points against an earlier period: 收窄5.2个百分点
  | 'rate' // a ratio reported as a level in percent: 失业率2.47%, 复工率100%
  | 'share' // share of a plan or total: 占年度投资计划的41.15%
  | 'structure' // one term of a ratio such as 27.27:26.30:46.43
  | 'rank'
  | 'count'
  // percentage points above (+) or below (−) a benchmark other than an earlier period: 高于全市平均水平2.1个百分点
  // (the benchmark is in `comparedWith`)
  | 'comparison'
  // average yearly growth over two years in percent, as reported after a year distorted by a base effect: 两年平均增长5.0%
  | 'two-year-average-growth';

export type Qualifier = 'about' | 'over' | 'more-than' | 'at-least' | 'at-most' | 'under' | 'within';

export interface Quantity {
  value: number;
  /** The unit as written: 亿元, %, 个百分点, 万平方米, 个 … ('' when none). */
  unit: string;
  /** The value in the base unit (亿元 → 元 ×1e8, 万人 → 人 ×1e4). */
  valueBase: number;
  /** 元, 人, 平方米, %, pp (percentage points) … */
  baseUnit: string;
  qualifier: Qualifier | null;
  /** The text the quantity was read from, e.g. 下降2.0%, 7万余件. */
  raw: string;
}

/** One indicator as it appears in this report, joined to the catalogue where possible. */
export interface IndicatorRef {
  /** Catalogue code, or a generated one (`x-…`) for indicators the catalogue does not know. */
  code: string;
  /** The name as written, without a unit in brackets. */
  name: string;
  /** Unit written in the row name (`商品房销售面积(万平方米)` → 万平方米), if any. */
  unit: string | null;
  known: boolean;
}

export interface Observation {
  indicatorCode: string;
  /** The indicator name as written where the value was found. */
  indicatorName: string;
  source: 'table' | 'prose';
  measure: Measure;
  quantity: Quantity | null;
  /** For word-only cells such as 完成省、市下达任务. */
  text: string | null;
  /**
   * For measure 'comparison': the benchmark as written, a region (全市, 全省, 某某市) whose average the
   * figure is compared with, or 时序进度 (the time elapsed in the year); null for every other measure.
   */
  comparedWith: string | null;
  /**
   * The figure's own period when its sentence scopes it to an earlier part of the report's year
   * (a full-year report's 上半年…增长5.3% → 2023-H1); absent when it is the report's period.
   */
  period?: string;
  provenance: Provenance;
}

/**
 * full-year: this report's year; period: the report's period; next-year: a full-year report's plan for the year after;
 * five-year: a five-year plan's goal for its last year (a mid-term evaluation's 2025年目标).
 */
export type Horizon = 'full-year' | 'period' | 'next-year' | 'five-year';
export type Attainment = 'met' | 'missed' | 'unknown';

export interface Target {
  indicatorCode: string;
  indicatorName: string;
  /** The region that set the target: the report's own region for its plan, the parent region for guidance. */
  setBy: string | null;
  /**
   * 'target' = the region's own plan; 'guidance' = the higher level's guidance figure;
   * 'period-plan' = the plan figure for the report's period implied by a gap to it
   * (同比增长6.1%,高于计划0.6个百分点 → a plan of 5.5%), horizon 'period'.
   */
  kind: 'target' | 'guidance' | 'period-plan';
  horizon: Horizon;
  value: number | null;
  unit: string | null;
  comparator: Comparator | null;
  /** The target's words (`6%左右`, `高于经济增长`). */
  text: string;
  raw: string;
  attainment: Attainment;
  /** Why the attainment is what it is, e.g. "actual -2 < target 6.5" or "no actual". */
  attainmentReason: string;
  /**
   * True when the value is computed rather than written: a full-year target from a level and its
   * share of the annual plan (X亿元,占年计划的A% → X / A%), or a period plan from a gap to it.
   */
  derived: boolean;
  provenance: Provenance;
}

export interface Ranking {
  indicatorCode: string | null;
  /** What is ranked, as written (the indicator name or the prose subject). */
  subject: string;
  rank: number;
  /** Size of the group when given (八县 → 8). */
  of: number | null;
  /** Where the rank holds: 北岭市, 广东省. */
  scope: string;
  /** Places moved against an earlier ranking (位次前移2位 → 2, 后移1位 → −1); null when not given. */
  change: number | null;
  source: 'table' | 'prose';
  raw: string;
  provenance: Provenance;
}

export interface ProjectMention {
  phase: Phase;
  /** Planned / total investment in 元, when the sentence gives one. */
  plannedInvestment: number | null;
  /** Investment completed so far in 元, when given. */
  completedInvestment: number | null;
  /** Status words as written: 加快推进, 基本建成, 已超额完成年度投资 … */
  status: string | null;
  raw: string;
  provenance: Provenance;
}

export interface Project {
  /** The name as first written, with a phase in brackets kept: 某某产业园(二期). */
  name: string;
  /** Other spellings of the same project in the report, e.g. the name without its phase. */
  aliases: string[];
  mentions: ProjectMention[];
}

/** Any figure in the prose, placed or not. */
export interface Fact {
  /** The subject the figure is about, as best the parser can tell ('' when it cannot). */
  subject: string;
  measure: Measure;
  quantity: Quantity;
  /** Catalogue code when the subject names a known indicator. */
  indicatorCode: string | null;
  /** The benchmark of a 'comparison' (全市, 全省, 计划, 时序进度); null for every other measure. */
  comparedWith: string | null;
  provenance: Provenance;
}

export interface TableColumn {
  /** Header text as written. */
  header: string;
  /** progress: the share of the full-year plan done (完成年度目标进度%), read as a 'share' observation. */
  role: 'indicator' | 'target' | 'guidance' | 'actual' | 'progress' | 'rank' | 'other';
}

export interface IndicatorTable {
  caption: string | null;
  layout: 'cell-per-line' | 'tab' | 'pipe' | 'spaces';
  columns: TableColumn[];
  rowCount: number;
  line: number;
}

export interface ParsedReport {
  meta: ReportMeta;
  /** The decoded source text (BOM removed, otherwise as read): every offset points into it. */
  sourceText: string;
  sections: Section[];
  sentences: Sentence[];
  table: IndicatorTable | null;
  indicators: IndicatorRef[];
  observations: Observation[];
  targets: Target[];
  rankings: Ranking[];
  projects: Project[];
  facts: Fact[];
}

export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  /**
   * Stable machine code: empty-input, binary-input, not-utf8, not-a-report, no-region, no-period,
   * bad-period, option-overrides, region-from-page, region-from-file-name, period-from-page,
   * region-from-text, period-from-text (the body's last-resort place and period), truncated-table,
   * bad-cell …
   */
  code: string;
  severity: ProblemSeverity;
  message: string;
  /** 1-based line in the source, when the problem has one. */
  line: number | null;
}

export interface ParseResult {
  /** null when an error made the text unusable (empty, binary, not of the genre). */
  report: ParsedReport | null;
  problems: Problem[];
}
