// A page's date outside any label (an e-paper's date-and-page line, a masthead, a template's bare date),
// a news page's subheads that repeat a paragraph's figure, and readers' replies under a forum copy.
// Places, names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { pageDateOf } from '../../src/parse/page-date.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'page.txt' }).report;
const TITLE = '岭溪县2018年国民经济和社会发展计划执行情况的报告';
const BODY = '2018年，全县实现地区生产总值86.4亿元，同比增长6.9%。';

describe('the date a page shows outside a label', () => {
  it.each([
    ['2019年02月22日 星期五　第03版：县域经济', '2019-02-22T00:00:00+08:00'],
    ['2019年2月22日 星期五', '2019-02-22T00:00:00+08:00'],
    ['第03版：县域经济 2019年02月22日', '2019-02-22T00:00:00+08:00'],
    ['岚州日报 2019年02月22日', '2019-02-22T00:00:00+08:00'],
    ['[ 2019-02-22 ]', '2019-02-22T00:00:00+08:00'],
    ['2019-02-22 10:31', '2019-02-22T10:31:00+08:00'],
    ['【字体：大 中 小】 2019-02-22', '2019-02-22T00:00:00+08:00'],
    ['2019-02-22 【字体：大 中 小】【打印】', '2019-02-22T00:00:00+08:00'],
    ['2019年02月22日 17:12 岚州新闻网', '2019-02-22T17:12:00+08:00'],
    ['柯某某 2019-02-22 12:48:20', '2019-02-22T12:48:00+08:00'],
  ])('reads %s', (line, expected) => {
    expect(pageDateOf(line)).toBe(expected);
    const report = parse(TITLE, line, BODY);
    expect(report?.meta.publishedAt).toBe(expected);
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['86.4亿元', '增长6.9%']);
  });

  it.each([
    // a document's own date on a line alone (under a signature, after a speech's title)
    '2019年2月22日',
    '2019年13月22日 星期五',
    '全县实现地区生产总值86.4亿元 2019-02-22',
  ])('takes %s for no page date', (line) => {
    expect(pageDateOf(line)).toBeNull();
  });

  it.each([
    ['日期：2019年2月22日', '2019-02-22T00:00:00+08:00'],
    ['日期：2019-02-22 【字体：大 中 小】', '2019-02-22T00:00:00+08:00'],
    ['时间：2019年02月22日 10:31 来源：岭溪发布', '2019-02-22T10:31:00+08:00'],
  ])('reads the labelled %s as a source line', (line, expected) => {
    expect(parse(TITLE, line, BODY)?.meta.publishedAt).toBe(expected);
  });

  it('prefers a labelled time to the page date', () => {
    const report = parse('2019年02月22日 星期五 第03版', TITLE, '发布时间：2019-02-23 08:15', BODY);
    expect(report?.meta.publishedAt).toBe('2019-02-23T08:15:00+08:00');
  });

  it('looks no further than the text’s first sentence', () => {
    const report = parse(TITLE, BODY, '2019-02-22');
    expect(report?.meta.publishedAt).toBeNull();
  });
});

describe('news subheads', () => {
  const news = () =>
    parse(
      '岚川市经济工作会议召开 今年力争增长8%',
      '本报讯 1月6日，岚川市召开经济工作会议，回顾2024年工作。',
      '2025预期目标',
      '●力争全市地区生产总值增长8%以上',
      '回顾',
      '经济总量预计318亿元',
      '报告指出，预计全市地区生产总值完成318.2亿元，增长7.1%。',
      '游客接待突破600万人次',
      '全年接待游客预计612万人次，增长13.5%。',
    );

  it('reads a short line with a figure over its paragraph as a heading, no fact', () => {
    const report = news();
    const raws = report?.facts.map((f) => f.quantity.raw) ?? [];
    expect(raws).not.toContain('318亿元');
    expect(raws).not.toContain('600万人次');
    expect(raws).toEqual(expect.arrayContaining(['318.2亿元', '增长7.1%', '612万人次', '增长13.5%']));
    const headings = report?.sentences.filter((s) => s.kind === 'heading').map((s) => s.text);
    expect(headings).toEqual(expect.arrayContaining(['经济总量预计318亿元', '游客接待突破600万人次']));
  });

  it('keeps a year heading of goals for the goal reader, and its year is no figure', () => {
    const report = news();
    expect(report?.facts.map((f) => f.quantity.raw)).not.toContain('2025');
    expect(report?.targets.map((t) => [t.horizon, t.value])).toContainEqual(['next-year', 8]);
  });

  it('keeps a run of data cards (a level, then its growth) as figures', () => {
    const report = parse(
      TITLE,
      '社会消费品零售总额21.6亿元',
      '同比增长5.2%',
      '【数据解读】随着促消费活动开展，接触型消费加快恢复。',
    );
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['21.6亿元', '增长5.2%']);
  });

  it('keeps the short items of an announced list as figures', () => {
    const report = parse(
      TITLE,
      '上半年，全县主要经济指标运行情况如下：',
      '规上工业增加值同比增长7.7%',
      '——固定资产投资实现17.19亿元，同比增长12%。',
    );
    expect(report?.facts.map((f) => f.quantity.raw)).toContain('增长7.7%');
  });

  it('keeps a line of figures that a hard wrap left open', () => {
    const report = parse(
      TITLE,
      '2018年，全县经济运行总体平稳，主要指标好于预期，全县实现地区生产总值',
      '86.4亿元',
      '同比增长6.9%，增速居全市第二位。',
    );
    expect(report?.facts.map((f) => f.quantity.raw)).toContain('86.4亿元');
  });
});

describe('a forum copy', () => {
  it('drops readers’ replies and keeps the poster’s own floors', () => {
    const text = [
      '岚川小编',
      '发表于 2025-1-4 09:26:41 | 显示全部楼层 |阅读模式',
      '本报讯 1月3日，岚川市召开经济工作会议，回顾2024年工作。预计全市地区生产总值完成318.2亿元，增长7.1%。',
      '岚川老街坊',
      '发表于 2025-1-4 10:12:08 | 显示全部楼层',
      '318亿元，加油！',
      '岚川小编',
      '发表于 2025-1-4 10:40:53 | 显示全部楼层',
      '补充：全年接待游客612万人次。',
    ].join('\n');
    // A forum title names no region a meta reader trusts: the user gives it, as --region does.
    const report = parseReportText(text, { sourceName: 'forum.txt', region: '岚川市' }).report;
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['318.2亿元', '增长7.1%', '612万人次']);
  });
});
