// Forms the sixty-eighth held-out batch showed the parser missed (session 24, branch fix68): a table row
// whose name carries the caliber its revenue is counted on in brackets (一般公共预算收入（同口径）); a lead
// sentence listing three indicators, a clause they all share (三项指标增速均居全市第一) and then their
// gaps to the year's goals with 分别, the growths paragraphs later; a goal for a part of the year
// (力争上半年…增长15%以上) in a first-quarter piece, which is no target of the year.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const targetsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [
    t.indicatorCode.startsWith('x-') ? t.indicatorName : t.indicatorCode,
    t.value,
    t.unit,
    t.derived,
    t.horizon,
    t.attainment,
  ]);

describe('a table row naming its revenue’s caliber in brackets (（同口径）, （自然口径）)', () => {
  it('is the catalogue’s indicator, as the prose’s 同口径 figure is', () => {
    const text = [
      '关于榕溪县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '一般公共预算收入（同口径）完成3.42亿元，同比增长8.1%，完成年度预算的103.6%。',
      '表1  2023年榕溪县主要经济指标计划完成情况',
      '| 指标名称 | 单位 | 2023年计划 | 2023年完成 | 同比增长（%） |',
      '| 地区生产总值 | 亿元 | 增长7% | 52.16 | 7.4 |',
      '| 一般公共预算收入（同口径） | 亿元 | 3.3 | 3.42 | 8.1 |',
    ].join('\n');
    const names = observationsOf(text, 'report.txt').map(([name]) => name);
    expect(names).not.toContain('一般公共预算收入(同口径)');
    expect(names).not.toContain('一般公共预算收入（同口径）');
    expect(targetsOf(text, 'report.txt')).toContainEqual([
      'general-budget-revenue',
      3.3,
      '亿元',
      false,
      'full-year',
      'met',
    ]);
  });
});

const Q1_NEWS = [
  '榕溪县2024年一季度经济运行情况',
  '一季度，榕溪县地区生产总值、规模以上工业增加值、固定资产投资三项指标增速均居全市第一，分别高于年度预期目标1.5、3.2、6.4个百分点。',
  '一季度，全县实现地区生产总值21.5亿元，同比增长7.5%。规模以上工业增加值增长11.2%。固定资产投资增长16.4%。',
];

describe('gaps to the year’s goals after a clause the listed indicators share (三项指标增速均居全市第一)', () => {
  it('gives each indicator its gap and the year’s plan from the growth given later', () => {
    const observations = observationsOf(Q1_NEWS.join('\n'));
    expect(observations.filter(([, measure]) => measure === 'comparison')).toEqual([
      ['gdp', 'comparison', 1.5],
      ['industrial-value-added', 'comparison', 3.2],
      ['fixed-asset-investment', 'comparison', 6.4],
    ]);
    expect(targetsOf(Q1_NEWS.join('\n'))).toEqual([
      ['gdp', 6, '%', true, 'full-year', 'met'],
      ['industrial-value-added', 8, '%', true, 'full-year', 'met'],
      ['fixed-asset-investment', 10, '%', true, 'full-year', 'met'],
    ]);
  });

  it('leaves a name holding 人均 before 分别 to the pair it is', () => {
    const text = [
      '榕溪县2024年一季度经济运行情况',
      '城镇常住居民人均可支配收入11258元、农村常住居民人均可支配收入5417元，分别增长5.6%和7.3%。',
    ].join('\n');
    expect(observationsOf(text).filter(([, measure]) => measure === 'growth')).toEqual([
      ['urban-disposable-income-per-capita', 'growth', 5.6],
      ['rural-disposable-income-per-capita', 'growth', 7.3],
    ]);
  });
});

describe('a goal for a part of the year (力争上半年…) in a first-quarter piece', () => {
  it('is no target of the year, beside the year’s goal it follows', () => {
    const text = [
      ...Q1_NEWS.slice(0, 1),
      Q1_NEWS[2],
      '县长表示，下一步将紧盯全年地区生产总值增长6%的预期目标，力争上半年固定资产投资增长12%以上，为全年目标任务完成打下基础。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([['gdp', 6, '%', false, 'full-year', 'met']]);
  });
});
