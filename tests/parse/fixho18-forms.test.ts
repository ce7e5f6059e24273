// Forms held-out-18 showed (docs/prose-forms.md, "fixho18"), in text of our own with invented places
// and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixho18.txt');

describe('a unit column listing two units (亿元、%) beside 年度目标 | 市指导目标 growth columns', () => {
  const parsed = report(
    '关于岑溪县2019年上半年国民经济和社会发展计划执行情况的报告',
    '上半年，全县实现地区生产总值52.18亿元，同比增长7.6%。',
    '岑溪县2019年上半年主要经济指标完成情况',
    '指标\t单位\t年度目标\t市指导目标\t1-6月完成\t同比增长（%）',
    '地区生产总值\t亿元、%\t8.0\t7.5\t52.18\t7.6',
    '固定资产投资\t亿元、%\t14.0\t13.5\t61.09\t13.1',
    '城镇常住居民人均可支配收入\t元、%\t8.5\t8.0\t12406\t8.2',
  );
  it('reads the level in the first unit and the goals as % growths', () => {
    const levels = parsed.observations
      .filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);
    expect(levels).toEqual([
      ['gdp', 52.18, '亿元'],
      ['fixed-asset-investment', 61.09, '亿元'],
      ['urban-disposable-income-per-capita', 12406, '元'],
    ]);
    const goals = parsed.targets
      .filter((t) => t.indicatorCode === 'gdp' || t.indicatorCode === 'fixed-asset-investment')
      .map((t) => [t.indicatorCode, t.kind, t.value, t.unit]);
    expect(goals).toEqual([
      ['gdp', 'target', 8, '%'],
      ['gdp', 'guidance', 7.5, '%'],
      ['fixed-asset-investment', 'target', 14, '%'],
      ['fixed-asset-investment', 'guidance', 13.5, '%'],
    ]);
  });
});

describe('a weight in 担 (烤烟收购A万担)', () => {
  it('keeps the figure with its unit', () => {
    const parsed = report(
      '关于岑溪县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告',
      '全年地区生产总值增长7.1%。烤烟收购3.4万担，茶叶产量1.2万吨。',
    );
    expect(parsed.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([3.4, '万担']);
  });
});

describe('a size class of projects and a sector, each with its investment (其中，500万元以上项目投资…；交通投资…)', () => {
  it('keeps both under their names as written and the threshold out of the figures', () => {
    const parsed = report(
      '关于岑溪县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告',
      '全社会固定资产投资完成41.26亿元，增长18.4%。其中，500万元以上项目投资37.05亿元，增长20.3%；交通投资6.48亿元，增长31.2%。',
    );
    const named = parsed.observations
      .filter((o) => o.indicatorCode.startsWith('x-'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['500万元以上项目投资', 'level', 37.05],
      ['500万元以上项目投资', 'growth', 20.3],
      ['交通投资', 'level', 6.48],
      ['交通投资', 'growth', 31.2],
    ]);
    expect(parsed.facts.map((f) => f.quantity.value)).not.toContain(500);
  });
});

describe('a problem named in one clause, its growth in the next (民间投资增长乏力，增速仅为A%)', () => {
  it('gives the growth to the indicator the clause before names', () => {
    const parsed = report(
      '关于岑溪县2019年国民经济和社会发展计划执行情况与2020年计划草案的审查报告',
      '全年地区生产总值增长6.4%。',
      '同时也要看到，民间投资增长乏力，增速仅为1.7%；部分项目推进缓慢。',
    );
    const growths = parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(growths).toContainEqual(['private-investment', 'growth', 1.7]);
  });
});

describe('a problem item opened by its ordinal (四是城镇居民收入增长偏慢，增速低于年度目标B个百分点)', () => {
  it('gives the gap to the indicator after the ordinal', () => {
    const parsed = report(
      '关于岑溪县2019年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县地区生产总值增长6.9%。',
      '三是城镇居民收入增长偏慢，增速低于年度目标0.4个百分点。',
    );
    const gaps = parsed.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(gaps).toEqual([['urban-disposable-income-per-capita', -0.4]]);
  });
});

describe('a spending share goal without 比重 (确保民生支出占财政支出的A%以上)', () => {
  it('keeps the goal under the spending named', () => {
    const parsed = report(
      '关于岑溪县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告',
      '一、2019年计划执行情况',
      '全年地区生产总值增长7.3%。',
      '二、2020年主要任务',
      '（一）保障改善民生。加大民生投入，确保民生支出占财政支出的75%以上。',
    );
    const goals = parsed.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.comparator]);
    expect(goals).toContainEqual(['民生支出', 'next-year', 75, 'gte']);
  });
});
