// Forms first met in held-out-406 (session 46, fixer fix406): a county portal's news page on the congress opening
// and a county 财政局's 2005 budget report with its 2006 draft. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix406-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const observed = (report: Report, name: string) =>
  (report?.observations ?? [])
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);

const NEWS = [
  '桦岭新闻网　|　首页　|　要闻',
  '当前位置：首页 > 要闻 > 正文',
  '县十六届人大二次会议隆重开幕',
  '发布时间：2009-02-20 09:30　　来源：桦岭新闻网　　作者：记者 李平',
  '　　本网讯　2月19日上午，桦岭县第十六届人民代表大会第二次会议在县会议中心隆重开幕。',
  '　　大会应到代表198名，实到187名，符合法定人数。县委书记主持开幕式。',
  '　　县长代表县人民政府向大会作《政府工作报告》。报告从2008年工作回顾和2009年工作安排两个部分，总结了过去一年的工作。',
  '　　报告指出，2008年是全县发展极不平凡的一年。全年实现生产总值36.4亿元，比上年增长11.2%。',
  '　　报告回顾了“十一五”前三年的成就。三年间，全县生产总值年均增长10.2%。',
  '　　报告提出了今后五年的发展目标：到2013年，全县生产总值达到60亿元以上。',
  '　　报告提出，2009年全县经济社会发展的主要预期目标是：生产总值增长10%左右。',
  '　　大会还将审查《关于桦岭县2008年财政预算执行情况和2009年财政预算草案的报告》。2009年，全县财政总收入预算安排2.41亿元，增长9.6%；一般预算收入安排1.37亿元，增长8.8%。',
];

describe('a congress-opening news page dated by its budget report (F8251)', () => {
  const report = parse(...NEWS).report;

  it('reads the year the budget executed, not the draft year whose 预算安排 a sentence opens with', () => {
    expect(report?.meta.period).toBe('2008-FY');
  });
});

describe("the draft year's 预算安排 retold in a news sentence (F8252)", () => {
  const report = parse(...NEWS).report;

  it('reads each 安排 figure as a next-year goal, not as a level', () => {
    expect(targets(report)).toEqual(
      expect.arrayContaining([
        ['财政总收入', 'next-year', 'eq', 2.41, '亿元'],
        ['财政总收入', 'next-year', 'eq', 9.6, '%'],
        ['一般预算收入', 'next-year', 'eq', 1.37, '亿元'],
        ['一般预算收入', 'next-year', 'eq', 8.8, '%'],
      ]),
    );
    expect(observed(report, '财政总收入')).toEqual([]);
  });
});

const BUDGET_TITLE = '关于桦川县2007年财政预算执行情况和2008年财政预算草案的报告';

describe('an old budget report’s revenue and spending accounts (F8253–F8256)', () => {
  const report = parse(
    BUDGET_TITLE,
    '一、2007年财政预算执行情况',
    '全县财政总收入完成31200万元，比上年增长14.1%。其中：上划中央“两税”收入9650万元，增长11.8%；地方财政收入完成19700万元，比上年增长15.2%。',
    '地方财政收入中，税收收入完成14100万元，比上年增长13.5%。分税种看：营业税完成4410万元，增长19.2%；增值税（地方分享部分）完成3120万元，增长10.6%。',
    '全县一般预算支出完成55400万元，比上年增长15.3%。其中：教育支出15120万元，增长17.4%；行政管理费9130万元，增长4.6%。全年用于教育、卫生、社会保障和就业等民生方面的支出26300万元，占一般预算支出的47.5%。',
  ).report;

  it('reads 上划中央“两税”收入 with its quotes as a budget account (F8253)', () => {
    expect(observed(report, '上划中央“两税”收入')).toEqual([
      ['level', 9650, '万元'],
      ['growth', 11.8, '%'],
    ]);
  });

  it('reads the tax named with its county share in brackets under the tax’s name (F8255)', () => {
    expect(observed(report, '增值税')).toEqual([
      ['level', 3120, '万元'],
      ['growth', 10.6, '%'],
    ]);
  });

  it('reads 行政管理费, a class before 2007 named as a fee (F8254)', () => {
    expect(observed(report, '行政管理费')).toEqual([
      ['level', 9130, '万元'],
      ['growth', 4.6, '%'],
    ]);
  });

  it('reads the spending on the purpose the listed items are of as 民生支出 (F8256)', () => {
    expect(observed(report, '民生支出')).toEqual([
      ['level', 26300, '万元'],
      ['share', 47.5, '%'],
    ]);
  });
});

describe('a Word 97 file’s curly quotes (F8257)', () => {
  it('keeps “” as written rather than turning them into straight quotes', async () => {
    const { readFileSync } = await import('node:fs');
    const { readDoc } = await import('../../src/ingest/doc.js');
    const read = await readDoc(new Uint8Array(readFileSync('tests/accuracy/mengli-2005-fy-budget.doc')));
    const text = JSON.stringify(read.document);
    expect(text).toContain('“两税”');
    expect(text).not.toContain('\\"两税\\"');
  });
});

const ANALYSIS = [
  '柘川县2012年1—10月经济运行分析',
  '1—10月，全县实现规模以上工业增加值28.4亿元，同比增长18.2%，在渝西北翼9个区县中排第3位，比1—9月前移2位。',
];

describe('a rank within a province’s wing counted by its 区县 (F8258)', () => {
  const report = parse(...ANALYSIS).report;

  it('reads the group’s size and the move', () => {
    expect((report?.rankings ?? []).map((r) => [r.indicatorCode, r.rank, r.of, r.change])).toEqual([
      ['industrial-value-added', 3, 9, 2],
    ]);
  });
});

describe('the year after’s projects prepared beside the year’s goal (F8259)', () => {
  const report = parse(
    ...ANALYSIS,
    '下一步，围绕全社会固定资产投资完成120亿元的年度目标，加快推进甲乙项目建设，做好明年项目储备。',
  ).report;

  it('keeps the goal the year’s own', () => {
    expect(targets(report)).toEqual([['全社会固定资产投资', 'full-year', 'eq', 120, '亿元']]);
  });
});

describe('a link road named 连接道 (F8260)', () => {
  const report = parse(
    ...ANALYSIS,
    '重点项目中，县城东区路网工程今年完成投资2.16亿元，柘渝高速公路柘川连接道已完成路基工程。',
  ).report;

  it('reads it as a project', () => {
    expect((report?.projects ?? []).map((p) => p.name)).toContain('柘渝高速公路柘川连接道');
  });
});
