// Forms held-out-23 showed (docs/prose-forms.md, "fixho23"), in text of our own with invented places
// and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixho23.txt');
const observed = (...lines: string[]) =>
  report(...lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value ?? null]);

const Q3 = ['2017年前三季度岚溪县经济运行情况分析', '岚溪县统计局　2017年10月24日'];

describe("a county's townships in its analysis", () => {
  it('reads no county figure from 分乡镇看，东岭镇、西坳乡规上工业总产值分别增长a%和b% nor 南坪乡…下降c%', () => {
    expect(
      observed(
        ...Q3,
        '前三季度，全县规模以上工业总产值186.3亿元，增长10.4%。',
        '分乡镇看，东岭镇、西坳乡规上工业总产值分别增长15.1%和11.6%，东岭镇总量居各乡镇首位；受企业停产影响，南坪乡规上工业总产值下降5.2%。城南街道固定资产投资增长9.3%。',
      ),
    ).toEqual([
      ['industrial-output', 'level', 186.3],
      ['industrial-output', 'growth', 10.4],
    ]);
  });

  it('reads no county figure from a table whose rows are its townships (乡镇 | 总产值 | 增长)', () => {
    expect(
      observed(
        ...Q3,
        '前三季度，全县地区生产总值88.41亿元，同比增长6.7%。',
        '表2 各乡镇前三季度主要指标完成情况',
        '乡镇\t规上工业总产值（万元）\t增长（%）\t固定资产投资（万元）\t增长（%）',
        '东岭镇\t41260\t12.5\t22810\t9.6',
        '西坳乡\t8830\t-3.2\t5120\t4.4',
        '城南街道\t30110\t8.1\t14200\t6.3',
      ),
    ).toEqual([
      ['gdp', 'level', 88.41],
      ['gdp', 'growth', 6.7],
    ]);
  });
});

describe("the firms' profits after their output", () => {
  it('reads 规模以上工业企业实现总产值X，增长a%；实现利润总额Y，增长b% as output then profits', () => {
    expect(
      observed(
        ...Q3,
        '前三季度，全县地区生产总值88.41亿元，同比增长6.7%。',
        '全县规模以上工业企业实现总产值186.3亿元，增长10.4%；实现利润总额9.72亿元，增长12.9%。',
        '全县规上工业企业完成产值52.6亿元，增长7.7%，实现利润3.18亿元，下降2.4%。',
      ).filter((o) => o[0] !== 'gdp'),
    ).toEqual([
      ['industrial-output', 'level', 186.3],
      ['industrial-output', 'growth', 10.4],
      ['industrial-profits', 'level', 9.72],
      ['industrial-profits', 'growth', 12.9],
      ['industrial-output', 'level', 52.6],
      ['industrial-output', 'growth', 7.7],
      ['industrial-profits', 'level', 3.18],
      ['industrial-profits', 'growth', -2.4],
    ]);
  });
});

describe("industry's growth said short among the problems", () => {
  it('reads 工业增速比一季度回落B个百分点 as the value added growth change, and keeps 轻工业增速 its own', () => {
    const changes = report(
      '关于岚溪县2010年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '全县地区生产总值21.84亿元，同比增长12.6%。规模以上工业增加值6.37亿元，同比增长18.2%。',
      '二、存在的问题',
      '一是工业增速比一季度回落1.8个百分点，部分企业效益下滑；二是轻工业增速比一季度回落0.9个百分点。',
    )
      .observations.filter((o) => o.measure === 'change')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(changes).toEqual([
      ['industrial-value-added', -1.8],
      ['light-industry-value-added', -0.9],
    ]);
  });
});
