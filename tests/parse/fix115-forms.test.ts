// Forms the one-hundred-and-fifteenth held-out batch showed the parser missed (session 31, branch fix115): the
// last quarter's goals in a page before it begins (力争四季度…，完成甲X亿元); a 甲化工 branch's value added
// (煤化工业增加值) named as written, not all industry's; 甲项目主体工程完工, the works' state after the name.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const MEETING_NEWS = [
  '县人民政府召开常务会议',
  '发布时间：2026-08-14 来源：岑溪县融媒体中心',
  '8月13日，县长主持召开县人民政府常务会议，听取全县1—7月经济运行情况汇报。',
  '1—7月，岑溪县规模以上工业增加值同比增长6.9%；固定资产投资同比增长3.1%；社会消费品零售总额18.42亿元，同比增长5.0%。',
  '会议要求，确保完成全年固定资产投资增长7%的目标任务。四季度要重点抓好三项工作：一要抓项目。力争四季度新开工项目12个以上，完成固定资产投资11亿元。',
].join('\n');

describe('the last quarter’s goals in a page before it begins (F2571)', () => {
  const targets = () =>
    parsedReport(MEETING_NEWS, { sourceName: 'news.html' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.unit,
    ]);

  it('gives no target of the quarter’s investment (facts only)', () => {
    expect(targets()).not.toContainEqual(['fixed-asset-investment', 11, '亿元']);
  });

  it('keeps the year’s goal before it', () => {
    expect(targets()).toContainEqual(['fixed-asset-investment', 7, '%']);
  });

  it('keeps a year’s goal in a clause after it, 确保全年…', () => {
    const text = MEETING_NEWS.replace('完成固定资产投资11亿元。', '确保全年规模以上工业增加值增长7.5%以上。');
    const read = parsedReport(text, { sourceName: 'news.html' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
    ]);
    expect(read).toContainEqual(['industrial-value-added', 7.5]);
  });
});

const BRANCH_REPORT = [
  '关于乙县2026年1—8月经济运行情况的报告',
  '1—8月，乙县规模以上工业增加值同比增长7.1%。',
  '分行业看，煤化工业增加值增长11.4%，盐化工业增加值下降2.2%，食品工业增加值增长6.3%。',
].join('\n');

describe('a 甲化工 branch’s value added (F2572)', () => {
  const growths = () =>
    parsedReport(BRANCH_REPORT, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode === 'industrial-value-added', o.indicatorName, o.quantity?.value]);

  it('keeps the branch’s name as written, not industrial-value-added', () => {
    expect(growths()).toContainEqual([false, '煤化工业增加值', 11.4]);
    expect(growths()).toContainEqual([false, '盐化工业增加值', -2.2]);
  });

  it('still codes the whole industry’s value added', () => {
    expect(growths()).toContainEqual([true, '规模以上工业增加值', 7.1]);
  });
});

describe('a project’s main works done after its name (F2573)', () => {
  const names = (sentence: string) =>
    parsedReport(
      `关于丙县2026年前三季度计划执行情况的报告\n前三季度，丙县地区生产总值增长5.8%。${sentence}\n`,
      {
        sourceName: 'plan.txt',
      },
    ).projects.map((p) => p.name);

  it('ends the name before 主体工程完工', () => {
    expect(names('丙县妇幼保健院迁建项目主体工程完工。')).toEqual(['丙县妇幼保健院迁建项目']);
  });

  it('keeps a building’s main works after a project’s amounts its part, not a project', () => {
    expect(names('丙县冷链物流园总投资6.2亿元，完成投资2.8亿元，冷库主体工程完工。')).toEqual([
      '丙县冷链物流园',
    ]);
  });
});

describe('a crop’s whole chain’s output after its output (F2574)', () => {
  const REPORT = [
    '丁县2026年政府工作报告',
    '全县地区生产总值86.4亿元，增长5.1%。核桃产量2.35万吨，综合产值14.8亿元。',
  ].join('\n');
  const report = () => parsedReport(REPORT, { sourceName: 'report.txt' });

  it('gives no observation of the 综合产值', () => {
    expect(report().observations.map((o) => o.quantity?.value)).not.toContain(14.8);
  });

  it('keeps it a fact of the crop', () => {
    expect(report().facts.map((f) => [f.subject, f.quantity.value])).toContainEqual(['核桃综合产值', 14.8]);
  });
});
