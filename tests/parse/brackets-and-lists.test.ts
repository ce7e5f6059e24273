// Forms the seventh held-out batch showed in prose (docs/prose-forms.md, session 8): growths in
// brackets after names, lists distributed by 分别 with a comparison, in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(
    ['丁县2025年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况', ...prose].join('\n'),
    { sourceName: 'brackets.txt' },
  );
const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('growths in brackets after names, then one 分别 clause', () => {
  const sentence =
    '上半年，地区生产总值（6.8%）、规模以上工业增加值（9.1%）分别高于预期目标0.3和1.1个百分点。';
  it('gives each name its growth and its margin over the plan', () => {
    expect(observed(sentence)).toEqual([
      ['gdp', 'growth', 6.8],
      ['industrial-value-added', 'growth', 9.1],
      ['gdp', 'comparison', 0.3],
      ['industrial-value-added', 'comparison', 1.1],
    ]);
  });
  it('implies each plan from its own growth', () => {
    expect(
      report(sentence).targets.map((t) => [t.indicatorCode, t.kind, t.value, t.derived, t.attainment]),
    ).toEqual([
      ['gdp', 'period-plan', 6.5, true, 'met'],
      ['industrial-value-added', 'period-plan', 8, true, 'met'],
    ]);
  });
  it('reads no indicator from places with growths in brackets', () => {
    expect(observed('乙区（11.6%）、丙县（7.4%）的地区生产总值增速分别排第3位和第5位。')).toEqual([]);
  });
});

describe('a list of names with 分别 and a comparison after them', () => {
  it('reads the comparison from 分别 on, one per name', () => {
    expect(observed('地区生产总值、规模以上工业增加值增速分别快于全省0.4和2.2个百分点。')).toEqual([
      ['gdp', 'comparison', 0.4],
      ['industrial-value-added', 'comparison', 2.2],
    ]);
  });
});

describe('ranks listed over names whose last is joined by 和', () => {
  const ranks = (...prose: string[]) =>
    report(...prose).rankings.map((r) => [r.indicatorCode, r.rank, r.scope]);
  it('gives each name its rank after 分别 and after 分列', () => {
    expect(
      ranks(
        '地区生产总值、规模以上工业增加值和一般公共预算收入增速分别居全市第3位、第6位和第2位，社会消费品零售总额和固定资产投资增速分列全市第8位和第4位。',
      ),
    ).toEqual([
      ['gdp', 3, '全市'],
      ['industrial-value-added', 6, '全市'],
      ['general-budget-revenue', 2, '全市'],
      ['retail-sales', 8, '全市'],
      ['fixed-asset-investment', 4, '全市'],
    ]);
  });
});

describe('benchmarks with their own growths in brackets, ranks of other places, 之首 and a rank move', () => {
  const sentence =
    '上半年地区生产总值增长6.7%，增速分别高于全国（5.1%）、全省（6.0%）1.6和0.7个百分点，在全省六地市中居第3位，排位由上年同期的第五升至第三。规模以上工业增加值、固定资产投资两项指标增速均居全省六地市之首。乙区（12.6%）、丙县（8.4%）的地区生产总值增速在全省20个县（市、区）中分别排第2位和第7位；乙区（20.3%）的规模以上工业增加值增速居全省县区首位。';
  it('compares with each benchmark, not with its bracketed growth', () => {
    expect(observed(sentence)).toEqual([
      ['gdp', 'growth', 6.7],
      ['gdp', 'comparison', 1.6],
      ['gdp', 'comparison', 0.7],
    ]);
  });
  it('keeps the report’s ranks only, the move joined to the rank it moved to', () => {
    expect(report(sentence).rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change])).toEqual([
      ['gdp', 3, 6, 2],
      ['industrial-value-added', 1, 6, null],
      ['fixed-asset-investment', 1, 6, null],
    ]);
  });
});

describe('the benchmark’s or the earlier period’s growth first, our margin in brackets', () => {
  it('keeps only the margin: a comparison after 高于全市水平, a signed change after 比一季度', () => {
    expect(
      observed(
        '规模以上工业增加值增长7.5%，高于全市水平6.9%（0.6个百分点）。社会消费品零售总额增长3.2%，比一季度回落4.1%（0.9个百分点）。',
      ),
    ).toEqual([
      ['industrial-value-added', 'growth', 7.5],
      ['industrial-value-added', 'comparison', 0.6],
      ['retail-sales', 'growth', 3.2],
      ['retail-sales', 'change', -0.9],
    ]);
  });
});

describe('comparisons, shares and fields the batch named', () => {
  it('reads a part compared with the named whole as the part’s comparison', () => {
    expect(observed('其中，民间投资增长15.4%，高于全市固定资产投资增速5.6个百分点。')).toEqual([
      ['private-investment', 'growth', 15.4],
      ['private-investment', 'comparison', 5.6],
    ]);
  });
  it('reads 经济总量 as GDP, 已完成年初预算的 as a share and 项目投资 under its name', () => {
    expect(
      observed(
        '经济总量占全省地区生产总值的比重为31.2%，比去年同期提高0.4个百分点。一般公共预算收入（9.6%）已完成年初预算的51.8%。项目投资增长7.3%。',
      ),
    ).toEqual([
      ['gdp', 'share', 31.2],
      ['gdp', 'change', 0.4],
      ['general-budget-revenue', 'growth', 9.6],
      ['general-budget-revenue', 'share', 51.8],
      [expect.stringMatching(/^x-/), 'growth', 7.3],
    ]);
  });
});

describe('statistics-brief forms: earlier periods listed, a 和 pair of divisions, a topic phrase', () => {
  it('reads one change per earlier period, signed by the verb', () => {
    expect(
      observed(
        '上半年全县规模以上工业增加值同比增长7.2%，增速比1-5月、一季度分别提高0.9和6.5个百分点。社会消费品零售总额增长4.1%，增速较一季度和1-5月分别回落0.3和0.2个百分点。',
      ),
    ).toEqual([
      ['industrial-value-added', 'growth', 7.2],
      ['industrial-value-added', 'change', 0.9],
      ['industrial-value-added', 'change', 6.5],
      ['retail-sales', 'growth', 4.1],
      ['retail-sales', 'change', -0.3],
      ['retail-sales', 'change', -0.2],
    ]);
  });
  it('spreads two 和-joined divisions over their growths and their margins over industry', () => {
    expect(
      observed(
        '装备制造业和高技术制造业增加值同比分别增长12.4%和19.8%，分别快于规模以上工业增速5.2和12.6个百分点。',
      ),
    ).toEqual([
      ['equipment-manufacturing-value-added', 'growth', 12.4],
      ['high-tech-manufacturing-value-added', 'growth', 19.8],
      ['equipment-manufacturing-value-added', 'comparison', 5.2],
      ['high-tech-manufacturing-value-added', 'comparison', 12.6],
    ]);
  });
  it('gives a bare 增加值 to the industry its topic phrase opens with; keeps 单位…能耗 as written', () => {
    expect(
      observed(
        '分产业看，第一产业平稳增长，增加值5.21亿元，增长3.6%；第二产业企稳回升，增加值30.12亿元，增长6.1%。单位工业增加值能耗同比下降4.2%。',
      ),
    ).toEqual([
      ['agriculture-value-added', 'level', 5.21],
      ['agriculture-value-added', 'growth', 3.6],
      ['secondary-industry-value-added', 'level', 30.12],
      ['secondary-industry-value-added', 'growth', 6.1],
      [expect.stringMatching(/^x-/), 'growth', -4.2],
    ]);
  });
});

describe('follow-on clauses with 剔除…因素后 and 仅占', () => {
  it('keeps the chain about the revenue and the investment', () => {
    expect(
      observed(
        '一般公共预算收入完成6.21亿元，剔除留抵退税因素后同口径增长9.4%，高出计划目标2.4个百分点。固定资产投资完成22.6亿元，同比下降8.1%，仅占年计划的41.2%，低于时序进度8.8个百分点。',
      ),
    ).toEqual([
      ['general-budget-revenue', 'level', 6.21],
      ['general-budget-revenue', 'growth', 9.4],
      ['general-budget-revenue', 'comparison', 2.4],
      ['fixed-asset-investment', 'level', 22.6],
      ['fixed-asset-investment', 'growth', -8.1],
      ['fixed-asset-investment', 'share', 41.2],
      ['fixed-asset-investment', 'comparison', -8.8],
    ]);
  });
});

describe('plans met in words after the figures', () => {
  it('gives a met target of no value to the indicator before, or to each with 均', () => {
    expect(
      report(
        '服务业增加值预计增长5.2%，实现计划目标；城镇、农村居民人均可支配收入预计分别为32100元、15200元，分别增长5.1%、6.6%，均完成计划目标。',
      ).targets.map((t) => [t.indicatorCode, t.value, t.attainment]),
    ).toEqual([
      ['tertiary-industry-value-added', null, 'met'],
      ['urban-disposable-income-per-capita', null, 'met'],
      ['rural-disposable-income-per-capita', null, 'met'],
    ]);
  });
  it('reads a missed target of no value from words that say it was not met, never a met one', () => {
    expect(
      report('工业增长乏力，规模以上工业增加值增长1.2%，未完成计划目标。').targets.map((t) => [
        t.indicatorCode,
        t.value,
        t.attainment,
      ]),
    ).toEqual([['industrial-value-added', null, 'missed']]);
  });
});

describe('由一季度的下降A%转为正增长', () => {
  it('reads the earlier period’s growth in a chain, scoped to that period', () => {
    const observations =
      parseReportText(
        [
          '丁县2023年上半年经济运行情况分析',
          '上半年全县实现地区生产总值80.12亿元，同比增长5.4%，由一季度的下降1.3%转为正增长，增速居全市9个县区第4位。',
        ].join('\n'),
        { sourceName: 'brackets.txt' },
      ).report?.observations ?? [];
    expect(
      observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['gdp', 'level', 80.12, null],
      ['gdp', 'growth', 5.4, null],
      ['gdp', 'growth', -1.3, '2023-Q1'],
    ]);
  });
});

describe('an infographic block: a name and level, then its growth and margin on lines of their own', () => {
  it('keeps the lines about the name that opened them', () => {
    const observations =
      parseReportText(
        [
          '丁县2023年上半年经济运行情况分析',
          '三、消费市场持续回暖',
          '社会消费品零售总额21.36亿元',
          '',
          '同比增长5.2%',
          '高于全市0.6个百分点',
          '限额以上单位消费品零售额7.12亿元',
          '同比增长7.4%',
        ].join('\n'),
        { sourceName: 'brackets.txt' },
      ).report?.observations ?? [];
    expect(observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['retail-sales', 'level', 21.36],
      ['retail-sales', 'growth', 5.2],
      ['retail-sales', 'comparison', 0.6],
      ['retail-sales-above-quota', 'level', 7.12],
      ['retail-sales-above-quota', 'growth', 7.4],
    ]);
  });
});

describe('a project 建成并网', () => {
  it('is named without its status words', () => {
    expect(
      report('丁县光伏发电二期项目建成并网，丁县城北供水管网改造工程完工。').projects.map((p) => p.name),
    ).toEqual(['丁县光伏发电二期项目', '丁县城北供水管网改造工程']);
  });
});
