// Forms the eighty-third held-out batch showed the parser still missed after fix83 (session 27, branch
// fix83b): a city news page's round-up whose paragraphs each open with a county's name set off by a space
// (甲区　地区生产总值…), the county's figures and ranks, not the city's; a year-end check that lists the
// year's goals closed by 等目标 / 的目标 and says them met or missed (…等目标全面完成；…的目标未能完成),
// goals and not results; a time limit in working days (压缩至N个工作日), not a count of 个.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NEWS_HEAD = ['前三季度全市经济稳中向好', '来源：棠州日报　发布时间：2024-10-30 08:00'];

describe('a paragraph labelled with a county’s name (甲区　…) in a city’s round-up', () => {
  const text = [
    ...NEWS_HEAD,
    '前三季度，棠州市实现地区生产总值2416.8亿元，同比增长5.7%。',
    '榈城区　总量稳居全市第一。前三季度实现地区生产总值615.2亿元，同比增长5.1%，增速列全市第5，比上半年回落0.2个百分点。该区规上工业增加值增长6.6%。',
    '椋水县　地区生产总值402.7亿元，增长6.3%，高于全市平均0.6个百分点，增速保持全市第一。全县工业投资88.1亿元，增长15.4%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'news.html' });

  it('gives the county’s figures to no indicator of the city', () => {
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 2416.8],
      ['gdp', 'growth', 5.7],
    ]);
  });

  it('reads none of the county’s ranks as the city’s', () => {
    expect(report.rankings).toEqual([]);
  });

  it('keeps the county’s figures as facts', () => {
    expect(report.facts.map((f) => f.quantity.value)).toEqual(
      expect.arrayContaining([615.2, 5.1, 402.7, 6.3, 88.1, 15.4]),
    );
  });
});

describe('a year-end check of the goals (…等目标全面完成；…的目标未能完成)', () => {
  const text = [
    '关于棠州市2024年国民经济和社会发展计划执行情况的报告',
    '一、2024年计划执行情况',
    '2024年全市地区生产总值增长5.8%，固定资产投资增长7.1%，社会消费品零售总额增长6.2%。',
    '对照年初确定的年度目标，固定资产投资增长7%、社会消费品零售总额增长6%等目标全面完成；地区生产总值增长6%左右的目标未能完成。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'report.txt' });

  it('reads the goals as targets, not results', () => {
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 5.8],
      ['fixed-asset-investment', 7.1],
      ['retail-sales', 6.2],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual(
      expect.arrayContaining([
        ['fixed-asset-investment', 7, 'full-year'],
        ['retail-sales', 6, 'full-year'],
        ['gdp', 6, 'full-year'],
      ]),
    );
  });
});

describe('a gap to the goal just stated in the check (…的目标未能完成，低于目标0.1个百分点)', () => {
  it('derives no second plan from the goal’s own figure', () => {
    const text = [
      '关于棠州市2024年国民经济和社会发展计划执行情况的报告',
      '一、2024年计划执行情况',
      '2024年全市地区生产总值增长5.8%，固定资产投资增长7.1%。',
      '对照年初确定的年度目标，地区生产总值增长6%左右的目标未能完成，低于目标0.2个百分点。',
    ].join('\n');
    const targets = parsedReport(text, { sourceName: 'report.txt' }).targets;
    expect(targets.filter((t) => t.indicatorCode === 'gdp').map((t) => [t.value, t.derived])).toEqual([
      [6, false],
    ]);
  });
});

describe('the year’s goal said before 相比, the gap after a comma (与…的全年预期目标相比，增速仍低B个百分点)', () => {
  it('reads the goal as the year’s target and the gap as a comparison', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，棠州市实现地区生产总值2416.8亿元，同比增长5.7%，高于全省0.2个百分点。与年初确定的6%左右的全年预期目标相比，增速仍低0.3个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.html' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toEqual([
      ['gdp', 6, 'approx', 'full-year'],
    ]);
    expect(
      report.observations.filter((o) => o.measure === 'comparison').map((o) => o.quantity?.value),
    ).toEqual([0.2, -0.3]);
  });
});

describe('持平 right after a rank (居全市第3位，与上半年持平)', () => {
  it('is the rank that held, no zero figure', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，棠州市实现地区生产总值2416.8亿元，同比增长5.7%，增速居全省第3位，与上半年持平。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'news.html' }).facts;
    expect(facts.filter((f) => f.quantity.raw === '持平')).toEqual([]);
  });
});

describe('a time limit in working days (压缩至N个工作日)', () => {
  it('is a fact in 个工作日, not a count of 个', () => {
    const text = [
      ...NEWS_HEAD,
      '前三季度，棠州市实现地区生产总值2416.8亿元，同比增长5.7%。',
      '深化审批制度改革，企业投资项目审批时限压缩至25个工作日以内。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'news.html' }).facts;
    expect(facts.map((f) => [f.quantity.value, f.quantity.unit]).filter(([v]) => v === 25)).toEqual([
      [25, '个工作日'],
    ]);
  });
});
