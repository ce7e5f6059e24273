// Page furniture of news pages, WeChat copies, mirrors and PDF text (no figure of it is read, the
// report's meta still is), and the project forms the session-10 matrices added: project tables with a
// 建设内容 and a 进展情况 column, tables of project classes, works under way, next-year lists. Places,
// names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { rules } from '../../src/parse/rules.js';

const parse = (...lines: string[]) =>
  parseReportText(lines.join('\n'), { sourceName: 'furniture.txt' }).report;

describe('page furniture', () => {
  it.each([
    '点击蓝字关注我们',
    '阅读原文',
    '阅读 2871',
    '在看 64',
    '点赞',
    '图片来源：网络',
    '编辑｜柯某某 审核｜邝某某',
    '责任编辑：柯某某',
    '（作者：柯某某 编辑：邝某某）',
    '本文转载自漳屿新闻网，版权归原作者所有。',
    '声明：转载此文仅为传播信息，如有侵权请联系删除。',
    '— 5 —',
    '-12-',
    '第3页 共9页',
  ])('%s is junk', (line) => {
    expect(rules.junk.test(line)).toBe(true);
  });

  it.each([
    '全县实现地区生产总值45.6亿元，同比增长6.1%。',
    '分享经济加快发展，新增平台企业12家。',
    '-3.5',
    '编辑出版图书18种。',
    // whole-line furniture never swallows a line that gives a figure
    '声明：以上数据为快报数，全县生产总值86.4亿元。',
    '-12',
    '12-15',
    '分享经济',
  ])('keeps %s', (line) => {
    expect(rules.junk.test(line)).toBe(false);
  });

  it('reads the date and the account of a WeChat copy’s byline, and none of its counts', () => {
    const report = parse(
      '点击蓝字关注我们',
      '1-5月经济运行情况',
      '原创 漳屿区统计局 2024-06-20 18:00 发表于福建',
      '1-5月，全区实现规模以上工业增加值同比增长7.3%。',
      '阅读原文',
      '阅读 2871',
      '在看 64',
      '编辑｜柯某某 审核｜邝某某',
    );
    expect(report?.meta).toMatchObject({ region: '漳屿区', period: '2024-M1-5' });
    expect(report?.facts.map((f) => f.quantity.value)).toEqual([7.3]);
  });

  it('reads no page number or running title of a PDF’s text as content', () => {
    const report = parse(
      '漳屿县2024年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '上半年，全县地区生产总值完成62.4亿元，同比增长5.1%。',
      '— 3 —',
      '漳屿县2024年上半年国民经济和社会发展计划执行情况的报告',
      '规模以上工业增加值同比增长6.8%。',
    );
    expect(report?.facts.map((f) => f.quantity.value)).toEqual([62.4, 5.1, 6.8]);
  });
});

describe('project tables and lists', () => {
  const notice = (...lines: string[]) =>
    parse('漳屿县2024年1-6月重点项目建设进展情况通报', '全县重点项目完成投资21.3亿元。', ...lines)
      ?.projects ?? [];

  it('reads a table with 建设内容 and 进展情况 columns laid one cell a line', () => {
    const projects = notice(
      '项目名称',
      '建设内容',
      '总投资（万元）',
      '1-6月完成投资（万元）',
      '进展情况',
      '漳屿实训楼建设项目',
      '新建实训楼2.1万平方米',
      '12600',
      '4300',
      '已完成主体工程',
      '漳屿供水工程（二期）',
      '新增日供水3万吨',
      '8800',
      '2100',
      '已投产',
    );
    expect(projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.status])).toEqual([
      ['漳屿实训楼建设项目', 1.26e8, '已完成主体工程'],
      ['漳屿供水工程(二期)', 0.88e8, '投产'],
    ]);
  });

  it('reads no project from a table of project classes headed 项目', () => {
    expect(
      notice(
        '项目\t项目数（个）\t总投资（亿元）',
        '产业项目\t14\t36.2',
        '基础设施项目\t9\t22.5',
        '合计\t23\t58.7',
      ),
    ).toEqual([]);
  });

  it('reads works under way as a status', () => {
    expect(notice('漳屿饲料加工项目正在进行设备安装。').map((p) => p.mentions[0]?.status)).toEqual([
      '正在进行设备安装',
    ]);
  });

  it('reads a list for the next year as planned, in the results part too', () => {
    const projects =
      parse(
        '漳屿县2024年国民经济和社会发展计划执行情况的报告',
        '一、2024年计划执行情况',
        '全县重点项目完成投资41.3亿元。',
        '明年，重点推进漳屿物流园项目、滨江大道改造工程建设。',
      )?.projects ?? [];
    expect(projects.map((p) => [p.name, p.mentions[0]?.phase])).toEqual([
      ['漳屿物流园项目', 'planned'],
      ['滨江大道改造工程', 'planned'],
    ]);
  });
});
