// A web page saved from Internet Explorer as a web archive (.mht): a MIME multipart/related message whose
// html part is GB2312 in quoted-printable, beside the page's stylesheet and one image (base64). Shared by
// the .mht fixtures (enqiao.ts, tengyu.ts); each gives its own page, addresses and dates. A document Word
// saved as a 单个文件网页 (yalan.ts, taozi.ts, maoxiu.ts, …) is assembled by `wordArchiveMht` below, its main
// page by `wordHtml` (Word's namespaces, metas, DocumentProperties, font and style definitions, @page and the
// body's WordSection1) and its header/footer page by `wordFooterHtm` (the page-number footer, optionally a
// running header and an even-page footer). A new Word-archive fixture gives only its own properties, styles,
// margins and body to these, and writes its own paragraph and cell helpers. A plan report saved so (fengxi.ts,
// yingya.ts, zhenlou.ts, …) is assembled whole by `wordPlanReportMht` from its folder, stem, properties and body,
// the body built from `wordReportHead` (label, title, byline), `wordOpening`, `wordCaptionedTable` and
// `WORD_EMPTY_LINE`; each generator keeps its own words and figures. A CMS page saved by IE (cangling.ts, shiyan.ts,
// …) writes its XHTML head by `savedPageHead` and its article by `savedPageParas` and `savedPageRows`.

import iconv from 'iconv-lite';

/** Quoted-printable as browsers write it: lines of at most 76 characters, soft breaks with =. */
export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const raw of bytes.toString('latin1').split('\n')) {
    let line = '';
    let out = '';
    for (const ch of raw.replace(/\r$/, '')) {
      const code = ch.charCodeAt(0);
      const piece =
        (code >= 33 && code <= 126 && ch !== '=') || ch === ' '
          ? ch
          : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (line.length + piece.length > 75) {
        out += `${line}=\r\n`;
        line = '';
      }
      line += piece;
    }
    lines.push(out + line);
  }
  return lines.join('\r\n');
}

/** A 1×1 transparent gif, base64: the image part (logo, banner) of a saved page. */
export const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export interface SavedPage {
  /** The saving browser, as in `From: <Saved by …>` (Windows Internet Explorer 8). */
  savedBy: string;
  /** The Date header (Fri, 24 Apr 2015 15:42:06 +0800). */
  date: string;
  boundary: string;
  /** The MimeOLE version in X-MimeOLE (V6.1.7601.17609). */
  mimeOle: string;
  /** The page's address and its html (encoded here as GB2312, quoted-printable). */
  url: string;
  html: string;
  /** The stylesheet's address and its text, already quoted-printable. */
  css: { url: string; text: string };
  /** The image's address (the part holds GIF). */
  imageUrl: string;
}

/** The .mht message, CRLF lines, as bytes. */
export function savedPageMht(page: SavedPage): Buffer {
  const { boundary } = page;
  const message = [
    `From: <Saved by ${page.savedBy}>`,
    `Date: ${page.date}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    `X-MimeOLE: Produced By Microsoft MimeOLE ${page.mimeOle}`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/html;',
    '\tcharset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${page.url}`,
    '',
    quotedPrintable(iconv.encode(page.html, 'gb2312')),
    '',
    `--${boundary}`,
    'Content-Type: text/css;',
    '\tcharset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${page.css.url}`,
    '',
    page.css.text,
    '',
    `--${boundary}`,
    'Content-Type: image/gif',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${page.imageUrl}`,
    '',
    GIF,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Buffer.from(message, 'latin1');
}

/** A document Word saved as a 单个文件网页: its main page, the header/footer page, and where Word put them. */
export interface WordArchive {
  boundary: string;
  /** The main page's address (file:///C:/…/name.htm) and its folder of parts (file:///C:/…/name.files/). */
  root: string;
  files: string;
  /** The main page and the header/footer page, encoded here as GB2312, quoted-printable. */
  html: string;
  headerHtm: string;
}

/**
 * The .mht message Word writes for a 单个文件网页 (CRLF lines, as bytes): its GB2312 preamble, the main page,
 * header.htm, a theme and filelist.xml. Shared by the Word-archive fixtures (yalan.ts, taozi.ts).
 */
export function wordArchiveMht(doc: WordArchive): Buffer {
  const B = doc.boundary;
  const mainFile = doc.root.slice(doc.root.lastIndexOf('/') + 1);
  const fileList = `<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../${mainFile}"/>
 <o:File HRef="header.htm"/>
 <o:File HRef="themedata.thmx"/>
 <o:File HRef="filelist.xml"/>
</xml>`;
  const part = (location: string, type: string, body: string, encoding = 'quoted-printable'): string[] => [
    `--${B}`,
    `Content-Location: ${location}`,
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Type: ${type}`,
    '',
    body,
    '',
  ];
  const message = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${B}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。',
    '',
    ...part(doc.root, 'text/html; charset="gb2312"', quotedPrintable(iconv.encode(doc.html, 'gb2312'))),
    ...part(
      `${doc.files}header.htm`,
      'text/html; charset="gb2312"',
      quotedPrintable(iconv.encode(doc.headerHtm, 'gb2312')),
    ),
    ...part(
      `${doc.files}themedata.thmx`,
      'application/vnd.ms-officetheme',
      'UEsDBBQABgAIAAAAIQDp3g+//wAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbKyRy04=',
      'base64',
    ),
    ...part(
      `${doc.files}filelist.xml`,
      'text/xml; charset="utf-8"',
      quotedPrintable(Buffer.from(fileList, 'utf8')),
    ),
    `--${B}--`,
    '',
  ];
  // The preamble line is GB2312 as Word writes it; the rest is ASCII.
  const [head, ...rest] = message.join('\r\n').split('\r\n\r\n--');
  return Buffer.concat([
    iconv.encode(head ?? '', 'gb2312'),
    Buffer.from(`\r\n\r\n--${rest.join('\r\n\r\n--')}`, 'latin1'),
  ]);
}

/** A Word document's DocumentProperties as its saved page carries them. */
export interface WordProperties {
  author: string;
  lastAuthor: string;
  revision: number;
  /** ISO times, as Word writes them (2024-10-24T02:11:00Z). */
  created: string;
  lastSaved: string;
  pages: number;
  company: string;
}

/** The PANOSE numbers Word writes beside each font it defines. */
const PANOSE: Record<string, string> = {
  宋体: '2 1 6 0 3 1 1 1 1 1',
  黑体: '2 1 6 9 6 1 1 1 1 1',
  仿宋_GB2312: '2 1 6 9 3 1 1 1 1 1',
  楷体_GB2312: '2 1 6 9 3 1 1 1 1 1',
  方正小标宋简体: '2 0 0 0 0 0 0 0 0 0',
};

/** MsoNormal as the fuller save (Word 2013 and later) defines it. */
export const MSO_NORMAL = ` p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin:0cm;text-align:justify;text-justify:inter-ideograph;
	mso-pagination:none;font-size:10.5pt;font-family:"Times New Roman",serif;mso-fareast-font-family:宋体;mso-font-kerning:1.0pt;}`;

/** MsoNormal as the plainer save defines it (no style flags). */
export const MSO_NORMAL_PLAIN = ` p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;mso-font-kerning:1.0pt;}`;

/** The running header and footer styles and the 网格型 table style of the fuller save. */
export const MSO_HEADER_FOOTER = ` p.MsoHeader, p.MsoFooter {margin:0cm;text-align:center;layout-grid-mode:char;font-size:9.0pt;}`;
export const MSO_TABLE_GRID = ` table.MsoTableGrid {mso-style-name:网格型;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;}`;

/** The main page of a document Word saved as a 单个文件网页. */
export interface WordHtml {
  /** The main page's file name without .htm; its parts are in `<stem>.files/`. */
  stem: string;
  title: string;
  properties: WordProperties;
  /** The fuller save (the omml namespace, an Originator meta, commented definitions, a header margin on @page);
   * false for the plainer one (maoxiu.ts, dailou.ts). */
  full: boolean;
  /** Whether the definitions carry Word's Font Definitions and Style Definitions comments (as `full` unless given:
   * suiyu.ts's fuller save has none). */
  comments?: boolean;
  /** The fonts defined, in order (宋体, 黑体, 仿宋_GB2312, 楷体_GB2312, 方正小标宋简体). */
  fonts: readonly string[];
  /** The style definitions, one line or block each (MSO_NORMAL, headings, MSO_HEADER_FOOTER, …). */
  styles: readonly string[];
  /** The page margins (top right bottom left) of WordSection1. */
  margin: string;
  /** The header.htm parts @page names, as [kind, id]: [['footer', 'f1']], [['header', 'h1'], ['footer', 'f1']]. */
  parts: readonly (readonly [string, string])[];
  /** What WordSection1 holds. */
  body: string;
}

/** How a saved page is set up: the save, its fonts and styles, margins and header/footer parts. */
export type WordLayout = Pick<WordHtml, 'full' | 'comments' | 'fonts' | 'styles' | 'margin' | 'parts'>;

/** The plainer save of an official document with a page-number footer only (maoxiu.ts, dailou.ts). */
export const PLAIN_FOOTER_LAYOUT: WordLayout = {
  full: false,
  fonts: ['宋体', '黑体', '仿宋_GB2312', '楷体_GB2312'],
  styles: [MSO_NORMAL_PLAIN, ' p.MsoFooter {margin:0cm;layout-grid-mode:char;font-size:9.0pt;}'],
  margin: '96.0pt 79.4pt 85.05pt 79.4pt',
  parts: [['footer', 'f1']],
};

/** The fuller save with a running header, a page-number footer and the 网格型 table style (fengxi.ts, taozi.ts). */
export const HEADER_FOOTER_LAYOUT: WordLayout = {
  full: true,
  fonts: ['宋体', '黑体', '仿宋_GB2312', '方正小标宋简体'],
  styles: [MSO_NORMAL, MSO_HEADER_FOOTER, MSO_TABLE_GRID],
  margin: '104.9pt 73.7pt 87.9pt 73.7pt',
  parts: [
    ['header', 'h1'],
    ['footer', 'f1'],
  ],
};

/** The html Word writes for a document saved as a 单个文件网页 (its main page). */
export function wordHtml(doc: WordHtml): string {
  const { stem, properties: p, full } = doc;
  const comments = doc.comments ?? full;
  const parts = doc.parts.map(([kind, id]) => `mso-${kind}:url("${stem}.files/header.htm") ${id}`).join(';');
  const fonts = doc.fonts.map((font) => ` @font-face {font-family:${font}; panose-1:${PANOSE[font] ?? ''};}`);
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
${full ? 'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n' : ''}xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
${full ? '<meta name=Originator content="Microsoft Word 15">\n' : ''}<link rel=File-List href="${stem}.files/filelist.xml">
<title>${doc.title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>${p.author}</o:Author>
  <o:LastAuthor>${p.lastAuthor}</o:LastAuthor>
  <o:Revision>${p.revision}</o:Revision>
  <o:Created>${p.created}</o:Created>
  <o:LastSaved>${p.lastSaved}</o:LastSaved>
  <o:Pages>${p.pages}</o:Pages>
  <o:Company>${p.company}</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="${stem}.files/themedata.thmx">
<style>
<!--
${[
  ...(comments ? [' /* Font Definitions */'] : []),
  ...fonts,
  ...(comments ? [' /* Style Definitions */'] : []),
  ...doc.styles,
].join('\n')}
@page WordSection1
	{size:595.3pt 841.9pt;margin:${doc.margin};${full ? 'mso-header-margin:42.55pt;' : ''}mso-footer-margin:49.6pt;
	${parts};mso-paper-source:0;${doc.parts.length > 1 ? '\n\t' : ''}layout-grid:15.6pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

${doc.body}

</div>

</body>

</html>
`;
}

/** The page-number footer: `— 1 —` in 14pt (or `第 1 页` in 9pt with before/after and size), with Word's PAGE field. */
export function pageNumberFooter(
  align: 'center' | 'right',
  size = '14.0pt',
  before = '— ',
  after = ' —',
): string {
  return `<p class=MsoFooter align=${align} style='text-align:${align}'><span style='font-size:${size};font-family:宋体'>${before}</span><!--[if supportFields]><span style='mso-element:field-begin'></span> PAGE <span style='mso-element:field-separator'></span><![endif]--><span style='font-size:${size}'>1</span><!--[if supportFields]><span style='mso-element:field-end'></span><![endif]--><span style='font-size:${size};font-family:宋体'>${after}</span></p>`;
}

/** A document's header.htm: its header and footer divs, each [element (header or footer), id, paragraph]. */
export function wordFooterHtm(
  stem: string,
  full: boolean,
  divs: readonly (readonly [string, string, string])[],
): string {
  return `<html ${full ? 'xmlns:v="urn:schemas-microsoft-com:vml"\n' : ''}xmlns:o="urn:schemas-microsoft-com:office:office"
${full ? 'xmlns:w="urn:schemas-microsoft-com:office:word"\n' : ''}xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<link id=Main-File rel=Main-File href="../${stem}.htm">
</head>
<body lang=ZH-CN>
${divs.map(([element, id, paragraph]) => `<div style='mso-element:${element}' id=${id}>\n${paragraph}\n</div>`).join('\n')}
</body>
</html>
`;
}

/** A run in a saved official document: 16pt 仿宋_GB2312 unless told (fengxi.ts, xiedai.ts). */
export const wordSpan = (text: string, size = '16.0pt', font = '仿宋_GB2312') =>
  `<span style='font-size:${size};font-family:${font};mso-hansi-font-family:"Times New Roman"'>${text}</span>`;

/** A body paragraph indented two characters on 28pt lines; a 一、 heading in 黑体. */
export const wordBodyPara = (text: string): string =>
  /^[一二三四五六七八九十]+、/.test(text)
    ? `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${wordSpan(text, '16.0pt', '黑体')}</p>`
    : `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${wordSpan(text)}</p>`;

/** A centred line (title, byline, caption) in the size and font given. */
export const wordCentred = (text: string, size: string, font: string): string =>
  `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>${wordSpan(text, size, font)}</p>`;

/** A 网格型 table cell sized by its column's width (px), the first column left-aligned, a header cell bold. */
export const wordGridCell =
  (widths: readonly number[]) =>
  (text: string, i: number, bold = false): string => {
    const width = widths[i] ?? 70;
    const align = i === 0 ? 'left' : 'center';
    return `<td width=${width} valign=middle style='width:${(width * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=${align} style='text-align:${align}'>${
      bold ? '<b>' : ''
    }<span style='font-size:12.0pt;font-family:宋体'>${text}</span>${bold ? '</b>' : ''}</p></td>`;
  };

/**
 * A bordered table Word saved (MsoTableGrid or MsoNormalTable): the header row bold, then the rows, each cell by
 * `cell`, and under it the table's 注 in 12pt 仿宋_GB2312 (xiedai.ts, luojia.ts, fengxi.ts).
 */
export function wordNotedTable(
  tableClass: string,
  cell: (text: string, i: number, bold?: boolean) => string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  note: string,
): string {
  return `<table class=${tableClass} border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
${[header, ...rows].map((r, n) => `<tr style='height:20.0pt'>${r.map((c, i) => cell(c, i, n === 0)).join('')}</tr>`).join('\n')}
</table>
<p class=MsoNormal style='line-height:20.0pt'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>${note}</span></p>`;
}

/** An empty 16pt line, as a saved official document keeps between its label, title block, body and tables. */
export const WORD_EMPTY_LINE = `<p class=MsoNormal><span style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>`;

/** The running header Word writes when a document's header is left empty (no border under it). */
export const EMPTY_RUNNING_HEADER = `<p class=MsoHeader style='border-bottom:none'><span style='font-size:9.0pt;font-family:宋体'><o:p>&nbsp;</o:p></span></p>`;

/** The header.htm of HEADER_FOOTER_LAYOUT: the running header (empty unless given), the centred `— 1 —` footer. */
export const headerFooterHtm = (stem: string, header = EMPTY_RUNNING_HEADER): string =>
  wordFooterHtm(stem, true, [
    ['header', 'h1', header],
    ['footer', 'f1', pageNumberFooter('center')],
  ]);

/** The header.htm of PLAIN_FOOTER_LAYOUT: the `— 1 —` footer alone, centred unless told. */
export const plainFooterHtm = (stem: string, align: 'center' | 'right' = 'center'): string =>
  wordFooterHtm(stem, false, [['footer', 'f1', pageNumberFooter(align)]]);

/** A table's caption centred in 14pt 黑体 over a `wordNotedTable` of `wordGridCell(widths)` cells. */
export function wordCaptionedTable(
  caption: string,
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  note: string,
  tableClass = 'MsoTableGrid',
): string {
  return `${wordCentred(caption, '14.0pt', '黑体')}
${wordNotedTable(tableClass, wordGridCell(widths), header, rows, note)}`;
}

/**
 * A plan report's front matter: the session file label in 14pt 黑体 and an empty line (when it has one), the
 * title lines centred in 22pt (方正小标宋简体 unless told), the lines under it (occasion, speaker) centred in 16pt
 * 楷体_GB2312, and an empty line.
 */
export function wordReportHead(head: {
  label?: string;
  title: readonly string[];
  titleFont?: string;
  under: readonly string[];
}): string {
  return [
    ...(head.label === undefined
      ? []
      : [`<p class=MsoNormal>${wordSpan(head.label, '14.0pt', '黑体')}</p>`, WORD_EMPTY_LINE]),
    ...head.title.map((line) => wordCentred(line, '22.0pt', head.titleFont ?? '方正小标宋简体')),
    ...head.under.map((line) => wordCentred(line, '16.0pt', '楷体_GB2312')),
    WORD_EMPTY_LINE,
  ].join('\n\n');
}

/** The addressee (主任、各位副主任、各位委员：) as a plain line, then the opening paragraphs. */
export const wordOpening = (lines: readonly string[]): string =>
  lines.map((t, i) => (i === 0 ? `<p class=MsoNormal>${wordSpan(t)}</p>` : wordBodyPara(t))).join('\n');

/** The addressee on a 28pt line in 16pt 仿宋_GB2312 (各位代表：), as the plainer plan reports set it. */
export const wordAddressee = (text: string): string =>
  `<p class=MsoNormal style='line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${text}</span></p>`;

/** A plan report Word saved as a 单个文件网页: where it was saved, its page and its header/footer part. */
export interface WordPlanReport {
  boundary: string;
  /** The folder the page was saved in (file:///C:/8A3F21C4/); the page is `<stem>.htm`, its parts `<stem>.files/`. */
  folder: string;
  stem: string;
  title: string;
  properties: WordProperties;
  /** HEADER_FOOTER_LAYOUT unless given. */
  layout?: WordLayout;
  body: string;
  /** The header.htm; `headerFooterHtm(stem)` (empty running header, centred footer) unless given. */
  headerHtm?: string;
}

/** The .mht of a `WordPlanReport`: its main page by `wordHtml`, assembled by `wordArchiveMht`. */
export function wordPlanReportMht(r: WordPlanReport): Buffer {
  return wordArchiveMht({
    boundary: r.boundary,
    root: `${r.folder}${r.stem}.htm`,
    files: `${r.folder}${r.stem}.files/`,
    html: wordHtml({
      stem: r.stem,
      title: r.title,
      properties: r.properties,
      ...(r.layout ?? HEADER_FOOTER_LAYOUT),
      body: r.body,
    }),
    headerHtm: r.headerHtm ?? headerFooterHtm(r.stem),
  });
}

/** A saved CMS article's paragraphs: a <strong> heading as a plain <p>, the others indented two characters. */
export const savedPageParas = (paras: readonly string[]): string =>
  paras
    .map((p) => (p.startsWith('<strong>') ? `<p>${p}</p>` : `<p style="text-indent:2em">${p}</p>`))
    .join('\n');

/** A saved CMS article's table rows: the header row's cells centred and bold, the others' opened by `td`. */
export const savedPageRows = (rows: readonly (readonly string[])[], td = '<td>'): string =>
  rows
    .map(
      (r, i) =>
        `<tr>${r.map((c) => (i === 0 ? `<td align="center"><b>${c}</b></td>` : `${td}${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');

/** A saved CMS page's XHTML head up to its stylesheet link: doctype, html, the GB2312 meta, title and link. */
export const savedPageHead = (title: string, css = 'style.css'): string =>
  `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${title}</title>
<link href="${css}" rel="stylesheet" type="text/css" />`;
