// Branches, investment fields and kinds of retail the catalogue lacks, kept from prose under the
// name as written (F45, F61). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const parsed = (...prose: string[]) =>
  parsedReport(
    ['丁县2024年上半年经济运行简析', '来源：丁县统计局　发布时间：2024-07-20', ...prose].join('\n'),
    { sourceName: 'branches.txt' },
  );
const observations = (...prose: string[]) =>
  parsed(...prose).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('branches the catalogue lacks', () => {
  it("keeps branches, fields and kinds of retail with their growth and their change, under the catalogue's entry when there is one", () => {
    expect(
      observations(
        '上半年，规上工业增加值同比增长6.8%。重点行业中，电气机械和器材制造业增长18.4%，金属制品业增长9.7%。',
        '分领域看，制造业投资增长6.5%，基础设施投资增长4.2%。',
        '其中限上批发零售业零售额下降1.6%，限上住宿餐饮业零售额下降2.2%，降幅较一季度分别收窄5.4和2.9个百分点。',
      ),
    ).toEqual([
      // The catalogue's own entries where it has the name (catalogue-detail.ts) …
      ['industrial-value-added', 'growth', 6.8],
      ['electrical-machinery-value-added', 'growth', 18.4],
      ['metal-products-value-added', 'growth', 9.7],
      ['manufacturing-investment', 'growth', 6.5],
      ['infrastructure-investment', 'growth', 4.2],
      ['wholesale-retail-above-quota-retail-sales', 'growth', -1.6],
      ['accommodation-catering-above-quota-retail-sales', 'growth', -2.2],
      ['wholesale-retail-above-quota-retail-sales', 'change', 5.4],
      ['accommodation-catering-above-quota-retail-sales', 'change', 2.9],
    ]);
    // … and the name as written where it has not.
    expect(
      observations(
        '上半年，规上工业增加值同比增长6.8%。重点行业中，仪器仪表制造业增长18.4%，专用设备制造业下降3.1%。',
      ),
    ).toEqual([
      ['industrial-value-added', 'growth', 6.8],
      ['仪器仪表制造业', 'growth', 18.4],
      ['special-equipment-value-added', 'growth', -3.1],
    ]);
  });

  it('keeps a name whose first items stand before 、 whole, under the catalogue’s entry', () => {
    const report = parsed(
      '上半年，全县地区生产总值增长5.1%。分三大门类看，采矿业同比增长3.2%；电力、热力、燃气及水生产和供应业同比下降2.4%。',
    );
    expect(report.observations.map((o) => [o.indicatorName, o.quantity?.value])).toEqual([
      ['地区生产总值', 5.1],
      ['采矿业', 3.2],
      ['电力、热力、燃气及水生产和供应业', -2.4],
    ]);
    // 采矿业 is the catalogue's (mining-value-added); so is the long name, read whole in its clause since
    // session 20 (fixrest), a national-classification branch the catalogue's second tier names.
    expect(report.observations.map((o) => o.indicatorCode).slice(1)).toEqual([
      'mining-value-added',
      'utilities-value-added',
    ]);
    expect(report.indicators.filter((i) => !i.known).map((i) => i.name)).toEqual([]);
  });

  it('takes no branch from pulls, firms, projects, shares or amounts', () => {
    expect(
      observations(
        '上半年，全县地区生产总值增长5.1%。',
        '制造业对规上工业贡献率达94.2%，拉动全县工业增长8.8个百分点。',
        '规上工业企业实现利润总额5.2亿元，增长3.1%。',
        '42个重点项目完成投资28.6亿元，增长13.7%。',
        // 工业, 服务业 named bare are whole sectors, which the catalogue names otherwise, not branches.
        '其中，工业增长8.1%，服务业增长6.2%。',
      ),
      // The firms' profits are no branch but the catalogue's own entry.
    ).toEqual([
      ['gdp', 'growth', 5.1],
      ['industrial-profits', 'level', 5.2],
      ['industrial-profits', 'growth', 3.1],
    ]);
  });
});

describe('consumption by kind (总消费, 服务消费, 商品消费)', () => {
  it('keeps each kind under its name with its growth, and gives no branch from its contribution', () => {
    expect(
      observations(
        '上半年，全县地区生产总值增长5.2%。',
        '全县总消费增长4.3%，其中服务消费增长7.2%、对总消费增长的贡献率达66.1%，商品消费下降0.6%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.2],
      ['总消费', 'growth', 4.3],
      ['服务消费', 'growth', 7.2],
      ['商品消费', 'growth', -0.6],
    ]);
  });
});

describe('a work the catalogue lacks with its share of the year’s plan (甲完成年初计划的A%)', () => {
  it('keeps the share under the work’s name; projects’ and a government’s plans stay facts', () => {
    expect(
      observations(
        '上半年，全县地区生产总值增长5.2%。',
        '住宅用地供应完成年度计划的47.5%，县级政府投资计划已下达62%，52个重点项目完成年度计划的51.2%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.2],
      ['住宅用地供应', 'share', 47.5],
    ]);
  });
});

describe('a goal for a rate the catalogue lacks', () => {
  it('reads 人口自然增长率控制在6‰以内 in a goal list, and lists the rate', () => {
    const report = parseReportText(
      [
        '丁县2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划草案的报告',
        '一、2010年计划执行情况',
        '全县生产总值增长14.2%。',
        '二、2011年主要预期目标',
        '2011年全县经济社会发展的主要预期目标是：生产总值增长13%以上，人口自然增长率控制在6‰以内。',
      ].join('\n'),
      { sourceName: 'rate-goal.txt' },
    ).report;
    expect(report?.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.unit, t.comparator])).toEqual([
      ['生产总值', 'next-year', 13, '%', 'gte'],
      ['人口自然增长率', 'next-year', 6, '‰', 'lte'],
    ]);
    expect(report?.indicators.find((i) => i.name === '人口自然增长率')?.known).toBe(false);
  });

  it('reads 项目投资 with what it leaves out in brackets, in prose and as a plan row named with 增长', () => {
    const report = parsed(
      '上半年，全县固定资产投资增长6.2%。其中，项目投资（不含房地产）增长10.4%，增速高于全部投资4.2个百分点。',
      '澄阳县2024年主要指标计划表',
      '指标名称\t单位\t2024年计划\t上半年完成',
      '其中：项目投资（不含房地产）增长\t%\t8\t10.4',
    );
    const named = report?.observations.filter((o) => o.indicatorName.startsWith('项目投资')) ?? [];
    expect(named.map((o) => [o.source, o.measure, o.quantity?.value])).toEqual([
      ['table', 'growth', 10.4],
      ['prose', 'growth', 10.4],
      ['prose', 'comparison', 4.2],
    ]);
    // The row's 增长 is its measure, not its name: one indicator in prose and table.
    expect(new Set(named.map((o) => o.indicatorCode)).size).toBe(1);
  });
});

describe('investment by its composition', () => {
  it('keeps 建筑安装工程投资 and 设备工器具购置投资 under the investment they are parts of', () => {
    expect(
      observations(
        '上半年，全县固定资产投资同比增长7.3%。从构成看，建筑安装工程投资增长2.8%，设备工器具购置投资下降5.1%，其他费用投资增长12.6%。',
      ),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 7.3],
      ['建筑安装工程投资', 'growth', 2.8],
      ['设备工器具购置投资', 'growth', -5.1],
      ['其他费用投资', 'growth', 12.6],
    ]);
  });
});
