// Forms held-out-46's zhangtai/yongqiao fixtures showed (session 19, fixzhangtai): numbered result
// items whose name stands as a sentence of its own (1.生产总值。预计完成X亿元…), a name carrying a
// size bar's figure (500万元以上项目固定资产投资。完成X亿元…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '澄阳县2031年国民经济和社会发展计划执行情况与2032年国民经济和社会发展计划草案';

const read = (lines: readonly string[]) => {
  const report = parsedReport([TITLE, '一、2031年国民经济和社会发展计划执行情况', ...lines].join('\n'), {
    sourceName: 'plan.txt',
  });
  return {
    observations: report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value].join(' ')),
    targets: report.targets.map((t) =>
      [t.indicatorCode, t.horizon, t.value, t.derived, t.attainment].join(' '),
    ),
  };
};

describe('a numbered item whose name is a sentence of its own labels the figures after it', () => {
  it('预计完成 opening the figures is the label’s level', () => {
    const { observations, targets } = read([
      '2.地区生产总值。预计完成203.4亿元，同比增长5.2%，低于计划1.3个百分点。',
    ]);
    expect(observations).toEqual(['gdp level 203.4', 'gdp growth 5.2', 'gdp comparison -1.3']);
    expect(targets).toEqual(['gdp full-year 6.5 true missed']);
  });

  it('预计全年实现 too', () => {
    const { observations } = read(['1.社会消费品零售总额。预计全年实现71.9亿元，增长9.4%。']);
    expect(observations).toEqual(['retail-sales level 71.9', 'retail-sales growth 9.4']);
  });

  it('a name with its size bar (500万元以上) is still a label', () => {
    const { observations } = read([
      '4.500万元以上固定资产投资。完成88.1亿元，增长12.6%，完成年度计划的98.5%。',
    ]);
    expect(observations).toEqual([
      'fixed-asset-investment level 88.1',
      'fixed-asset-investment growth 12.6',
      'fixed-asset-investment share 98.5',
    ]);
  });

  it('a sentence with a figure of its own before the next is no label', () => {
    const { observations } = read(['3.全县完成投资12亿元。预计完成203.4亿元。']);
    expect(observations.filter((o) => o.startsWith('gdp'))).toEqual([]);
  });
});

describe('an air pollutant’s concentration in 微克/立方米 is an indicator named as written', () => {
  const PLAN = '二、2032年国民经济和社会发展的主要预期目标';

  it('its level, its fall after it, and a goal for it in the plan part', () => {
    const { observations, targets } = read([
      '6.生态环境。细颗粒物（PM2.5）平均浓度降至41微克/立方米，同比下降6.8%。',
      PLAN,
      '建议2032年主要预期目标是：细颗粒物（PM2.5）平均浓度下降3%以上。',
    ]);
    expect(observations).toEqual([
      expect.stringMatching(/^x-\w+ level 41$/),
      expect.stringMatching(/^x-\w+ growth -6.8$/),
    ]);
    expect(targets).toEqual([expect.stringMatching(/^x-\w+ next-year -3 false unknown$/)]);
  });

  it('PM10浓度 too, but a figure in another unit is not a concentration', () => {
    const { observations } = read(['6.生态环境。PM10年均浓度为66微克/立方米。PM10浓度达标天数为288天。']);
    expect(observations).toEqual([expect.stringMatching(/^x-\w+ level 66$/)]);
  });

  it('a concentration goal with no result under its name stays unnamed', () => {
    const { targets } = read([PLAN, '建议2032年主要预期目标是：二氧化硫平均浓度下降4%以上。']);
    expect(targets).toEqual([]);
  });
});

describe('两年平均 with an adverb before its growth is still the two-year average', () => {
  it('两年平均仅增长A% after the year’s growth', () => {
    const report = parsedReport(
      [
        '澄阳区2031年上半年国民经济和社会发展计划执行情况',
        '上半年，全区社会消费品零售总额增长7.2%，两年平均仅增长2.1%。',
      ].join('\n'),
      { sourceName: 'h1.txt' },
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value].join(' '))).toEqual(
      ['retail-sales growth 7.2', 'retail-sales two-year-average-growth 2.1'],
    );
  });
});
