// Forms first met in held-out-426…429 (session 48, fixer fix426): a project schedule sheet's sign-off row and title, an
// environment rate that held, a purpose phrase before a class of projects, a goal list for a later quarter and a
// congress committee's opinion on the quarter's economy. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { sheetBlocks } from '../../src/ingest/sheet-blocks.js';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix426-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

describe('a sheet’s sign-off row closes it, its notes above staying prose (F8971)', () => {
  const rows = [
    ['蓼川县2016年重点项目推进表'],
    ['序号', '项目名称', '总投资', '1-7月完成'],
    ['1', '蓼川县城西供水厂', '12600', '3100'],
    ['2', '蓼川县中医院门诊楼', '9400', '2650'],
    ['说明：本表所列为县级重点项目2个，其中续建项目1个、新开工项目1个。'],
    ['2.完成投资为1-7月累计数。'],
    ['审核人：赵某', '', '制表人：钱某', '填报日期：2016年8月4日'],
  ];

  it('keeps the 说明 rows out of the table', () => {
    const blocks = sheetBlocks(rows);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(3);
    expect(
      blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : '')),
    ).toEqual(
      expect.arrayContaining(['2.完成投资为1-7月累计数。', '审核人：赵某', '填报日期：2016年8月4日']),
    );
  });

  it('keeps a row of a label cell beside figures in the table', () => {
    const blocks = sheetBlocks([
      ...rows.slice(0, 4),
      ['合计：', '', '22000', '5750'],
      ['说明：单位为万元。'],
    ]);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(4);
  });
});

describe('a 进度调度表 takes the months its amount-done column runs to (F8972)', () => {
  const sheet = (title: string) =>
    parse(
      title,
      '序号\t项目名称\t总投资\t年度计划\t1-7月完成',
      '1\t蓼川县城西供水厂\t12600\t5000\t3100',
      '2\t蓼川县中医院门诊楼\t9400\t4000\t2650',
    );

  it('reads 重点项目建设进度调度表 with 1-7月完成 as 1-7月', () => {
    expect(sheet('蓼川县2016年重点项目建设进度调度表').report?.meta.period).toBe('2016-M1-7');
  });

  it('keeps the year for a 调度表 that names no progress', () => {
    expect(sheet('蓼川县2016年重点项目调度表').report?.meta.period).toBe('2016-FY');
  });
});

const plan = (...body: string[]) =>
  parse('蓼川县2018年国民经济和社会发展计划执行情况的报告', '一、2018年计划执行情况', ...body);

describe('an environment rate that held, stated exactly, is observed (F8973)', () => {
  const rates = (report: Report) =>
    (report?.observations ?? []).filter((o) => o.measure === 'rate').map((o) => o.quantity?.value);

  it('reads 森林覆盖率稳定在58.3% and 保持在58.3%', () => {
    expect(rates(plan('全年完成造林1.4万亩，森林覆盖率稳定在58.3%。').report)).toContain(58.3);
    expect(rates(plan('全年完成造林1.4万亩，森林覆盖率保持在58.3%。').report)).toContain(58.3);
  });

  it('leaves a floor (稳定在…以上) and a scheme’s coverage facts', () => {
    expect(rates(plan('全年完成造林1.4万亩，森林覆盖率稳定在58%以上。').report)).toEqual([]);
    expect(rates(plan('城乡居民医保参保率稳定在97.6%。').report)).toEqual([]);
  });
});

describe('为 before a class of projects is a purpose, no name (F8974)', () => {
  it('reads no project in 为重点项目落地提供了有力保障', () => {
    const { report } = plan('推行“拿地即开工”改革，为重点项目落地提供了有力保障。');
    expect(projects(report)).toEqual([]);
  });

  it('keeps the named project after 为', () => {
    const { report } = plan('县政府协调解决用地指标，为蓼川县城西供水厂项目顺利开工创造条件。');
    expect(projects(report)).toContain('蓼川县城西供水厂项目');
  });
});

describe('a goal list opened by a later quarter holds it for its later clauses (F8975)', () => {
  const quarterPlan = (goals: string) =>
    parse(
      '关于蓼川县2019年一季度经济运行情况的汇报',
      '一、一季度经济运行情况',
      '一季度，全县规模以上工业增加值增长7.2%，固定资产投资增长9.1%。',
      '二、二季度工作打算',
      goals,
    );
  const targets = (report: Report) => (report?.targets ?? []).map((t) => t.indicatorCode);

  it('reads no full-year target in 力争二季度甲增长A%以上，乙增长B%以上，丙增长C%以上', () => {
    const { report } = quarterPlan(
      '力争二季度地区生产总值增长6.8%以上，规模以上工业增加值增长8%以上，固定资产投资增长11%以上。',
    );
    expect(targets(report)).toEqual([]);
  });

  it('keeps the year’s goals a later clause names 全年 for', () => {
    const { report } = quarterPlan('力争二季度地区生产总值增长6.8%以上，全年规模以上工业增加值增长8%以上。');
    expect(targets(report)).toContain('industrial-value-added');
  });
});

describe('a congress committee’s opinion on the quarter’s economy is a review (F8976)', () => {
  const opinion = (title: string) =>
    parse(
      title,
      '一、一季度经济运行的基本情况',
      '一季度，全区地区生产总值完成96.4亿元，同比增长5.2%。',
      '二、意见和建议',
      '确保全年地区生产总值增长6%左右。',
    ).report?.meta.genre;

  it('types 人大常委会财政经济委员会关于…经济运行情况的意见 review-opinion', () => {
    expect(opinion('蓼川区人大常委会财政经济委员会关于2019年一季度全区经济运行情况的意见')).toBe(
      'review-opinion',
    );
  });

  it('keeps a bureau’s analysis of the quarter’s economy an analysis', () => {
    expect(opinion('蓼川区统计局关于2019年一季度全区经济运行情况的分析')).toBe('statistics-analysis');
  });
});
