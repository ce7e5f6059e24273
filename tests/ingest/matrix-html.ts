// The ingest matrix's web pages: a composed report rendered the ways government sites serve one — the
// charset declared in a <meta>, only in the HTTP header, or not at all; CMS furniture around the
// article; the article as <p>s, <div>s, one block of <br> lines or Word-pasted MsoNormal markup; the
// table with <th> or <td> headers, merged header cells, caption/unit/note as rows of the table or as
// paragraphs, cells nesting <p><span>, &nbsp; for empty cells, Excel's x:num, and the table split in
// two with its header repeated.

import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import {
  headerRows,
  type Line,
  type Random,
  type Report,
  type ReportTable,
  titleLines,
} from './matrix-report.js';

export interface HtmlLayout {
  /** ncr: every character beyond ASCII written as a numeric reference (&#20840;), as some CMSs do. */
  /** traditional: a mirror site's page in traditional characters (UTF-8, so no character is lost). */
  charset: 'utf-8' | 'utf-8-bom' | 'gb2312' | 'gbk' | 'gbk-in-header' | 'undeclared' | 'ncr' | 'traditional';
  furniture: boolean;
  article: 'p' | 'div' | 'br' | 'word';
  heading: 'strong' | 'h3' | 'font' | 'plain';
  indent: '' | '&nbsp;&nbsp;&nbsp;&nbsp;' | '\u3000\u3000';
  /** in-article: the title as the article's first paragraph, or its first two when typed over two lines. */
  title: 'h1' | 'div.title' | 'in-article' | 'in-article-two-lines';
  headerCells: 'th' | 'td';
  caption: 'paragraph' | 'row' | 'caption';
  unit: 'paragraph' | 'row';
  note: 'paragraph' | 'row';
  nested: boolean;
  excel: boolean;
  /**
   * The table split in two: its header repeated, under a 续表 line, with 续表 as a row across the second
   * part, or with the rows simply going on in a second table (a page break the editor kept).
   */
  split: 'none' | 'repeated' | 'continued' | 'continued-row' | 'unrepeated';
  /** The page laid out in tables (old Hanweb/TRS templates), the article in one of their cells. */
  frame: 'divs' | 'tables';
  /** Empty paragraphs (<p>&nbsp;</p>) typed between paragraphs. */
  blankLines: boolean;
  /** Long header names broken with <br> (全市<br>排位). */
  headerBreaks: boolean;
  /** Long row names wrapped by hand into two paragraphs of the cell (城镇居民人均 / 可支配收入). */
  wrappedCells: boolean;
}

export function htmlLayout(r: Random): HtmlLayout {
  return {
    charset: r.pick([
      'utf-8',
      'utf-8-bom',
      'gb2312',
      'gbk',
      'gbk-in-header',
      'undeclared',
      'ncr',
      'traditional',
    ] as const),
    furniture: r.chance(0.7),
    article: r.pick(['p', 'div', 'br', 'word'] as const),
    heading: r.pick(['strong', 'h3', 'font', 'plain'] as const),
    indent: r.pick(['', '&nbsp;&nbsp;&nbsp;&nbsp;', '\u3000\u3000'] as const),
    title: r.pick(['h1', 'div.title', 'in-article', 'in-article-two-lines'] as const),
    headerCells: r.pick(['th', 'td'] as const),
    caption: r.pick(['paragraph', 'row', 'caption'] as const),
    unit: r.pick(['paragraph', 'row'] as const),
    note: r.pick(['paragraph', 'row'] as const),
    nested: r.chance(0.5),
    excel: r.chance(0.3),
    split: r.pick(['none', 'none', 'repeated', 'continued', 'continued-row', 'unrepeated'] as const),
    frame: r.pick(['divs', 'divs', 'tables'] as const),
    blankLines: r.chance(0.3),
    headerBreaks: r.chance(0.3),
    wrappedCells: r.chance(0.3),
  };
}

export const describeLayout = (layout: object) =>
  Object.entries(layout)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Word's runs: a run per change of font, so figures get their own spans, long ones cut in two. Word
 * writes its HTML source in lines of about 76 characters, breaking them inside Chinese text and
 * between one run and the next.
 */
function wordRuns(text: string): string {
  return (text.match(/[0-9.%]+|[^0-9.%]+/g) ?? [])
    .map((part) => {
      if (!/^[0-9.%]+$/.test(part)) {
        const wrapped = part.replace(/([\u4e00-\u9fff]{12})(?=[\u4e00-\u9fff])/g, '$1\r\n');
        return `<span style='font-size:16.0pt;font-family:仿宋_GB2312'>${esc(wrapped)}</span>`;
      }
      const cut = part.length > 3 ? Math.ceil(part.length / 2) : part.length;
      const runs = [part.slice(0, cut), part.slice(cut)]
        .filter((p) => p !== '')
        .map(
          (p) => `<span lang=EN-US style='font-size:16.0pt;font-family:"Times New Roman"'>${esc(p)}</span>`,
        )
        .join('');
      // Typists set long figures apart with a space each side, which Word keeps as a non-breaking one.
      const space = part.length >= 5 ? "<span style='mso-spacerun:yes'>&nbsp;</span>" : '';
      return `${space}${runs}${space}`;
    })
    .map((run, k) => (k % 2 === 1 ? `\r\n${run}` : run))
    .join('');
}

function proseLine(line: Line, layout: HtmlLayout): string {
  const word = layout.article === 'word';
  const text = word ? wordRuns(line.text) : esc(line.text);
  const indent = layout.indent;
  if (line.kind === 'heading') {
    const inner =
      layout.heading === 'strong'
        ? `<strong>${text}</strong>`
        : layout.heading === 'font'
          ? `<font face="黑体">${text}</font>`
          : text;
    if (layout.heading === 'h3' && layout.article !== 'br') return `<h3>${text}</h3>`;
    if (layout.article === 'br') return `${indent}${inner}<br>`;
    if (word) return `<p class=MsoNormal style='text-indent:32.0pt'><b>${inner}</b><o:p></o:p></p>`;
    return `<${layout.article}>${indent}${inner}</${layout.article}>`;
  }
  if (layout.article === 'br') return `${indent}${text}<br>`;
  if (word)
    return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>${text}<span lang=EN-US><o:p></o:p></span></p>`;
  return `<${layout.article} style="text-indent:2em">${indent}${text}</${layout.article}>`;
}

/** A table cell's markup, empty cells as &nbsp;, figures tagged with Excel's x:num when pasted from Excel. */
function cell(text: string, layout: HtmlLayout, tag: 'td' | 'th', attrs = '', breaks = false): string {
  const figure = /^-?[\d.]+$/.test(text);
  // Excel keeps the full value in x:num and shows it rounded.
  const excel = layout.excel && figure ? ` class=xl65 x:num="${text}03"` : layout.excel ? ' class=xl66' : '';
  let inner = text === '' ? '&nbsp;' : layout.article === 'word' ? wordRuns(text) : esc(text);
  if (layout.wrappedCells && !figure && text.length > 8)
    inner = `<p>${esc(text.slice(0, 6))}</p><p>${esc(text.slice(6))}</p>`;
  if (breaks && text.length >= 4) inner = `${esc(text.slice(0, 2))}<br>${esc(text.slice(2))}`;
  if (layout.nested) inner = `<p align=center><span>${inner}</span></p>`;
  return `<${tag}${attrs}${excel}>${inner}</${tag}>`;
}

function across(text: string, width: number, layout: HtmlLayout): string {
  return `<tr>${cell(text, { ...layout, excel: false }, 'td', ` colspan=${width}`)}</tr>`;
}

function headerMarkup(table: ReportTable, layout: HtmlLayout): string[] {
  const tag = layout.headerCells;
  const top = table.top.map((h) =>
    cell(
      h.text,
      layout,
      tag,
      h.span > 1 ? ` colspan=${h.span}` : table.sub ? ' rowspan=2' : '',
      layout.headerBreaks,
    ),
  );
  return [
    `<tr>${top.join('')}</tr>`,
    ...(table.sub
      ? [`<tr>${table.sub.map((s) => cell(s, layout, tag, '', layout.headerBreaks)).join('')}</tr>`]
      : []),
  ];
}

function tableMarkup(table: ReportTable, layout: HtmlLayout): string[] {
  const width = headerRows(table)[0]?.length ?? 0;
  const open = '<table border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">';
  const before: string[] = [];
  const lead: string[] = [];
  if (layout.caption === 'paragraph')
    before.push(`<p align=center><strong>${esc(table.caption)}</strong></p>`);
  else if (layout.caption === 'row') lead.push(across(table.caption, width, layout));
  const captionElement = layout.caption === 'caption' ? `<caption>${esc(table.caption)}</caption>` : '';
  if (table.unitLine) {
    if (layout.unit === 'paragraph' && layout.caption !== 'row')
      before.push(`<p align=right>${esc(table.unitLine)}</p>`);
    else lead.push(across(table.unitLine, width, layout));
  }
  const body = (rows: string[][]) =>
    rows.map((row) => `<tr>${row.map((c) => cell(c, layout, 'td')).join('')}</tr>`);
  const noteRow = table.note && layout.note === 'row' ? [across(table.note, width, layout)] : [];
  const after = table.note && layout.note === 'paragraph' ? [`<p>${esc(table.note)}</p>`] : [];
  const header = headerMarkup(table, layout);
  // Word closes a table it saved with a row of empty cells giving the columns' widths.
  const close =
    layout.article === 'word'
      ? `<![if !supportMisalignedColumns]><tr height=0>${'<td width=80 style="border:none"></td>'.repeat(width)}</tr><![endif]></table>`
      : '</table>';
  const first = [...before, open, captionElement, ...lead, ...header];
  const last = [...noteRow, close, ...after];
  if (layout.split === 'none' || table.rows.length < 2) return [...first, ...body(table.rows), ...last];
  const cut = Math.ceil(table.rows.length / 2);
  return [
    ...first,
    ...body(table.rows.slice(0, cut)),
    close,
    ...(layout.split === 'continued' ? ['<p>续表1</p>'] : []),
    open,
    ...(layout.split === 'continued-row' ? [across('续表1', width, layout)] : []),
    ...(layout.split === 'unrepeated' ? [] : header),
    ...body(table.rows.slice(cut)),
    ...last,
  ];
}

function page(report: Report, layout: HtmlLayout): string {
  const [title, info, ...before] = report.before;
  if (!title || !info) throw new Error('a report opens with its title and info line');
  const charset =
    layout.charset === 'gb2312' || layout.charset === 'gbk' || layout.charset === 'utf-8'
      ? `<meta http-equiv="Content-Type" content="text/html; charset=${layout.charset}">`
      : '';
  const titleMarkup =
    layout.title === 'h1'
      ? `<h1>${esc(title.text)}</h1>`
      : layout.title === 'div.title'
        ? `<div class="title">${esc(title.text)}</div>`
        : '';
  const infoMarkup = layout.furniture
    ? `<div class="info">${esc(info.text)}　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　浏览次数：1024</div>`
    : `<div class="info">${esc(info.text)}</div>`;
  const blank =
    layout.article === 'word'
      ? '<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>'
      : '<p>&nbsp;</p>';
  const prose = (lines: Line[]) =>
    lines.flatMap((l) => [
      proseLine(l, layout),
      ...(layout.blankLines && layout.article !== 'br' ? [blank] : []),
    ]);
  const articleLines = [
    ...(layout.title === 'in-article' ? [`<p align=center><strong>${esc(title.text)}</strong></p>`] : []),
    ...(layout.title === 'in-article-two-lines'
      ? titleLines(title.text).map((l) => `<p align=center><strong>${esc(l)}</strong></p>`)
      : []),
    ...prose(before),
    ...tableMarkup(report.table, layout),
    ...prose(report.after),
  ];
  const article =
    layout.article === 'word'
      ? `<div class="TRS_Editor"><div class=WordSection1>\n${articleLines.join('\n')}\n</div></div>`
      : `<div id="zoom" class="article-content">\n${articleLines.join('\n')}\n</div>`;
  const office = esc(report.office);
  const top = layout.furniture
    ? `<div class="top"><a href="/">${office}</a> <a href="/">设为首页</a> <a href="/">加入收藏</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jhzj/">计划总结</a></div>`
    : '';
  const bottom = layout.furniture
    ? `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/a/1.html">关于印发年度重点工作任务的通知</a></li><li><a href="/a/2.html">全县经济运行情况简析</a></li></ul></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="footer">主办单位：${office}　版权所有　备案号：某ICP备00000001号　网站标识码：0000000000</div>`
    : '';
  const body =
    layout.frame === 'divs'
      ? `${top}\n<div class="main">\n${titleMarkup}\n${infoMarkup}\n${article}\n</div>\n${bottom}`
      : `<table width=1000 border=0 cellspacing=0 cellpadding=0 align=center><tr><td>${top}</td></tr>
<tr><td class="bt_content" valign=top>
${titleMarkup}
${infoMarkup}
${article}
</td></tr>
<tr><td>${bottom}</td></tr></table>`;
  return `<!DOCTYPE html>
<html>
<head>
${charset}
<title>${esc(title.text)}_${office}</title>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
${body}
</body>
</html>
`;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The page's bytes, and the media type its server declares. */
export function renderHtml(report: Report, layout: HtmlLayout): { bytes: Uint8Array; mediaType?: string } {
  const html = page(report, layout);
  if (layout.charset === 'utf-8' || layout.charset === 'undeclared')
    return { bytes: Buffer.from(html, 'utf8') };
  if (layout.charset === 'traditional') return { bytes: Buffer.from(toTraditional(html), 'utf8') };
  if (layout.charset === 'utf-8-bom') return { bytes: Buffer.from(`\ufeff${html}`, 'utf8') };
  if (layout.charset === 'ncr')
    return {
      bytes: Buffer.from(
        html.replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`),
        'ascii',
      ),
    };
  const bytes = iconv.encode(html, 'gbk');
  return layout.charset === 'gbk-in-header' ? { bytes, mediaType: 'text/html; charset=GBK' } : { bytes };
}
