// Rebuilds the binary fixtures under tests/fixtures/formats/ from our own invented text reports, so
// the ingest tests read the same report as HTML, Word and PDF. Run: npx tsx scripts/build-format-fixtures.ts
// soffice (LibreOffice) makes the .doc and the PDF, qpdf the encrypted PDF; each is skipped with a message
// when its tool is missing, and the committed outputs stay as they were.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

const fixtures = new URL('../tests/fixtures/', import.meta.url).pathname;
const out = join(fixtures, 'formats');
mkdirSync(out, { recursive: true });

interface HeaderCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

type ReportBlock =
  | { kind: 'heading' | 'paragraph'; text: string }
  | { kind: 'table'; header: HeaderCell[][]; rows: string[][] };

interface Report {
  title: string;
  infoLine: string;
  blocks: ReportBlock[];
}

/**
 * Reads one of our text fixtures into title, info line and blocks. The first line is the page's
 * breadcrumb (the web pages below bring their own); rows with tabs are the table.
 */
function readReport(file: string): Report {
  const lines = readFileSync(join(fixtures, file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l !== '' && !/^首页\s*>/.test(l));
  const [title = '', infoLine = '', ...body] = lines;
  const blocks: ReportBlock[] = [];
  for (const line of body) {
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const table = blocks.at(-1);
      if (table?.kind === 'table') table.rows.push(cells);
      else blocks.push({ kind: 'table', header: mergedHeader(cells), rows: [] });
      continue;
    }
    const heading = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(line);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line });
  }
  return { title, infoLine, blocks };
}

/**
 * Government tables merge header cells: the period's two columns (1-9月完成 | 增速排位) sit under one
 * 1-9月 cell spanning both, and the other headers span both header rows.
 */
function mergedHeader(cells: string[]): HeaderCell[][] {
  const period = /^(\d+-\d+月)(.+)$/.exec(cells.at(-2) ?? '');
  if (!period?.[1] || !period[2]) return [cells.map((text) => ({ text }))];
  return [
    [...cells.slice(0, -2).map((text) => ({ text, rowSpan: 2 })), { text: period[1], colSpan: 2 }],
    [{ text: period[2] }, { text: cells.at(-1) ?? '' }],
  ];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(block: Extract<ReportBlock, { kind: 'table' }>): string {
  const cell = (tag: string, c: HeaderCell) =>
    `<${tag}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan ? ` colspan="${c.colSpan}"` : ''}>${escapeHtml(c.text)}</${tag}>`;
  const header = block.header.map((row) => `<tr>${row.map((c) => cell('th', c)).join('')}</tr>`);
  const rows = block.rows.map((row) => `<tr>${row.map((text) => cell('td', { text })).join('')}</tr>`);
  return `<table border="1" cellspacing="0">\n<tbody>\n${[...header, ...rows].join('\n')}\n</tbody>\n</table>`;
}

/** A county government's article page: menus, breadcrumbs, share bar and 备案 footer around the report. */
function governmentPage(report: Report, charset: string, site: string): string {
  const body = report.blocks
    .map((b) =>
      b.kind === 'table'
        ? htmlTable(b)
        : `<p style="text-indent:2em">${b.kind === 'heading' ? `<strong>${escapeHtml(b.text)}</strong>` : escapeHtml(b.text)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(report.title)}-${site}</title>
<style>body{font-size:14px}.nav li{display:inline}</style>
<script>var _hmt = _hmt || []; function share(){ return "分享到微信"; }</script>
</head>
<body>
<div class="top"><span>欢迎访问${site}</span><a href="/">设为首页</a><a href="/">加入收藏</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zfxxgk/">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<form class="search" action="/search"><input name="q" value="请输入关键字"><button>搜索</button></form>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jhzj/">计划总结</a></div>
<div class="main">
<div class="left"><h3>政务公开</h3><ul><li><a href="/a">通知公告</a></li><li><a href="/b">政策解读</a></li><li><a href="/c">计划总结</a></li><li><a href="/d">统计信息</a></li></ul></div>
<div class="right">
<h1 class="article-title">${escapeHtml(report.title)}</h1>
<div class="info">${escapeHtml(report.infoLine)}　浏览次数：<span id="hits">1024</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div id="zoom" class="TRS_Editor">
${body}
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer">
<p>主办单位：${site}办公室　版权所有　联系电话：0000-1234567</p>
<p>备案号：某ICP备12345678号-1　网站标识码：9999000001　公网安备 00000000000001号</p>
</div>
</body>
</html>
`;
}

/** An older page: no meta charset, the report as one block of lines separated by <br>. */
function brPage(report: Report): string {
  const lines = [
    report.title,
    report.infoLine,
    ...report.blocks.map((b) => (b.kind === 'table' ? '' : b.text)),
  ];
  return `<html><head><title>${escapeHtml(report.title)}_北岭县人民政府网</title></head>
<body>
<table width="100%"><tr><td><a href="/">网站首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/lxwm/">联系我们</a></td></tr></table>
<table width="900"><tr><td class="content">
${lines
  .filter((l) => l !== '')
  .map((l) => `&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(l)}<br>`)
  .join('\n')}
</td></tr></table>
<div align="center">Copyright © 北岭县人民政府 版权所有 某ICP备00000000号</div>
</body></html>
`;
}

/** An ordinary news page of the same site: ingestible, but not a report. */
function newsPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>西山县召开秋季森林防火工作会议-西山县人民政府</title></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>
<div class="article">
<h1>西山县召开秋季森林防火工作会议</h1>
<div class="info">来源：西山县融媒体中心　发布时间：2022-10-12 17:30</div>
<div class="article-content">
<p>10月12日，西山县召开秋季森林防火工作会议，安排部署当前和今后一个时期森林防火工作。</p>
<p>会议要求，各乡镇要压实责任，加强巡山护林和火源管控，做好物资储备和应急值守，确保不发生重大森林火灾。</p>
<p>县应急管理局、县林业局等部门负责同志参加会议。</p>
</div>
</div>
<div class="footer">版权所有：西山县人民政府　备案号：某ICP备12345678号</div>
</body></html>
`;
}

async function wordFile(report: Report): Promise<Buffer> {
  const font = { eastAsia: 'Noto Serif CJK SC', ascii: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC' };
  // Half-points. The title is centred in large type and wraps onto a second line; the table's columns
  // are narrow, as in real reports, so long names wrap in their cells (规模以上工业增 / 加值): the PDF
  // reader must rejoin both.
  const run = (text: string, bold = false, size = 21) => new TextRun({ text, bold, font, size });
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [run(report.title, true, 36)],
    }),
    new Paragraph({ children: [run(report.infoLine)] }),
  ];
  for (const block of report.blocks) {
    if (block.kind !== 'table') {
      // The plan part on a page of its own, so the PDF has two pages, each with the running header
      // and page number a reader must drop.
      const pageBreakBefore = block.kind === 'heading' && block.text.startsWith('二、');
      children.push(
        new Paragraph({ pageBreakBefore, children: [run(block.text, block.kind === 'heading')] }),
      );
      continue;
    }
    const cell = (c: HeaderCell) =>
      new TableCell({
        children: [new Paragraph({ children: [run(c.text, false, 18)] })],
        ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
        ...(c.colSpan ? { columnSpan: c.colSpan } : {}),
      });
    children.push(
      new Table({
        width: { size: 6900, type: WidthType.DXA },
        columnWidths: [1500, 700, 1200, 1200, 1000, 1300],
        rows: [
          ...block.header.map((row) => new TableRow({ children: row.map(cell) })),
          ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell({ text })) })),
        ],
      }),
    );
  }
  const centred = (...parts: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: parts, font, size: 18 })],
    });
  const doc = new Document({
    title: report.title,
    creator: '西山县发展和改革局',
    sections: [
      {
        headers: { default: new Header({ children: [centred('西山县发展和改革局')] }) },
        footers: { default: new Footer({ children: [centred('— ', PageNumber.CURRENT, ' —')] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function has(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** soffice --convert-to into a scratch folder (it names the output itself), then copied into place. */
function convert(source: string, to: string, target: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'fixtures-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${scratch}/profile`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        scratch,
        source,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const made = join(scratch, source.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
    copyFileSync(made, target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A PDF written by hand: the objects in order (object 1 the catalogue), with its cross-reference table. */
function handWrittenPdf(objects: string[]): Buffer {
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const stream = (content: string) =>
  `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** A PDF with no text operators, as a scanner makes (a grey rectangle standing in for the image). */
function imageOnlyPdf(): Buffer {
  return handWrittenPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    stream('0.8 g 72 400 451 370 re f 0 g 72 380 451 10 re f'),
  ]);
}

/**
 * A PDF whose Chinese fonts are not embedded, as older office software and many county sites make
 * them: no font program and no ToUnicode map, only a predefined CMap naming the characters. The title
 * is in UniGB-UCS2-H (UTF-16 codes), the body in GBK-EUC-H (GBK bytes), both of the Adobe-GB1
 * collection, so only pdfjs's CMap files can turn them back into text.
 */
function nonEmbeddedCjkPdf(lines: string[]): Buffer {
  const cidFont = (name: string, encoding: string, descendant: number) =>
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /${encoding} /DescendantFonts [${descendant} 0 R] >>`;
  const descendant = (name: string) =>
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>`;
  const hex = (bytes: Buffer) => `<${bytes.toString('hex').toUpperCase()}>`;
  const ucs2 = (text: string) => hex(Buffer.from(text, 'utf16le').swap16());
  const [title = '', ...body] = lines;
  let y = 780;
  let content = `BT /F1 16 Tf 1 0 0 1 72 ${y} Tm ${ucs2(title)} Tj ET\n`;
  for (const line of body) {
    y -= 24;
    content += `BT /F2 11 Tf 1 0 0 1 72 ${y} Tm ${hex(iconv.encode(line, 'gbk'))} Tj ET\n`;
  }
  return handWrittenPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    stream(content),
    cidFont('STHeiti-Regular', 'UniGB-UCS2-H', 7),
    cidFont('SimSun', 'GBK-EUC-H', 9),
    descendant('STHeiti-Regular'),
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>',
    descendant('SimSun'),
  ]);
}

async function main(): Promise<void> {
  const report = readReport('xishan-2022-q3.txt');
  const write = (name: string, data: string | Buffer) => {
    writeFileSync(join(out, name), data);
    console.log(`wrote ${name} (${Buffer.byteLength(data)} bytes)`);
  };

  // GBK bytes under a gb2312 declaration, as many county sites serve them.
  write('xishan-2022-q3.gbk.html', iconv.encode(governmentPage(report, 'gb2312', '西山县人民政府'), 'gbk'));
  write('beiling-2022-h1.br.html', brPage(readReport('beiling-2022-h1.txt')));
  write('not-a-report.html', newsPage());
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  write('xishan-2022-q3.traditional.html', toTraditional(governmentPage(report, 'utf-8', '西山县人民政府')));

  const docx = await wordFile(report);
  write('xishan-2022-q3.docx', docx);
  write('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));
  write('image-only.pdf', imageOnlyPdf());
  write(
    'non-embedded-cjk.pdf',
    nonEmbeddedCjkPdf([
      '溪桥县2023年上半年经济运行情况',
      '上半年，全县地区生产总值完成45.6亿元，同比增长6.2%，',
      '高于全市平均水平0.4个百分点，居全市第三位。',
      '规模以上工业增加值同比增长8.1%。',
    ]),
  );

  if (!has('soffice')) {
    console.log('soffice (LibreOffice) is missing: the .doc and .pdf fixtures were not rebuilt');
    return;
  }
  const docxPath = join(out, 'xishan-2022-q3.docx');
  convert(docxPath, 'doc:MS Word 97', join(out, 'xishan-2022-q3.doc'));
  console.log('wrote xishan-2022-q3.doc');
  convert(docxPath, 'pdf:writer_pdf_Export', join(out, 'xishan-2022-q3.pdf'));
  console.log('wrote xishan-2022-q3.pdf');
  if (!has('qpdf')) {
    console.log('qpdf is missing: the encrypted PDF was not rebuilt');
    return;
  }
  execFileSync('qpdf', [
    '--encrypt',
    'open-sesame',
    'owner-secret',
    '256',
    '--',
    join(out, 'xishan-2022-q3.pdf'),
    join(out, 'encrypted.pdf'),
  ]);
  console.log('wrote encrypted.pdf');
}

await main();
