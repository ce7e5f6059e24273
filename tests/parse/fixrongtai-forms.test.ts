// Forms of held-out-43's report, review and news page (session 19, fixrongtai): a share told by the
// level it moved to (占全部投资的比重提高到A%) and a change of spending written 比上年增支X亿元. Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '澄阳市2022年国民经济和社会发展计划执行情况') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixrongtai.txt' });
const observed = (lines: readonly string[], title?: string) =>
  report(lines, title).observations.map((o) =>
    [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit].join(' '),
  );

describe('a share told by the level it moved to', () => {
  it.each([
    ['占全部投资的比重提高到37.2%', 37.2],
    ['占固定资产投资的比重上升至52.6%', 52.6],
    ['占全部投资比重回落至28.9%', 28.9],
  ])('民间投资…%s: the share it reached', (form, share) => {
    expect(observed([`全年固定资产投资增长6.3%，其中民间投资增长11.7%，${form}。`])).toEqual([
      '固定资产投资 growth 6.3 %',
      '民间投资 growth 11.7 %',
      `民间投资 share ${share} %`,
    ]);
  });
});

describe('a change of spending written 增支 or 减支', () => {
  it('比上年增支X亿元、增长A%: a change in 亿元 and a growth of the spending', () => {
    expect(observed(['全年一般公共预算支出38.64亿元，比上年增支2.91亿元、增长8.1%。'])).toEqual([
      '一般公共预算支出 level 38.64 亿元',
      '一般公共预算支出 change 2.91 亿元',
      '一般公共预算支出 growth 8.1 %',
    ]);
  });

  it('同比减支X亿元，下降A%: a negative change', () => {
    expect(observed(['全年一般公共预算支出27.15亿元，同比减支1.42亿元，下降5%。'])).toEqual([
      '一般公共预算支出 level 27.15 亿元',
      '一般公共预算支出 change -1.42 亿元',
      '一般公共预算支出 growth -5 %',
    ]);
  });
});

describe('the sales of trade and catering firms above the quota', () => {
  it.each([
    ['限额以上批发和零售企业销售额（营业额）比增9.4%', '限额以上批发和零售企业销售额(营业额)', 9.4],
    ['限上住宿餐饮业营业额增长6.8%', '限上住宿餐饮业营业额', 6.8],
  ])('其中%s: a named aggregate under its name as written', (form, name, growth) => {
    expect(observed([`全年社会消费品零售总额164.2亿元，增长7.5%；其中${form}。`])).toEqual([
      '社会消费品零售总额 level 164.2 亿元',
      '社会消费品零售总额 growth 7.5 %',
      `${name} growth ${growth} %`,
    ]);
  });

  it('keeps the retail sales of the firms above the quota the catalogue entry', () => {
    const parsed = report(['全年限额以上企业零售额52.3亿元，增长6.1%。']);
    expect(parsed.observations.map((o) => o.indicatorCode)).toEqual([
      'retail-sales-above-quota',
      'retail-sales-above-quota',
    ]);
  });
});

describe('a pull of the regional product', () => {
  it('拉动地区生产总值增长B个百分点: no figure of GDP, and the month after keeps the subject before', () => {
    const lines = [
      '上半年，全县规模以上工业增加值同比增长8.7%，比一季度提高1.9个百分点，拉动地区生产总值增长3.1个百分点。其中，6月当月增长10.4%。',
    ];
    expect(observed(lines, '澄阳县2022年上半年经济运行情况')).toEqual([
      '规模以上工业增加值 growth 8.7 %',
      '规模以上工业增加值 change 1.9 个百分点',
      '规模以上工业增加值 growth 10.4 %',
    ]);
  });
});

describe('the parent written before the own place', () => {
  it('a 全市 rank is the parent named before the district in the session line and the signature', () => {
    const parsed = report(
      [
        '——2023年7月28日在澄阳市桐岙区第五届人民代表大会常务委员会第十二次会议上',
        '上半年，全区地区生产总值45.62亿元，同比增长6.8%，高于全市平均水平0.5个百分点，居全市各区县第3位。',
        '澄阳市桐岙区人民代表大会财政经济委员会',
      ],
      '桐岙区人民代表大会财政经济委员会关于2023年上半年国民经济和社会发展计划执行情况的审查结果报告',
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 3, '澄阳市']]);
  });

  it('names no parent when two cities stand before the place (two places of one name)', () => {
    const parsed = report(
      [
        '澄阳市桐岙区商务局、霁州市桐岙区商务局联合举办展销会。',
        '上半年，全区地区生产总值45.62亿元，同比增长6.8%，居全市各区县第3位。',
      ],
      '桐岙区2023年上半年经济运行情况',
    );
    expect(parsed.rankings.map((r) => r.scope)).toEqual(['全市']);
  });
});

describe('classes of goods sharing what is measured of them', () => {
  it.each([
    [
      '主要是家电类和粮油食品类零售额分别下降3.4%和1.9%',
      ['家电类零售额 growth -3.4 %', '粮油食品类零售额 growth -1.9 %'],
    ],
    [
      '其中，金银珠宝类、中西药品类和日用品类零售额分别增长12.5%、6.1%和4%',
      ['金银珠宝类零售额 growth 12.5 %', '中西药品类零售额 growth 6.1 %', '日用品类零售额 growth 4 %'],
    ],
  ])('%s: each class with the last one’s 零售额', (form, expected) => {
    expect(observed([`上半年，全区社会消费品零售总额41.8亿元，同比增长5.2%，${form}。`])).toEqual([
      '社会消费品零售总额 level 41.8 亿元',
      '社会消费品零售总额 growth 5.2 %',
      ...expected,
    ]);
  });
});

describe('a threshold passed after the level', () => {
  it('…X亿元，…，经济总量首次突破Y亿元: the threshold is a fact, the level the observation', () => {
    const parsed = report(['全年实现地区生产总值318.27亿元，增长6.9%，经济总量首次突破300亿元。']);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 318.27],
      ['gdp', 'growth', 6.9],
    ]);
    expect(parsed.facts.map((f) => f.quantity.value)).toContain(300);
  });

  it('keeps a 突破 level standing alone as the level', () => {
    const parsed = report(['全年一般公共预算收入首次突破20亿元，增长7.3%。']);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['general-budget-revenue', 'level', 20],
      ['general-budget-revenue', 'growth', 7.3],
    ]);
  });
});
