// Web pages: charset, the article among the page furniture, tables with merged cells, hints.

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { SourceDocument, TableBlock } from '../../src/ingest/types.js';
import { parseDocument } from '../../src/parse/index.js';
import { fixture, tableTexts } from './helpers.js';

async function read(name: string, mediaType?: string): Promise<SourceDocument> {
  const { document, problems } = await ingest(fixture(`formats/${name}`), { name, mediaType });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (!document) throw new Error(`no document for ${name}`);
  return document;
}

const page = (body: string, head = '') =>
  `<html><head>${head}<title>测试页</title></head><body><div class="nav"><a href="/">首页</a></div><div id="zoom">${body}</div></body></html>`;

describe('a GBK government page', async () => {
  const document = await read('xishan-2022-q3.gbk.html');

  it('is decoded from the charset its meta declares', () => {
    expect(document.format).toBe('html');
    expect(document.mediaType).toBe('text/html');
    expect(document.hints.charset).toBe('gb2312');
    expect(document.text).toContain('全县实现地区生产总值１２３.４５亿元');
  });

  it('keeps the article and leaves menus, breadcrumbs, share bar, scripts and footer out', () => {
    for (const junk of [
      '政务公开',
      '当前位置',
      '通知公告',
      '分享到',
      '微博',
      '打印本页',
      '关闭窗口',
      '版权所有',
      '备案号',
      'ICP',
      '网站标识码',
      '请输入关键字',
      '_hmt',
      'font-size',
      '欢迎访问',
    ])
      expect(document.text).not.toContain(junk);
  });

  it('leads with the article title and the info line, and gives both as hints', () => {
    const [title, info] = document.text.split('\n');
    expect(title).toBe('西山县2022年前三季度国民经济和社会发展计划执行情况的报告');
    expect(document.blocks[0]?.kind).toBe('title');
    expect(document.hints.title).toBe(title);
    expect(info).toMatch(/^来源：西山县发展和改革局　发布时间：2022-11-02 09:15/);
    expect(document.hints.infoLine).toBe(info);
  });

  it('reads the table with its merged header cells expanded', () => {
    const table = document.blocks.find((b): b is TableBlock => b.kind === 'table');
    if (!table) throw new Error('no table');
    const [top, sub, gdp] = table.rows;
    expect(top?.map((c) => c.text)).toEqual(['指标', '单位', '全年目标', '东湖市下达目标', '1-9月', '1-9月']);
    expect(sub?.map((c) => c.text)).toEqual([
      '指标',
      '单位',
      '全年目标',
      '东湖市下达目标',
      '完成',
      '增速排位',
    ]);
    // One source cell, one span: 1-9月 spans two columns, 指标 two rows.
    expect(top?.[5]).toEqual(top?.[4]);
    expect(sub?.[0]).toEqual(top?.[0]);
    expect(gdp?.map((c) => c.text)).toEqual(['地区生产总值', '亿元', '7%左右', '6.5%', '4.8%', '第4']);
    expect(table.rows).toHaveLength(7);
    // In the text a merged cell is written once, in its top-left slot.
    const lines = document.text.slice(table.start, table.end).split('\n');
    expect(lines[0]).toBe('指标\t单位\t全年目标\t东湖市下达目标\t1-9月\t');
    expect(lines[1]).toBe('\t\t\t\t完成\t增速排位');
  });

  it('reads the same table as the Word file', async () => {
    expect(tableTexts(document)).toEqual(tableTexts(await read('xishan-2022-q3.docx')));
  });
});

describe('an old page of <br> lines without a charset', async () => {
  const document = await read('beiling-2022-h1.br.html');

  it('is decoded as UTF-8 and gives each <br> line a block of its own', () => {
    expect(document.hints.charset).toBe('utf-8');
    const lines = document.blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(lines[0]).toBe('北岭县2022年上半年国民经济和社会发展计划执行情况的报告');
    expect(lines).toContain('(一)农业生产保持稳定。');
    expect(lines).toHaveLength(12);
    expect(document.text.split('\n')).toEqual(lines);
  });

  it('leaves the menu table and the copyright line out, and finds title and info line', () => {
    expect(document.text).not.toMatch(/网站首页|信息公开|联系我们|Copyright|ICP/);
    expect(document.hints.title).toBe('北岭县2022年上半年国民经济和社会发展计划执行情况的报告');
    expect(document.hints.infoLine).toBe('来源:北岭县发展和改革局 发布时间:2022-07-30 16:20:05');
  });
});

describe('charsets', () => {
  const report = '<p>全县实现地区生产总值86.4亿元，同比增长5.2%，增速在南阳市排名第四。</p>';

  it('falls back to GB18030 for an undeclared page that is not UTF-8', async () => {
    const { document, problems } = await ingest(iconv.encode(page(report), 'gbk'), { name: 'a.html' });
    expect(document?.hints.charset).toBe('gb18030');
    expect(document?.text).toContain('同比增长5.2%');
    expect(problems.map((p) => p.code)).toEqual(['decoded-gbk']);
  });

  it('takes the charset the transport declares over the page', async () => {
    const bytes = iconv.encode(page(report, '<meta charset="utf-8">'), 'gbk');
    const { document } = await ingest(bytes, { name: 'a', mediaType: 'text/html; charset=GBK' });
    expect(document?.hints.charset).toBe('gbk');
    expect(document?.text).toContain('增速在南阳市排名第四');
  });

  it('reads a Big5 page', async () => {
    const traditional = '<p>全縣實現地區生產總值86.4億元，同比增長5.2%，增速在南陽市排名第四。</p>';
    const bytes = iconv.encode(
      page(traditional, '<meta http-equiv="Content-Type" content="text/html; charset=big5">'),
      'big5',
    );
    const { document } = await ingest(bytes, { name: 'a.htm' });
    expect(document?.hints.charset).toBe('big5');
    expect(document?.originalText).toContain('全縣實現地區生產總值86.4億元');
    expect(document?.text).toContain('全县实现地区生产总值86.4亿元');
  });
});

describe('a page that is not a report', () => {
  it('is read (the parser, not ingest, refuses it)', async () => {
    const document = await read('not-a-report.html');
    expect(document.hints.title).toBe('西山县召开秋季森林防火工作会议');
    expect(document.text).toContain('安排部署当前和今后一个时期森林防火工作');
    expect(document.text).not.toMatch(/新闻中心|版权所有/);
    const parsed = parseDocument(document, { sourceName: 'not-a-report.html', sha256: '0' });
    expect(parsed.report).toBeNull();
    expect(parsed.problems.map((p) => p.code)).toEqual(['not-a-report']);
  });

  it('a page without any text is refused', async () => {
    const { document, problems } = await ingest(
      new TextEncoder().encode('<html><body><a href="/">首页</a></body></html>'),
      {
        name: 'empty.html',
      },
    );
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['no-article']);
  });
});

describe('a page without the usual class names', () => {
  it('finds the article by its text, not by what its containers are called', async () => {
    const links = Array.from(
      { length: 12 },
      (_, k) => `<li><a href="/n${k}">县政府召开第${k + 1}次常务会议研究部署重点工作</a></li>`,
    ).join('');
    const html = `<html><head><meta charset="utf-8"><title>报告</title></head><body>
<div class="content"><ul>${links}</ul></div>
<div class="x1"><div class="x2">
<p>一、前三季度经济运行情况</p>
<p>前三季度，全县实现地区生产总值123.45亿元，同比增长4.8%，比上半年加快0.6个百分点。</p>
<p>规模以上工业增加值增长6.2%；固定资产投资完成45.6亿元，同比增长12.3%，占年计划的78.5%。</p>
</div><div class="share">分享到：<a href="#">微信</a></div></div>
</body></html>`;
    const { document } = await ingest(new TextEncoder().encode(html), { name: 'page.html' });
    expect(document?.text.split('\n')).toEqual([
      '一、前三季度经济运行情况',
      '前三季度，全县实现地区生产总值123.45亿元，同比增长4.8%，比上半年加快0.6个百分点。',
      '规模以上工业增加值增长6.2%；固定资产投资完成45.6亿元，同比增长12.3%，占年计划的78.5%。',
    ]);
  });
});

describe('title and info line in one element', () => {
  it('keeps them apart', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body>
<div class="detail"><h1>北岭县2022年上半年国民经济和社会发展计划执行情况的报告</h1>来源：北岭县发展和改革局 发布时间：2022-07-30</div>
<div id="zoom"><p>上半年，全县实现地区生产总值86.4亿元，同比增长5.2%，增速在南阳市十三个县（市、区）中排名第四。</p></div>
</body></html>`;
    const { document } = await ingest(new TextEncoder().encode(html), { name: 'page.html' });
    expect(document?.hints.infoLine).toBe('来源：北岭县发展和改革局 发布时间：2022-07-30');
    expect(document?.text.split('\n')).toEqual([
      '北岭县2022年上半年国民经济和社会发展计划执行情况的报告',
      '来源：北岭县发展和改革局 发布时间：2022-07-30',
      '上半年，全县实现地区生产总值86.4亿元，同比增长5.2%，增速在南阳市十三个县（市、区）中排名第四。',
    ]);
  });
});

describe('layout tables', () => {
  it('are read as lines, not as tables', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div id="zoom">
<table><tr><td>北岭县2022年上半年国民经济和社会发展计划执行情况的报告</td></tr></table>
<p>上半年，全县实现地区生产总值86.4亿元，同比增长5.2%。</p>
<table><tr><td>指标</td><td>完成</td></tr><tr><td>地区生产总值</td><td>5.2%</td></tr></table>
</div></body></html>`;
    const { document } = await ingest(new TextEncoder().encode(html), { name: 'page.html' });
    expect(document?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
  });
});

describe('a page the report was pasted into from Word', async () => {
  const document = await read('zechuan-2023-h1.word.html');

  it('reads MsoNormal paragraphs whole: spans splitting a number rejoin, typed spaces around figures go', () => {
    expect(document.text).toContain('实现地区生产总值86.47亿元，同比增长5.9%');
    expect(document.text).toContain('同比增长10.8%，占年计划的52.3%。');
    expect(document.text).not.toMatch(/o:p|mso-|\[if/);
  });

  it('writes a cell without the spaces that spread a short name over its width or stood for a <br>', () => {
    const [table] = tableTexts(document);
    expect(table?.[0]).toEqual([
      '指标名称',
      '单位',
      '全年目标',
      '全年目标',
      '上半年完成',
      '上半年完成',
      '全市排位',
    ]);
    expect(table?.map((row) => row[0])).toContain('地区生产总值');
  });

  it('keeps the page tools out of the info line (字号：大 中 小)', () => {
    expect(document.hints.infoLine).toBe('来源：柘川县发展和改革局　发布时间：2023-07-28 10:00');
  });
});

describe('a page whose source lines break inside Chinese text (Word, CMS editors)', () => {
  it('joins the text as a browser shows it, where a break elsewhere stays a space', async () => {
    const html = page(
      `<p class=MsoNormal><span>上半年，全县规模以上工业增加值增速在枫\r\n岭市九个县（市、区）中排名第三，</span>\r\n<span>比一季度前移两\n  位。</span></p><p>Tongao\n2024 年<span lang=EN-US>7.2</span>%</p>`,
    );
    const { document } = await ingest(Buffer.from(html), { name: 'wrapped.html' });
    expect(document?.text).toContain('增速在枫岭市九个县（市、区）中排名第三，比一季度前移两位。');
    expect(document?.text).toContain('Tongao 2024年7.2%');
  });

  it.each([
    ['paragraphs', '<p>一、主要指标完成情况</p>\n<p>全县完成地区生产总值61.2亿元。</p>'],
    ['a <br>', '一、主要指标完成情况<br>\n全县完成地区生产总值61.2亿元。'],
    ['list items', '<ul><li>一、主要指标完成情况</li>\n<li>全县完成地区生产总值61.2亿元。</li></ul>'],
    ['a <pre>', '<pre>一、主要指标完成情况\n全县完成地区生产总值61.2亿元。</pre>'],
    [
      'a white-space: pre-wrap block',
      '<div style="white-space: pre-wrap">一、主要指标完成情况\r\n全县完成地区生产总值61.2亿元。</div>',
    ],
  ])('keeps a heading over its text on a line of its own in %s', async (_, body) => {
    const html = page(`<p>${'全县经济运行稳中向好。'.repeat(8)}</p>${body}`);
    const { document } = await ingest(Buffer.from(html), { name: 'heading.html' });
    const lines = document?.text.split('\n') ?? [];
    expect(lines).toContain('一、主要指标完成情况');
    expect(lines).toContain('全县完成地区生产总值61.2亿元。');
  });

  it('keeps a font-size bar that shares its line with the page’s date, for the meta stage', async () => {
    const html = page(
      `<p>字体：大 中 小 发布日期：2019-02-22</p><p>${'全县经济运行稳中向好。'.repeat(8)}</p>`,
    );
    const { document } = await ingest(Buffer.from(html), { name: 'font-bar.html' });
    expect(document?.text.split('\n')).toContain('字体：大 中 小 发布日期：2019-02-22');
  });

  it('joins a title the source wrapped', async () => {
    const html = `<html><body><h1>桐岙县2024年上半年国民经济和社会发展\r\n计划执行情况的报告</h1><div id="zoom"><p>${'全县经济运行稳中向好。'.repeat(8)}</p></div></body></html>`;
    const { document } = await ingest(Buffer.from(html), { name: 'title.html' });
    expect(document?.hints.title).toBe('桐岙县2024年上半年国民经济和社会发展计划执行情况的报告');
  });
});

describe('a table titled by its <caption>', () => {
  it('keeps the caption as the line over the table', async () => {
    const html = page(
      `<p>${'全县经济运行稳中向好。'.repeat(8)}</p><table border=1><caption>表1　桐岙县主要经济指标<br>（单位：亿元）</caption><tr><th>指标</th><th>上半年</th></tr><tr><td>地区生产总值</td><td>61.2</td></tr></table>`,
    );
    const { document } = await ingest(Buffer.from(html), { name: 'caption.html' });
    const lines = document?.text.split('\n') ?? [];
    const header = lines.indexOf('指标\t上半年');
    expect(lines.slice(header - 2, header)).toEqual(['表1　桐岙县主要经济指标', '（单位：亿元）']);
  });
});
