// Rebuilds the real-layout fixtures under tests/fixtures/formats/: one invented report (柘川县, 梧江市)
// as a clean .txt and in the layouts real government files have — a web page pasted from Word
// (MsoNormal paragraphs, spans splitting numbers, full-width spaces inside names, the caption and
// unit line in the table's first rows, a two-row merged header), a .docx (gridSpan/vMerge header,
// the table split over two pages with its header repeated, the note in its last row, cells of two
// paragraphs, header/footer and a text box) and a PDF Chromium printed (wrapped lines,
// page numbers, running header, the table over two pages with its header repeated, numbers aligned
// right). Run: npx tsx scripts/build-real-layout-fixtures.ts. The PDF needs Chromium and a TrueType CJK font
// (apt-get install chromium fonts-wqy-microhei: Noto CJK works but makes a PDF four times the size);
// without Chromium the committed PDF stays as it was.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  Textbox,
  TextRun,
  WidthType,
} from 'docx';

const out = new URL('../tests/fixtures/formats/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const NAME = 'zechuan-2023-h1';

const title = '柘川县2023年上半年国民经济和社会发展计划执行情况的报告';
const infoLine = '来源：柘川县发展和改革局　发布时间：2023-07-28 10:00';
const office = '柘川县发展和改革局';

/** The report's body before and after the table, paragraph by paragraph; headings start with 一、 or （一）. */
const before = [
  '一、上半年经济运行情况',
  '今年以来，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行持续恢复向好，主要指标好于预期。',
  '上半年，全县上下实现地区生产总值86.47亿元，同比增长5.9%，增速居梧江市第三位。规模以上工业增加值增长7.4%；固定资产投资完成38.26亿元，同比增长10.8%，占年计划的52.3%。社会消费品零售总额27.35亿元，增长6.1%。一般公共预算收入4.82亿元，增长8.6%。城镇居民人均可支配收入21846元，增长5.2%；农村居民人均可支配收入11237元，增长7.0%。',
];
const caption = '表1　柘川县2023年上半年主要经济指标完成情况';
const unitLine = '单位：亿元、%';
/** 指标名称 | 单位 | 全年目标 (市下达 | 县定) | 上半年完成 (绝对值 | 增速) | 全市排位 */
const header = {
  top: ['指标名称', '单位', '全年目标', '上半年完成', '全市排位'],
  sub: ['市下达', '县定', '绝对值', '增速'],
};
const rows = [
  ['地区生产总值', '亿元', '6%', '6.5%左右', '86.47', '5.9', '3'],
  ['规模以上工业增加值', '%', '7%', '8%', '—', '7.4', '2'],
  ['固定资产投资', '亿元', '10%', '12%', '38.26', '10.8', '5'],
  ['社会消费品零售总额', '亿元', '6%', '6.5%', '27.35', '6.1', '4'],
  ['一般公共预算收入', '亿元', '5%', '6%', '4.82', '8.6', '1'],
  ['城镇居民人均可支配收入', '元', '5.5%', '6%', '21846', '5.2', '6'],
  ['农村居民人均可支配收入', '元', '6.5%', '7%', '11237', '7.0', '2'],
  ['进出口总额', '亿元', '8%', '10%', '5.63', '12.4', '3'],
];
const footnote = '注：增速按可比价格计算，全市排位为在梧江市九个县（市、区）中的位次。';
const after = [
  '（一）工业经济稳中有进',
  '工业运行平稳。上半年，全县规模以上工业企业达到128家，新增规上企业9家，规模以上工业增加值增速在梧江市九个县（市、区）中排名第二。投资8亿元的柘川电子元件产业园一期建成投产。',
  '二、下半年工作安排',
  '（一）全力以赴稳增长',
  '确保全年地区生产总值增长6.5%左右，固定资产投资增长12%以上。加快推进柘川电子元件产业园二期、县中医院迁建等项目建设。',
];
/** Where the Word and PDF layouts break the table onto a second page. */
const SPLIT = 5;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The clean text: a row per line, cells by tabs, the two header rows as the text reader expects them. */
function textReport(): string {
  const [name, unit, target, actual, rank] = header.top;
  const lines = [
    title,
    infoLine,
    ...before.map((p) => `　　${p}`),
    caption,
    unitLine,
    [name, unit, target, '', actual, '', rank].join('\t'),
    ['', '', ...header.sub, ''].join('\t'),
    ...rows.map((r) => r.join('\t')),
    footnote,
    ...after.map((p) => `　　${p}`),
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// A web page the report was pasted into from Word.

/** Word's run splitting: a run per change of font, so digits and Latin get their own spans, and
 * Word's spell/grammar marks cut numbers in two (86.|47). */
function msoRuns(text: string, spaced = false): string {
  const parts = text.match(/[0-9.%]+|[^0-9.%]+/g) ?? [];
  // Typists set long numbers apart with a space each side, which Word keeps as a non-breaking one.
  const space = `<span lang=EN-US style='font-size:16.0pt'><span style='mso-spacerun:yes'>&nbsp;</span></span>`;
  return parts
    .map((part) => {
      if (/^[0-9.%]+$/.test(part)) {
        const cut = part.length > 3 ? Math.ceil(part.length / 2) : part.length;
        const pieces = [part.slice(0, cut), part.slice(cut)].filter((p) => p !== '');
        const runs = pieces
          .map(
            (p) =>
              `<span lang=EN-US style='font-size:16.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:仿宋_GB2312'>${esc(p)}</span>`,
          )
          .join('');
        return spaced && part.length >= 5 ? `${space}${runs}${space}` : runs;
      }
      return `<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>${esc(part)}</span>`;
    })
    .join('');
}

/** Short names spread over the cell's width with full-width spaces, as Word's distributed alignment is faked. */
const spread = (s: string) => (s.length <= 6 ? [...s].join('　') : s);

function msoParagraph(text: string): string {
  const heading = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(text);
  const runs = heading
    ? `<b><span style='font-size:16.0pt;font-family:黑体'>${esc(text)}<o:p></o:p></span></b>`
    : `${msoRuns(text, true)}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span>`;
  return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>${runs}</p>`;
}

function msoCell(
  text: string,
  attrs = '',
  align = 'center',
  inner = text === '' ? '&nbsp;' : msoRuns(text),
): string {
  return `<td ${attrs} valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=${align} style='text-align:${align}'>${inner}<span lang=EN-US><o:p></o:p></span></p></td>`;
}

function msoPage(): string {
  const [name = '', unit = '', target = '', actual = '', rank = ''] = header.top;
  const table = [
    `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=604 style='width:453.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>`,
    // The caption and the unit line typed into the table's first rows, each one cell across it.
    `<tr style='height:24.0pt'>${msoCell(caption, 'width=604 colspan=7', 'center', `<b><span style='font-size:14.0pt;font-family:黑体'>${esc(caption).replace('　', '&nbsp;&nbsp;')}</span></b>`)}</tr>`,
    `<tr style='height:16.0pt'>${msoCell(unitLine, 'width=604 colspan=7', 'right')}</tr>`,
    `<tr style='height:20.0pt'>${msoCell(spread(name), 'width=150 rowspan=2')}${msoCell(spread(unit), 'width=50 rowspan=2')}${msoCell(target, 'width=130 colspan=2')}${msoCell(actual, 'width=150 colspan=2')}${msoCell(rank, 'width=60 rowspan=2', 'center', `${msoRuns(rank.slice(0, 2))}<br>${msoRuns(rank.slice(2))}`)}</tr>`,
    `<tr style='height:20.0pt'>${header.sub.map((s) => msoCell(s)).join('')}</tr>`,
    ...rows.map(
      ([n = '', ...cells]) =>
        `<tr style='height:18.0pt'>${msoCell(spread(n), '', 'left')}${cells.map((c, k) => msoCell(c, '', k === 0 ? 'center' : 'right')).join('')}</tr>`,
    ),
    '</table>',
  ].join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(title)}_柘川县人民政府</title>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">柘川县人民政府</a> <a href="/">设为首页</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xxgk/">信息公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a></div>
<div class="article">
<h2 class="title">${esc(title)}</h2>
<div class="info">${esc(infoLine)}　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="TRS_Editor"><style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线}</style>
<div class=WordSection1 style='layout-grid:15.6pt'>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体'><o:p>&nbsp;</o:p></span></p>
${before.map(msoParagraph).join('\n')}
${table}
<p class=MsoNormal style='line-height:20.0pt'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>${esc(footnote)}</span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${after.map(msoParagraph).join('\n')}
</div></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办单位：柘川县人民政府办公室　版权所有　备案号：某ICP备00000001号</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// A Word file.

async function wordFile(): Promise<Buffer> {
  const font = { eastAsia: 'Noto Serif CJK SC', ascii: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC' };
  const run = (text: string, bold = false, size = 21) => new TextRun({ text, bold, font, size });
  const para = (text: string, bold = false) => new Paragraph({ children: [run(text, bold)] });
  /** A cell whose text is two paragraphs where it wrapped by hand (城镇居民人均 / 可支配收入). */
  const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}) => {
    const lines = text.length > 8 ? [text.slice(0, 6), text.slice(6)] : [text];
    return new TableCell({
      children: lines.map((l) => new Paragraph({ children: [run(l, false, 18)] })),
      ...options,
    });
  };
  const [name = '', unit = '', target = '', actual = '', rank = ''] = header.top;
  const headerRows = () => [
    new TableRow({
      tableHeader: true,
      children: [
        cell(name, { rowSpan: 2 }),
        cell(unit, { rowSpan: 2 }),
        cell(target, { columnSpan: 2 }),
        cell(actual, { columnSpan: 2 }),
        new TableCell({
          rowSpan: 2,
          children: [
            new Paragraph({ children: [run(rank.slice(0, 2), false, 18)] }),
            new Paragraph({ children: [run(rank.slice(2), false, 18)] }),
          ],
        }),
      ],
    }),
    new TableRow({ tableHeader: true, children: header.sub.map((s) => cell(s)) }),
  ];
  const table = (part: string[][], note?: string) =>
    new Table({
      width: { size: 8600, type: WidthType.DXA },
      columnWidths: [2000, 800, 1100, 1100, 1200, 1200, 1200],
      rows: [
        ...headerRows(),
        ...part.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
        // The note typed into the table's last row, one cell across it.
        ...(note
          ? [
              new TableRow({
                children: [
                  new TableCell({
                    columnSpan: 7,
                    children: [new Paragraph({ children: [run(note, false, 18)] })],
                  }),
                ],
              }),
            ]
          : []),
      ],
    });
  const doc = new Document({
    title,
    creator: office,
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ children: [run(office, false, 18)] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: 18 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [run(title, true, 36)],
          }),
          para(infoLine),
          ...before.map((p) => para(p, /^一、/.test(p))),
          para(caption),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(unitLine)] }),
          table(rows.slice(0, SPLIT)),
          // The rest of the table on the next page, its header typed again above it, as offices do
          // when a page break or a pasted table splits it.
          new Paragraph({ pageBreakBefore: true, children: [run('续表1')] }),
          table(rows.slice(SPLIT), footnote),
          ...after.map((p) => para(p, /^(?:[一二三四五六七八九十]+、|（)/.test(p))),
          // The signature in a text box, as the office's stamp sits over it.
          new Textbox({
            alignment: AlignmentType.RIGHT,
            style: { width: '200pt', height: '50pt' },
            children: [
              new Paragraph({ children: [run(office)] }),
              new Paragraph({ children: [run('2023年7月20日')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// A PDF printed from the page by Chromium.

function printPage(): string {
  const [name = '', unit = '', target = '', actual = '', rank = ''] = header.top;
  const body = (list: string[]) =>
    list
      .map((p) =>
        /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(p)
          ? `<p class="h">${esc(p)}</p>`
          : `<p>${esc(p)}</p>`,
      )
      .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page {
  size: A5; margin: 22mm 16mm 20mm 16mm;
  @top-center { content: "${office}"; font-size: 8pt; }
  @bottom-left { content: "第" counter(page) "页 共" counter(pages) "页"; font-size: 8pt; }
  @bottom-right { content: "— " counter(page) " —"; font-size: 8pt; }
}
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 11pt; line-height: 1.6; margin: 0; }
h1 { font-size: 16pt; font-weight: normal; text-align: center; margin: 0 0 8pt; }
p { margin: 0; text-indent: 2em; text-align: justify; word-break: break-all; orphans: 1; widows: 1; }
p.h { font-weight: normal; }
p.cap { text-indent: 0; text-align: center; margin-top: 6pt; }
p.unit { text-indent: 0; text-align: right; }
p.note { text-indent: 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 4pt; }
td, th { border: 0.5pt solid #000; padding: 2pt 3pt; font-weight: normal; }
th { text-align: center; }
td.n { text-align: right; }
tbody td:first-child { width: 6.5em; } /* long names wrap in their cell */
tr { break-inside: avoid; }
.spacer { height: 38mm; } /* the table starts low on page 1, the last paragraph low on page 2 */
</style></head><body>
<h1>${esc(title)}</h1>
<p class="cap">${esc(infoLine)}</p>
${body(before)}
<div class="spacer"></div>
<p class="cap">${esc(caption)}</p>
<p class="unit">${esc(unitLine)}</p>
<table>
<thead>
<tr><th rowspan="2">${esc(name)}</th><th rowspan="2">${esc(unit)}</th><th colspan="2">${esc(target)}</th><th colspan="2">${esc(actual)}</th><th rowspan="2">${esc(rank)}</th></tr>
<tr>${header.sub.map((s) => `<th>${esc(s)}</th>`).join('')}</tr>
</thead>
<tbody>
${rows.map(([n = '', u = '', ...v]) => `<tr><td>${esc(n)}</td><td>${esc(u)}</td>${v.map((c) => `<td class="n">${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
<p class="note">${esc(footnote)}</p>
${body(after.slice(0, -1))}
<div class="spacer" style="height: 58mm"></div>
${body(after.slice(-1))}
</body></html>`;
}

async function printPdf(html: string): Promise<Buffer | null> {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // A running header and both ways offices number pages (— 3 —, 第3页 共8页), from the @page
    // margin boxes: Chromium's header templates would embed the font a second time.
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: false,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const write = (file: string, data: string | Buffer) => {
    writeFileSync(join(out, file), data);
    console.log(`wrote ${file} (${Buffer.byteLength(data)} bytes)`);
  };
  write(`${NAME}.txt`, textReport());
  write(`${NAME}.word.html`, msoPage());
  write(`${NAME}.docx`, await wordFile());
  const pdf = await printPdf(printPage());
  if (pdf) write(`${NAME}.pdf`, pdf);
  else console.log('chromium is missing: the PDF was not rebuilt');
}

await main();
