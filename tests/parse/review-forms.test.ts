// Forms of a 人大 审议意见 first met in held-out-6: ranks after 分别 over the indicators before
// them, projects visited as a closed list, a capacity inside a project's name. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const parsed = (...prose: string[]) =>
  parsedReport(
    [
      '关于乙垣县2025年上半年国民经济和社会发展计划执行情况的审议意见',
      '会议认为，全县地区生产总值完成88.2亿元，同比增长6.1%。',
      ...prose,
    ].join('\n'),
    { sourceName: 'review-forms.txt' },
  );

describe('ranks after 分别 (甲、乙分别增长a%、b%，分别居全市第三和第一位)', () => {
  it('gives each indicator before it its rank, in order', () => {
    const rankings = parsed(
      '一般公共预算收入、城镇居民人均可支配收入分别增长5.2%、4.9%，分别居全市第二和第四位。',
    ).rankings.map((r) => [r.indicatorCode, r.rank, r.scope]);
    expect(rankings).toEqual([
      ['general-budget-revenue', 2, '全市'],
      ['urban-disposable-income-per-capita', 4, '全市'],
    ]);
  });

  it('keeps one rank about the one indicator when 分别 lists ranks of one subject', () => {
    const rankings = parsed('固定资产投资增长12.3%，总量和增速分居全市第七、第二位。').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
    ]);
    expect(rankings).toEqual([
      ['fixed-asset-investment', 7],
      ['fixed-asset-investment', 2],
    ]);
  });
});

describe('rural income in pastoral regions (农村牧区常住居民…, 农牧民人均可支配收入)', () => {
  it('reads it as rural income, never as all residents’ income', () => {
    const report = parsed(
      '农村牧区常住居民人均可支配收入完成6120元，增长8.3%；农牧民人均可支配收入增长8.1%。',
      '要确保全年农村牧区居民人均可支配收入增长9%以上。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 88.2],
      ['gdp', 'growth', 6.1],
      ['rural-disposable-income-per-capita', 'level', 6120],
      ['rural-disposable-income-per-capita', 'growth', 8.3],
      ['rural-disposable-income-per-capita', 'growth', 8.1],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.comparator])).toEqual([
      ['rural-disposable-income-per-capita', 9, 'gte'],
    ]);
  });
});

describe('a bare 占比 after a part’s level, and a ceiling kept (涨幅控制在A%以内) among the results', () => {
  it('reads the share as the part’s and the ceiling as the year’s plan, not a second actual', () => {
    const report = parsed(
      '一般公共预算收入完成5.1亿元，同比增长4.2%，其中税收收入3.8亿元，占比74.5%；居民消费价格同比上涨2.1%，涨幅控制在3.5%以内；城镇登记失业率控制在3.3%。',
    );
    expect(
      report.observations
        .filter((o) => ['tax-revenue', 'cpi', 'urban-unemployment-rate'].includes(o.indicatorCode))
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['tax-revenue', 'level', 3.8],
      ['tax-revenue', 'share', 74.5],
      ['cpi', 'growth', 2.1],
      ['urban-unemployment-rate', 'rate', 3.3],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual([
      ['cpi', 'full-year', 3.5, 'lte'],
    ]);
  });
});

describe('projects visited as a closed list (视察了甲工程、乙项目和丙项目)', () => {
  it('reads every item when each ends like a project', () => {
    const names = parsed(
      '会前，常委会组成人员视察了乙垣县城东供水工程、年产5万吨碳纤维复合材料项目和县第二中学综合楼建设项目。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['乙垣县城东供水工程', '年产5万吨碳纤维复合材料项目', '县第二中学综合楼建设项目']);
  });

  it("joins the suggestions' 加快甲工程和乙项目建设 to the projects visited, 项目 kept where it makes the name", () => {
    const projects = parsed(
      '会前，常委会组成人员视察了乙垣县城东供水工程、年产5万吨碳纤维复合材料项目和县第二中学综合楼建设项目。',
      '加快乙垣县城东供水工程和年产5万吨碳纤维复合材料项目建设。',
    ).projects.map((p) => [p.name, p.mentions.length]);
    expect(projects).toEqual([
      ['乙垣县城东供水工程', 2],
      ['年产5万吨碳纤维复合材料项目', 2],
      ['县第二中学综合楼建设项目', 1],
    ]);
  });

  it('reads none when an item is not a project', () => {
    const names = parsed('会前，常委会组成人员视察了乙垣县城东供水工程和部分乡镇。').projects.map(
      (p) => p.name,
    );
    expect(names).toEqual([]);
  });

  it('gives no fact of the capacity inside a project name, but keeps a capacity the report gives', () => {
    const facts = parsed('加快年产5万吨碳纤维复合材料项目建设。', '全县水泥年产达到60万吨。').facts.map(
      (f) => f.quantity.raw,
    );
    expect(facts).not.toContain('5万吨');
    expect(facts).toContain('60万吨');
  });
});

describe('goals a review holds the results against (对照全年甲增长7%、乙增长15%的目标)', () => {
  it("reads the year's goals and judges them by the results", () => {
    const targets = parsed(
      '固定资产投资完成40.5亿元，同比增长13.2%。',
      '对照全年地区生产总值增长6%、固定资产投资增长15%的目标，逐项分析差距。',
    ).targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment]);
    expect(targets).toEqual([
      ['gdp', 6, 'full-year', 'met'],
      ['fixed-asset-investment', 15, 'full-year', 'missed'],
    ]);
  });

  it('reads a long 、 list closed by 等目标任务', () => {
    const targets = parsed(
      '要对照年初人代会确定的地区生产总值增长6.5%、规模以上工业增加值增长7.5%、固定资产投资增长10%、城镇居民人均可支配收入增长7%等目标任务，查找差距。',
    ).targets.map((t) => [t.indicatorCode, t.value, t.horizon]);
    expect(targets).toEqual([
      ['gdp', 6.5, 'full-year'],
      ['industrial-value-added', 7.5, 'full-year'],
      ['fixed-asset-investment', 10, 'full-year'],
      ['urban-disposable-income-per-capita', 7, 'full-year'],
    ]);
  });

  it('reads no goal from a 对照 clause without figures', () => {
    expect(parsed('对照全年目标任务，逐项分析差距，确保完成。').targets).toEqual([]);
  });
});
