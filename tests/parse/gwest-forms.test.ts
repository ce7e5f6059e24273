// Forms of frontier and minority regions' reports and of older years (documents 381–390 of
// docs/corpus.md: 内蒙古 banners, 新疆 counties beside 兵团 farms, 黑龙江 grain, 西藏 incomes), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/parse/numbers.js';
import { sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('gwest.txt', title, lines);
const COMMUNIQUE = '勒吉县2009年国民经济和社会发展统计公报';
const H1 = '沙牧旗2019年上半年国民经济和社会发展计划执行情况的报告';
const observed = (title: string, ...lines: string[]) =>
  report(title, ...lines).observations.map((o) => [
    o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value ?? null,
    o.quantity?.unit ?? null,
  ]);
const facts = (title: string, ...lines: string[]) =>
  report(title, ...lines).facts.map((f) => [f.quantity.value, f.quantity.unit]);

describe('thousands parted by spaces (GW5)', () => {
  it('reads 185 326万元 and 2 368公里 as one number each', () => {
    expect(
      observed(COMMUNIQUE, '初步核算，全县生产总值实现185 326万元，比上年增长11.8%。').slice(0, 1),
    ).toEqual([['gdp', '生产总值', 'level', 185326, '万元']]);
    expect(facts(COMMUNIQUE, '年末全县公路通车里程2 368公里，其中高等级公路186公里。')).toEqual([
      [2368, '公里'],
      [186, '公里'],
    ]);
  });

  it('keeps two numbers apart when no unit follows the second (cells of a table laid out with spaces)', () => {
    expect(scanFigures('12 345').map((f) => f.quantity.value)).toEqual([12, 345]);
    expect(scanFigures('地区生产总值 亿元 7 38.46 6.2').map((f) => f.quantity.value)).toEqual([
      7, 38.46, 6.2,
    ]);
  });
});

describe('units of the pastoral and grain regions (GW1)', () => {
  it('reads herds in 万头（只）, camels in 万峰 and sheep units as facts with their units as written', () => {
    expect(
      facts(
        H1,
        '牧业年度牲畜存栏达到136.42万头（只），其中骆驼存栏0.52万峰，折合185.6万羊单位。',
        '全年牲畜出栏845 296头（只）。',
      ),
    ).toEqual([
      [136.42, '万头(只)'],
      [0.52, '万峰'],
      [185.6, '万羊单位'],
      [845296, '头(只)'],
    ]);
  });

  it('reads grain in 亿斤, in a result and in a goal with 以上', () => {
    expect(observed(COMMUNIQUE, '粮食总产量3.12亿斤，比上年增长2.6%。')).toEqual([
      ['grain-output', '粮食总产量', 'level', 3.12, '亿斤'],
      ['grain-output', '粮食总产量', 'growth', 2.6, '%'],
    ]);
    const goal = report(H1, '二、下半年工作安排', '确保粮食总产量稳定在4.8亿斤以上。').targets;
    expect(goal.map((t) => [t.indicatorCode, t.value, t.unit, t.comparator])).toEqual([
      ['grain-output', 4.8, '亿斤', 'gte'],
    ]);
  });
});

describe('names of older and pastoral reports', () => {
  it('reads 农牧民人均纯收入 as the rural net income, its amount of change included (GW6)', () => {
    expect(observed(COMMUNIQUE, '农牧民人均纯收入3 862元，比上年增加356元，增长10.2%。')).toEqual([
      ['rural-net-income-per-capita', '农牧民人均纯收入', 'level', 3862, '元'],
      ['rural-net-income-per-capita', '农牧民人均纯收入', 'change', 356, '元'],
      ['rural-net-income-per-capita', '农牧民人均纯收入', 'growth', 10.2, '%'],
    ]);
  });

  it('keeps 城镇固定资产投资 and 农村固定资产投资 as aggregates of their own, not all investment (GW7)', () => {
    const read = observed(
      COMMUNIQUE,
      '全社会固定资产投资完成96 845万元，比上年增长30.6%。其中，城镇固定资产投资78 362万元，增长33.1%；农村固定资产投资18 483万元，增长21.0%。',
    );
    expect(
      read.map(([code, name, measure, value]) => [
        code === 'fixed-asset-investment' ? code : name,
        measure,
        value,
      ]),
    ).toEqual([
      ['fixed-asset-investment', 'level', 96845],
      ['fixed-asset-investment', 'growth', 30.6],
      ['城镇固定资产投资', 'level', 78362],
      ['城镇固定资产投资', 'growth', 33.1],
      ['农村固定资产投资', 'level', 18483],
      ['农村固定资产投资', 'growth', 21],
    ]);
  });
});

describe('a body beside the county (GW8)', () => {
  it('keeps a 兵团 farm’s figures (and a state farm’s) from the county’s own', () => {
    expect(
      observed(
        COMMUNIQUE,
        '全县生产总值（不含兵团，下同）实现152 326万元，增长10.8%。',
        '驻县兵团团场实现生产总值86 452万元，增长12.6%。',
        '境内国有农场完成农业总产值3.2亿元，增长5.1%。',
      ),
    ).toEqual([
      ['gdp', '生产总值', 'level', 152326, '万元'],
      ['gdp', '生产总值', 'growth', 10.8, '%'],
    ]);
  });
});

describe('a league’s banners as the group of a rank (GW2)', () => {
  it('takes the size and the parent of a table’s ranks from a note naming 旗县市区', () => {
    const read = report(
      H1,
      '表1　主要经济指标完成情况',
      '指标名称\t单位\t1-6月完成\t同比增长（%）\t全盟位次',
      '地区生产总值\t亿元\t28.46\t6.2\t4',
      '社会消费品零售总额\t亿元\t7.84\t5.6\t5',
      '注：全盟位次为增速在锦沙盟9个旗县市区中的位次。',
    );
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 4, 9, '锦沙盟'],
      ['retail-sales', 5, 9, '锦沙盟'],
    ]);
    expect(read.facts).toEqual([]);
  });
});

describe('a road’s mileage is no project (GW5)', () => {
  it('reads 公路通车里程 as a figure, not a road opened to traffic', () => {
    expect(report(COMMUNIQUE, '年末全县公路通车里程2 368公里。').projects).toEqual([]);
    expect(
      report(H1, '二、上半年执行情况', '沙牧至锦沙一级公路建成通车。').projects.map((p) => p.name),
    ).toEqual(['沙牧至锦沙一级公路']);
  });
});
