// Forms the thirteenth held-out batch showed the parser missing (aoling-2016-h1, ouquan-2012-m9-analysis),
// in sentences and tables of our own with invented places and figures: a scope in brackets after an
// indicator's name, a verb inside a named aggregate, a threshold before 项目, a firms' bare 利润.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('fixtable.txt', title, lines);
const H1 = '柘川县2017年上半年国民经济和社会发展计划执行情况的报告';
const M9 = '梅垣县2013年1-9月经济运行情况分析';
const observed = (title: string, ...lines: string[]) =>
  report(title, ...lines).observations.map((o) => [
    o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value ?? null,
  ]);

describe('a scope in brackets after an indicator name (catalogue-scopes.ts)', () => {
  it('reads the survey coverage of the same indicator as that indicator', () => {
    expect(lookupIndicator('固定资产投资（不含农户）')?.code).toBe('fixed-asset-investment');
    expect(lookupIndicator('固定资产投资(500万元以上项目)')?.code).toBe('fixed-asset-investment');
    expect(lookupIndicator('固定资产投资（不含农户，下同）')?.code).toBe('fixed-asset-investment');
    expect(lookupIndicator('固定资产投资（50万元以上项目）')?.code).toBe('fixed-asset-investment');
  });

  it('reads a naming scope in brackets as the narrower indicator it names in front', () => {
    expect(lookupIndicator('社会消费品零售总额（限额以上）')?.code).toBe('retail-sales-above-quota');
    expect(lookupIndicator('工业增加值（规模以上）')?.code).toBe('industrial-value-added');
  });

  it('leaves a size class of large projects and other brackets unknown', () => {
    expect(lookupIndicator('固定资产投资（5000万元以上项目）')).toBeUndefined();
    expect(lookupIndicator('固定资产投资（亿元以上项目）')).toBeUndefined();
    expect(lookupIndicator('固定资产投资（其他）')).toBeUndefined();
  });

  it("gives a table row's target, guidance and rank to the indicator", () => {
    const read = report(
      H1,
      '表1　柘川县2017年上半年主要经济指标完成情况',
      '指标名称\t单位\t年度目标（%）\t市下达指导目标（%）\t1-6月完成\t增速（%）\t全市位次',
      '地区生产总值\t亿元\t7\t6.5\t36.18\t6.6\t4',
      '固定资产投资（不含农户）\t亿元\t12\t10\t48.27\t10.9\t3',
      '注：全市位次为增速在蔺山市六个县（市、区）中的排位。',
    );
    expect(read.observations.filter((o) => o.indicatorCode?.startsWith('x-'))).toEqual([]);
    expect(
      read.targets.filter((t) => t.indicatorCode === 'fixed-asset-investment').map((t) => [t.kind, t.value]),
    ).toEqual([
      ['target', 12],
      ['guidance', 10],
    ]);
    expect(
      read.rankings.filter((r) => r.indicatorCode === 'fixed-asset-investment').map((r) => [r.rank, r.of]),
    ).toEqual([[3, 6]]);
  });
});

describe('a verb inside a named aggregate (prose-branches.ts)', () => {
  it('reads 轻工业完成增加值 as 轻工业增加值', () => {
    const rows = observed(
      M9,
      '1-9月，全县实现地区生产总值71.35亿元，同比增长10.8%。',
      '1-9月，全县规模以上工业企业完成增加值26.41亿元，同比增长13.7%。其中，轻工业完成增加值9.62亿元，增长15.2%；重工业实现增加值16.79亿元，增长12.8%。',
    );
    expect(
      rows.filter((r) => String(r[1]).includes('工业增加值') && r[0] !== 'industrial-value-added'),
    ).toEqual([
      ['light-industry-value-added', '轻工业增加值', 'level', 9.62],
      ['light-industry-value-added', '轻工业增加值', 'growth', 15.2],
      ['heavy-industry-value-added', '重工业增加值', 'level', 16.79],
      ['heavy-industry-value-added', '重工业增加值', 'growth', 12.8],
    ]);
  });
});

describe('a size threshold before 项目 inside a name (prose-not-figures.ts)', () => {
  it('reads 500万元以上项目固定资产投资 as investment, its threshold no fact', () => {
    const read = report(
      M9,
      '1-9月，全县完成500万元以上项目固定资产投资52.36亿元，同比增长27.4%，居全市第3位。',
    );
    expect(read.facts.map((f) => f.quantity.value)).toEqual([52.36, 27.4]);
    expect(read.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'level', 52.36],
      ['fixed-asset-investment', 'growth', 27.4],
    ]);
  });
});

describe("a firms' bare 利润 after their 主营业务收入 (catalogue-detail.ts)", () => {
  it('reads 实现利润 as the profits of the firms the clause before named', () => {
    expect(
      observed(
        H1,
        '规模以上工业企业实现主营业务收入54.2亿元，同比增长3.1%；实现利润1.87亿元，同比下降4.6%。',
      ).filter((r) => r[0] === 'industrial-profits'),
    ).toEqual([
      ['industrial-profits', '规模以上工业企业利润', 'level', 1.87],
      ['industrial-profits', '规模以上工业企业利润', 'growth', -4.6],
    ]);
  });
});

describe('a project named again without its place (project-place-heads.ts)', () => {
  it('folds 加快…产业园建设 into the park project named in full before', () => {
    const read = report(
      H1,
      '全县固定资产投资完成48.27亿元，同比增长10.9%。柘川经济开发区鹿茸精深加工产业园、县城污水处理厂提标改造工程分别完成投资1.85亿元和0.64亿元。',
      '二、下半年工作打算',
      '加快鹿茸精深加工产业园建设，确保全年固定资产投资增长12%。',
    );
    const park = read.projects.filter((p) => p.name.includes('鹿茸'));
    expect(park.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['柘川经济开发区鹿茸精深加工产业园', ['鹿茸精深加工产业园'], 2],
    ]);
  });

  it('keeps a short name that two full names end with apart from both', () => {
    const read = report(
      H1,
      '全县固定资产投资完成48.27亿元，同比增长10.9%。城东新区污水管网工程、城西新区污水管网工程分别完成投资0.85亿元和0.64亿元。',
      '二、下半年工作打算',
      '加快污水管网工程建设。',
    );
    expect(
      read.projects.filter((p) => p.name.endsWith('新区污水管网工程')).map((p) => [p.name, p.aliases]),
    ).toEqual([
      ['城东新区污水管网工程', []],
      ['城西新区污水管网工程', []],
    ]);
  });
});
