// Forms the one-hundred-and-fifty-fourth held-out batch showed the parser missed (session 33, branch fix154): a
// congress page carrying its 决议 (会议要求…) over the 财经委's 审查报告, whose year's results were read as the next
// year's goals. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

/** A congress page: the resolution with its 会议要求, then the committee's review under its own title. */
const CONGRESS_PAGE = [
  '甲县第九届人民代表大会第三次会议关于2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划的决议',
  '（2031年1月20日甲县第九届人民代表大会第三次会议通过）',
  '甲县第九届人民代表大会第三次会议审查了县人民政府提出的计划报告，同意县人民代表大会财政经济委员会的审查报告。会议决定，批准2031年国民经济和社会发展计划。',
  '会议要求，县人民政府要坚持稳中求进，努力完成全年目标任务。',
  '甲县人民代表大会财政经济委员会关于甲县2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的审查报告',
  '一、2030年国民经济和社会发展计划执行情况',
  '2030年，全县地区生产总值达到88.5亿元，增长5.4%。固定资产投资增长3.1%。',
  '二、对2031年计划草案的审查意见',
  '2031年全县经济社会发展的主要预期目标是：地区生产总值增长5%左右；固定资产投资增长7%。',
].join('\n');

describe('a resolution’s 会议要求 over the review it approves, on one page (F3311)', () => {
  const report = parsedReport(CONGRESS_PAGE, { sourceName: 'congress.txt' });

  it('reads the review’s first part as the year’s results, not as goals', () => {
    const observed = report.observations
      .filter((o) => o.indicatorCode === 'gdp' || o.indicatorCode === 'fixed-asset-investment')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observed).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 88.5],
        ['gdp', 'growth', 5.4],
        ['fixed-asset-investment', 'growth', 3.1],
      ]),
    );
  });

  it('keeps the next year’s goals only from the review’s opinion on the draft', () => {
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(goals).toEqual([
      ['gdp', 'next-year', 5],
      ['fixed-asset-investment', 'next-year', 7],
    ]);
  });
});

/** An analysis whose advice pushes the half's figure goal, then the year's goal in words. */
const ADVICE = [
  '乙县2031年上半年经济运行分析',
  '一、总体情况',
  '上半年，全县地区生产总值52.6亿元，同比增长4.8%。固定资产投资同比下降5.4%。',
  '三、几点建议',
  '一是抓好项目储备。力争下半年新入库项目24个以上，确保全年固定资产投资实现正增长。',
].join('\n');

describe('the half’s figure goal, then 确保全年…实现正增长 (F3312)', () => {
  it('reads the year’s goal in words after the half’s as a goal above zero', () => {
    const goals = parsedReport(ADVICE, { sourceName: 'analysis.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
      t.comparator,
    ]);
    expect(goals).toEqual([['fixed-asset-investment', 'full-year', 0, 'gt']]);
  });
});

/** A review's results: each growth, then its year's goal named bare after the verdict. */
const VERDICTS = [
  '丙县2030年国民经济和社会发展计划执行情况的报告',
  '一、2030年计划执行情况',
  '全县地区生产总值61.3亿元，同比增长5.2%。规模以上工业增加值增长7.7%，完成年度目标7%。固定资产投资增长2.9%，未完成年度目标6%。',
].join('\n');

describe('完成年度目标B% / 未完成年度目标B% after a growth (F3313)', () => {
  const report = parsedReport(VERDICTS, { sourceName: 'plan.txt' });

  it('reads the bare figure as the growth’s goal for the year, met or missed as the text says', () => {
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.attainment]);
    expect(goals).toEqual([
      ['industrial-value-added', 'full-year', 7, 'met'],
      ['fixed-asset-investment', 'full-year', 6, 'missed'],
    ]);
  });

  it('gives no share of the plan for the goal’s figure', () => {
    expect(report.observations.filter((o) => o.measure === 'share')).toEqual([]);
  });
});
