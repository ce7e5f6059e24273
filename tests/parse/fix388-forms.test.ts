// Forms the held-out-388, 373 and 374 batches showed the parser missed (session 46, branch fix388): indicator names
// as written. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN_TITLE = '关于沔塘县2032年上半年国民经济和社会发展计划执行情况的报告';
const PLAN = { sourceName: 'plan.txt', region: '沔塘县', period: '2032-H1' } as const;
const ANALYSIS_TITLE = '沔塘县2032年上半年国民经济运行情况';
const ANALYSIS = { sourceName: 'analysis.txt', region: '沔塘县', period: '2032-H1' } as const;
const COMMUNIQUE_TITLE = '沔塘县2032年国民经济和社会发展统计公报';
const COMMUNIQUE = { sourceName: 'communique.txt', region: '沔塘县', period: '2032-FY' } as const;

type Report = ReturnType<typeof parsedReport>;
const named = (report: Report, name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
const coded = (report: Report, code: string) =>
  report.observations
    .filter((o) => o.indicatorCode === code)
    .map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('协议注册外资X万美元，增长A%: the signed foreign sum named with both words (F7871)', () => {
  const report = parsedReport(
    [
      PLAN_TITLE,
      '上半年全县地区生产总值36.42亿元，增长14.1%。新批外资项目21个，协议注册外资9350万美元，增长8.6%；实际利用外资3120万美元，增长17.3%。',
    ].join('\n'),
    PLAN,
  );

  it('reads the level and the growth under 协议注册外资', () => {
    expect(named(report, '协议注册外资')).toEqual([
      ['level', 9350, '万美元'],
      ['growth', 8.6, '%'],
    ]);
  });
});

describe('其中工业投入X亿元: Jiangsu’s industrial investment, named as written (F7872)', () => {
  const report = parsedReport(
    [PLAN_TITLE, '全社会固定资产投资完成31.08亿元，同比增长27.5%；其中工业投入19.64亿元，增长33.2%。'].join(
      '\n',
    ),
    PLAN,
  );

  it('reads the level and the growth under 工业投入', () => {
    expect(named(report, '工业投入')).toEqual([
      ['level', 19.64, '亿元'],
      ['growth', 33.2, '%'],
    ]);
  });
});

describe('民营经济上缴税金X亿元，增长A%: the private economy’s taxes, named as written (F7873)', () => {
  const report = parsedReport(
    [
      PLAN_TITLE,
      '上半年全县地区生产总值36.42亿元，增长14.1%。全县民营经济实现增加值18.27亿元，增长16.4%；民营经济上缴税金1.93亿元，增长21.7%。',
    ].join('\n'),
    PLAN,
  );

  it('reads the level and the growth under 民营经济上缴税金', () => {
    expect(named(report, '民营经济上缴税金')).toEqual([
      ['level', 1.93, '亿元'],
      ['growth', 21.7, '%'],
    ]);
  });
});

describe('实际利用省外项目资金X亿元，增长A%: the funds from other provinces with 项目 inside, as written (F7874)', () => {
  const report = parsedReport(
    [
      '沔塘县2032年1—4月经济运行分析',
      '1—4月，全县地区生产总值完成12.64亿元，增长9.8%；实际利用外资1460万美元，增长6.2%；实际利用省外项目资金8.73亿元，增长13.9%。',
    ].join('\n'),
    { sourceName: 'analysis.txt', region: '沔塘县', period: '2032-M1-4' },
  );

  it('reads the level and the growth under 实际利用省外项目资金', () => {
    expect(named(report, '实际利用省外项目资金')).toEqual([
      ['level', 8.73, '亿元'],
      ['growth', 13.9, '%'],
    ]);
  });
});

describe('年末城镇居民人均住房建筑面积X平方米: a 公报’s living space per head, named as written (F7875)', () => {
  const report = parsedReport(
    [
      COMMUNIQUE_TITLE,
      '全年地区生产总值58.31亿元，比上年增长11.6%。',
      '全年城镇居民人均可支配收入10342元，比上年增长10.9%。年末城镇居民人均住房建筑面积31.4平方米。',
    ].join('\n'),
    COMMUNIQUE,
  );

  it('reads the level under the name without the time word', () => {
    expect(named(report, '城镇居民人均住房建筑面积')).toEqual([['level', 31.4, '平方米']]);
  });
});

describe('纺织业完成增加值X亿元: a catalogued branch with its verb before the value added (F7876)', () => {
  const report = parsedReport(
    [
      ANALYSIS_TITLE,
      '上半年，全县实现地区生产总值33.86亿元，增长13.7%。',
      '上半年，全县规模以上工业企业完成增加值16.52亿元，增长24.3%。',
      '分行业看，纺织业完成增加值4.17亿元，增长29.6%；造纸业完成增加值1.35亿元，增长12.2%。',
    ].join('\n'),
    ANALYSIS,
  );

  it('joins 纺织业 to its catalogue entry with its level and growth', () => {
    expect(coded(report, 'textiles-value-added')).toEqual([
      ['纺织业增加值', 'level', 4.17, '亿元'],
      ['纺织业增加值', 'growth', 29.6, '%'],
    ]);
  });

  it('keeps an unlisted branch under its name as written', () => {
    expect(named(report, '造纸业增加值')).toEqual([
      ['level', 1.35, '亿元'],
      ['growth', 12.2, '%'],
    ]);
  });
});

describe('甲种植面积X万亩，实现产值Y亿元: a crop’s output value after its area is a fact (F7877)', () => {
  const report = parsedReport(
    [
      '沔塘县政协关于2032年农村经济发展情况的视察报告',
      '预计全年全县地区生产总值达到52.16亿元，增长12.4%。',
      '预计全年农业增加值达到7.42亿元，增长4.6%。生猪出栏38.5万头，增长3.1%；茶叶种植面积达到8.6万亩，实现产值1.24亿元。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '沔塘县', period: '2032-FY' },
  );

  it('gives no observation of the crop’s output value', () => {
    expect(report.observations.filter((o) => o.indicatorName.endsWith('产值'))).toEqual([]);
  });

  it('keeps the figure as a fact', () => {
    expect(report.facts.some((f) => f.quantity.value === 1.24 && f.quantity.unit === '亿元')).toBe(true);
  });
});
