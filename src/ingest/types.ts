// The ingest stage's output contract: a file of any supported format becomes a SourceDocument,
// the plain text every provenance offset points into plus the blocks the container showed.

import type { Problem } from '../parse/types.js';
import type { SOURCE_FORMATS } from '../parse/vocabulary.js';

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A span of SourceDocument.text (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface TextBlock extends Span {
  kind: 'title' | 'heading' | 'paragraph';
  /** The block's text as it stands in SourceDocument.text (text.slice(start, end)). */
  text: string;
  /**
   * A table cell repeated as a paragraph by the ingest stage: 'sentences', a task table's 完成情况 cell,
   * whose observations, ranks, projects and goals are read; 'goal', a 工作任务 cell written 年度目标：…,
   * whose goals are read. A table's cells give no facts, and a task's goal names no project's result.
   */
  fromCell?: 'sentences' | 'goal';
}

export interface TableCell extends Span {
  text: string;
}

export interface TableBlock extends Span {
  kind: 'table';
  /**
   * Rows of cells in reading order, merged cells expanded (a cell spanning two columns appears in
   * both, with the same span). In SourceDocument.text a table is written one row per line, cells
   * separated by tabs, so the text-only table reader reads it too.
   */
  rows: TableCell[][];
}

export type Block = TextBlock | TableBlock;

/** What the container says about the document besides its body. */
export interface DocumentHints {
  /** The page's <title> or first <h1>, a Word file's title property, a PDF's Title. */
  title: string | null;
  /** An info line the page shows around the article (来源: … 发布时间: …). */
  infoLine: string | null;
  /** The character set the bytes were decoded from (utf-8, gbk, gb18030, big5, utf-16le …). */
  charset: string | null;
  /** True when the text was converted from traditional to simplified characters. */
  convertedFromTraditional: boolean;
  /**
   * The file's own name without its folder (连州市2020年上半年….docx), set by the ingest facade: the
   * weakest hint of place and period, read only when the text names neither.
   */
  fileName?: string | null;
  /**
   * The site's name a web page's <title> ends with (…_苇峪县人民政府), which `title` leaves out: page
   * furniture, read for the place only when the text names none.
   */
  site?: string | null;
  /**
   * What a government site's page says of its publisher and date outside the article (the <meta>
   * tags, the 政府信息公开 table, the footer's 主办单位): weak hints of place and period, read when the
   * text says neither. Added in session 14 (gweb): an additive field, absent for other formats.
   */
  furniture?: PageFurniture | null;
}

/** A web page's furniture as written (each null when the page lacks it). */
export interface PageFurniture {
  /** <meta name="SiteName">: 玥岭县人民政府. */
  siteName: string | null;
  /** <meta name="ColumnName">: 统计信息. */
  columnName: string | null;
  /** <meta name="ArticleTitle">. */
  articleTitle: string | null;
  /** <meta name="PubDate">: 2022-08-25 09:30:12. */
  pubDate: string | null;
  /** <meta name="ContentSource">: 县统计局. */
  contentSource: string | null;
  /** The 公开 table's 发布机构 (发文机关). */
  publisher: string | null;
  /** The 公开 table's 成文日期 (生成日期, 发文日期). */
  writtenOn: string | null;
  /** The 公开 table's 发布日期. */
  publishedOn: string | null;
  /** The 公开 table's 文号: 玥发改〔2022〕46号. */
  documentNumber: string | null;
  /** The 公开 table's 索引号. */
  index: string | null;
  /** The footer's 主办单位: 玥岭县人民政府办公室. */
  siteOwner: string | null;
  /** A WeChat article's account name (#js_name, profile_nickname, nickname = "…"): 苇山发布. */
  account?: string | null;
  /** A WeChat article's publish time (<em id="publish_time">, else `ct` in China's time). */
  accountPublished?: string | null;
  /** A news app's share page: the app's name (.app-name, og:site_name, 下载某某APP): 爱苇山. */
  app?: string | null;
  /** A news app's share page: the publish time its script gives (publishTime, or a timestamp). */
  appPublished?: string | null;
  /** An e-paper page's paper, from its masthead (logo, <title>, breadcrumb): 蕊川日报. */
  paper?: string | null;
  /** An e-paper page's issue date, from the banner beside its 版次: 2019年10月26日 星期六. */
  paperIssued?: string | null;
}

export interface SourceDocument {
  format: SourceFormat;
  /** The original bytes' media type: text/plain, text/html, application/pdf … */
  mediaType: string;
  /**
   * The plain text the parser reads and every provenance offset indexes. For a traditional-character
   * source this is the simplified text; the conversion keeps every offset, so originalText (when set)
   * is indexed by the same spans.
   */
  text: string;
  /** The text as written before conversion to simplified characters, when it was converted. */
  originalText: string | null;
  blocks: Block[];
  hints: DocumentHints;
}

export interface IngestResult {
  /** null when an error made the file unusable. */
  document: SourceDocument | null;
  problems: Problem[];
}

export interface IngestOptions {
  /** The file name (or URL path) as given: its extension is a hint, never trusted alone. */
  name: string;
  /** A media type the transport declared (HTTP Content-Type, with its charset), if any. */
  mediaType?: string;
}
