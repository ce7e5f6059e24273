// Forms the fifty-eighth held-out batch showed the parser missed (session 23, branch fix58): industry's
// export delivery value (出口交货值) and a share of branches named as a counted group (甲和乙两个行业增加值);
// power in 亿度; a rank shared (并列第N位) after its group; changes against 1—7月 and 上半年 listed with the
// bureau's dash; a result line's 甲和环境保护目标完成市下达任务; a goal list's 城乡居民收入…同步 for each half.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const factsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).facts.map((f) => [f.quantity.value, f.quantity.unit]);

const targetsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment]);

const ANALYSIS_HEAD = ['榕溪区2022年1—8月经济运行情况', '一、工业生产'];

describe('出口交货值 in a bureau’s industry paragraph', () => {
  it('is a named aggregate with its level and nominal growth', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '1—8月，全区规模以上工业增加值同比增长6.1%。',
      '1—8月，全区规模以上工业企业产品销售率95.4%，同比下降0.6个百分点；实现出口交货值21.37亿元，同比名义增长9.8%。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code === '出口交货值')).toEqual([
      ['出口交货值', 'level', 21.37],
      ['出口交货值', 'growth', 9.8],
    ]);
  });
});

describe('a share of branches named as a counted group (甲和乙两个行业增加值)', () => {
  it('is the group’s share under its name as written', () => {
    const text = [
      '关于柳岑县2021年上半年国民经济和社会发展计划执行情况的审议意见',
      '一、基本评价',
      '上半年，全县实现地区生产总值52.18亿元，同比增长9.6%。',
      '二、存在的主要问题',
      '工业结构偏重，煤炭和电力两个行业增加值占规模以上工业增加值的61.4%。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['煤炭和电力两个行业增加值', 'share', 61.4],
    ]);
  });
});

describe('power counted in 亿度 and 万度', () => {
  it('is a fact in kilowatt-hours, the unit as written', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '1—8月，全区规模以上工业增加值同比增长6.1%；发电量达到9.42亿度，同比增长5.3%；工业用电量4630万度。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    const power = report.facts.filter((f) => f.quantity.baseUnit === '千瓦时');
    expect(power.map((f) => [f.quantity.value, f.quantity.unit, f.quantity.valueBase])).toEqual([
      [9.42, '亿度', 942000000],
      [4630, '万度', 46300000],
    ]);
  });
});

describe('并列第N位 after the group it is in', () => {
  it('is the rank, and the group’s size no fact', () => {
    const text = [
      '邛岚县2023年国民经济和社会发展计划执行情况与2024年计划草案',
      '一、2023年计划执行情况',
      '1.地区生产总值达到218.64亿元、增长6.4%，增速在岷岑市7个县（市、区）中并列第3位。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 3, 7, '岷岑市'],
    ]);
    expect(factsOf(text)).not.toContainEqual([7, '个']);
  });
});

describe('changes against 1—7月 and 上半年 listed with 分别 (the bureau’s dash)', () => {
  it('are two changes of the indicator, not figures of other subjects', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '1—8月，全区固定资产投资同比增长5.2%。',
      '1—8月，全区工业投资增长12.3%，比1—7月和上半年分别加快0.9和2.2个百分点。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'fixed-asset-investment')).toEqual([
      ['industrial-investment', 'growth', 12.3],
      ['industrial-investment', 'change', 0.9],
      ['industrial-investment', 'change', 2.2],
    ]);
  });
});

describe('a result line 节能减排和环境保护目标完成市下达任务', () => {
  it('is the energy goal, met in words', () => {
    const text = [
      '邛岚县2023年国民经济和社会发展计划执行情况与2024年计划草案',
      '一、2023年计划执行情况',
      '1.地区生产总值达到218.64亿元、增长6.4%。',
      '9.节能减排和环境保护目标完成市下达任务。',
    ].join('\n');
    expect(targetsOf(text).filter(([code]) => code === 'energy-emission-targets')).toEqual([
      ['energy-emission-targets', null, 'period', 'met'],
    ]);
  });
});

describe('城乡居民收入增长与经济增长同步 in a goal list', () => {
  it('is a goal in words of each half', () => {
    const text = [
      '柳岑县人大常委会关于县人民政府2021年上半年国民经济和社会发展计划执行情况报告的审议意见',
      '一、基本评价',
      '上半年，全县实现地区生产总值52.18亿元，同比增长9.6%。',
      '三、意见和建议',
      '（三）保障改善民生。确保全年城镇新增就业2500人以上，城乡居民收入增长与经济增长同步。',
    ].join('\n');
    expect(targetsOf(text).filter(([code]) => String(code).includes('income'))).toEqual([
      ['urban-disposable-income-per-capita', null, 'full-year', 'unknown'],
      ['rural-disposable-income-per-capita', null, 'full-year', 'unknown'],
    ]);
  });
});
