// A report's Word document shell, as the offices' fixtures share it: the document's title and author (the
// office), the page's running header and page-number footer, the bold title line, part headings (一、…) in
// bold, one footnote. Each builder keeps its own words, tables and order of paragraphs; the Word files and
// the PDFs printed from them (print-pdf.ts) are built with these. A report whose indicator table stands on a
// landscape page between its portrait pages (title, byline and opening; caption, table and notes; the rest and
// the closing lines; aoqin.ts, barong.ts, mutuo.ts, rangao.ts, wucen.ts) is assembled whole by
// `landscapeTableReportDocx`: a new one gives its words, column widths and footer form.

import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { fangSong, pageFooter, para, plainTable, small } from './word-table.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** The parts of a footer line around the page number. */
export type FooterParts = (string | (typeof PageNumber)[keyof typeof PageNumber])[];

/** The page-number footers offices use: — N —, - N -, 第 N 页, 第 N 页 共 M 页. */
export const footerForms: Record<'dashes' | 'hyphens' | 'page' | 'pageOfTotal', FooterParts> = {
  dashes: ['— ', PageNumber.CURRENT, ' —'],
  hyphens: ['- ', PageNumber.CURRENT, ' -'],
  page: ['第 ', PageNumber.CURRENT, ' 页'],
  pageOfTotal: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
};

/** A part heading: the paragraph starts 一、 … 十、. */
export const isPartHeading = (p: string): boolean => /^[一二三四五六七八九十]+、/.test(p);

/** Body paragraphs, the part headings among them in bold. */
export const bodyParas = (paragraphs: string[]): Paragraph[] =>
  paragraphs.map((p) => para(p, { bold: isPartHeading(p) }));

/** The lines under the title (session, speaker) centred, then the body paragraphs, part headings in bold. */
export const underTitleParas = (paragraphs: string[], centred = 2): Paragraph[] =>
  paragraphs.map((p, i) =>
    para(p, { bold: isPartHeading(p), alignment: i < centred ? AlignmentType.CENTER : undefined }),
  );

/** The title line: centred, bold, 仿宋 二号 unless the office sets it in another face or size (小标宋 22 pt). */
export const reportTitle = (text: string, type: { eastAsia?: string; size?: number } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text,
        bold: true,
        font: type.eastAsia === undefined ? fangSong : { ...fangSong, eastAsia: type.eastAsia },
        size: type.size ?? 40,
      }),
    ],
  });

/** The running header: a line in small type at the top of every page (a bulletin's name, a meeting file). */
export const runningHeader = (text: string, alignment: Align = AlignmentType.RIGHT): Paragraph =>
  small(text, alignment);

/** One section of pages: its running header (if any), its page-number footer (if any), its paragraphs. */
export function reportSection(
  page: { header?: Paragraph; footer?: FooterParts },
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    ...(page.header ? { headers: { default: new Header({ children: [page.header] }) } } : {}),
    ...(page.footer ? { footers: { default: pageFooter(page.footer, fangSong) } } : {}),
    children,
  };
}

/** The .docx: its sections, with the document's title and author (the office) and the one footnote (^ in `para`). */
export function reportDocx(
  sections: ISectionOptions[],
  meta: { title?: string; office?: string; footnote?: string } = {},
): Promise<Buffer> {
  const doc = new Document({
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(meta.office === undefined ? {} : { creator: meta.office }),
    ...(meta.footnote === undefined ? {} : { footnotes: { 1: { children: [small(meta.footnote)] } } }),
    sections,
  });
  return Packer.toBuffer(doc);
}

/** A report printed with its indicator table on a landscape page of its own between portrait ones. */
export interface LandscapeTableReport {
  office: string;
  title: string;
  /** The running header on every page (the session's file number). */
  runningHeader: string;
  /** Centred lines under the title (the session, the speaker). */
  byline: string[];
  /** The paragraphs before the table, the caption over it, its header and rows, the notes under it. */
  opening: string[];
  caption: string;
  header: string[];
  rows: string[][];
  notes: string[];
  /** The paragraphs after the table and the right-aligned closing lines. */
  rest: string[];
  closing: string[];
  /** The rows before a page break made by hand: a 续表 line, the header again, the other rows (barong.ts). */
  breakAfter?: number;
}

/** The .docx of a `LandscapeTableReport`: three sections (portrait, landscape, portrait), each with the running
 * header and the page-number footer in `footer`'s form. */
export function landscapeTableReportDocx(
  r: LandscapeTableReport,
  widths: number[],
  footer: FooterParts,
): Promise<Buffer> {
  const page = () => ({ header: runningHeader(r.runningHeader), footer });
  const tables =
    r.breakAfter === undefined
      ? [plainTable(r.header, r.rows, widths)]
      : [
          plainTable(r.header, r.rows.slice(0, r.breakAfter), widths),
          para('续表', { alignment: AlignmentType.LEFT, pageBreakBefore: true }),
          plainTable(r.header, r.rows.slice(r.breakAfter), widths),
        ];
  return reportDocx(
    [
      reportSection(page(), [
        reportTitle(r.title),
        ...r.byline.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...bodyParas(r.opening),
      ]),
      {
        ...reportSection(page(), [
          para(r.caption, { alignment: AlignmentType.CENTER, bold: true }),
          ...tables,
          ...r.notes.map((n) => small(n)),
        ]),
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      },
      reportSection(page(), [
        ...bodyParas(r.rest),
        ...r.closing.map((line) => para(line, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: r.title, office: r.office },
  );
}

/** A part (level 0, 一、) or section (level 1, （一）) heading's words, in the heading's typeface. */
const numberedHeadingRun = (text: string, level: 0 | 1) =>
  new TextRun({
    text,
    font: level === 0 ? { ...fangSong, eastAsia: '黑体' } : { ...fangSong, eastAsia: '楷体_GB2312' },
    size: 32,
  });

/**
 * A heading whose number Word draws from numbering.xml (`headingNumbering`): the text runs hold only the words,
 * as in a report typed in a template with multilevel list styles.
 */
export const numberedHeading = (text: string, level: 0 | 1) =>
  new Paragraph({
    numbering: { reference: 'report-headings', level },
    children: [numberedHeadingRun(text, level)],
  });

/** The numbering.xml config behind `numberedHeading`: chineseCounting levels `%1、` and `（%2）`. */
export const headingNumbering = {
  config: [
    {
      reference: 'report-headings',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
      ].map((l) => ({
        ...l,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { firstLine: 640 } } },
      })),
    },
  ],
};

/** A schedule typed in Word as one landscape table (a key-project progress sheet): its words and rows. */
export interface LandscapeSheet {
  office: string;
  title: string;
  /** The running header on every page (the office). */
  runningHeader: string;
  unit: string;
  header: string[];
  rows: string[][];
  notes: string[];
  signature: string;
}

/** The .docx of a `LandscapeSheet`: one landscape section, the title, the lines `above` the unit line (filer, date),
 * the unit line right, the table at `widths`, the notes in small type and the signature right (dongjiao.ts,
 * leigou.ts, lixiang.ts). */
export function landscapeSheetDocx(
  d: LandscapeSheet,
  above: Paragraph[],
  widths: number[],
  footer: FooterParts,
): Promise<Buffer> {
  return reportDocx(
    [
      {
        ...reportSection({ header: runningHeader(d.runningHeader), footer }, [
          reportTitle(d.title),
          ...above,
          para(d.unit, { alignment: AlignmentType.RIGHT }),
          plainTable(d.header, d.rows, widths),
          ...d.notes.map((n) => small(n)),
          para(d.signature, { alignment: AlignmentType.RIGHT }),
        ]),
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      },
    ],
    { title: d.title, office: d.office },
  );
}
