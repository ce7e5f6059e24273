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
