// Chains of clauses about one indicator (…增长A%,高于计划B个百分点,全市排位第N;…): gaps to the plan,
// comparisons with a benchmark region, ranks and their changes all stay with the chain's indicator.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(
    ['庚县2023年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', ...prose].join('\n'),
    { sourceName: 'chain.txt' },
  );

const CHAIN =
  '上半年，全县实现地方生产总值45.6亿元，同比增长6.1%，高于计划0.6个百分点，全市排位第3；' +
  '规模工业增加值同比增长8.2%，低于计划1.3个百分点，全市排位第5；' +
  '社会消费品零售总额12.4亿元，增长4.4%，比计划高0.4个百分点，全市排名第2位，比一季度前移2位。';

describe('a chain of clauses about one indicator', () => {
  it('gives each plan gap as the period plan (actual ∓ gap), judged against the actual', () => {
    expect(
      report(CHAIN).targets.map((t) => [
        t.indicatorCode,
        t.kind,
        t.horizon,
        t.value,
        t.unit,
        t.derived,
        t.attainment,
      ]),
    ).toEqual([
      ['gdp', 'period-plan', 'period', 5.5, '%', true, 'met'],
      ['industrial-value-added', 'period-plan', 'period', 9.5, '%', true, 'missed'],
      ['retail-sales', 'period-plan', 'period', 4, '%', true, 'met'],
    ]);
  });

  it('attaches every rank to the indicator of its chain, with the change where given', () => {
    expect(report(CHAIN).rankings.map((r) => [r.indicatorCode, r.rank, r.scope, r.change])).toEqual([
      ['gdp', 3, '全市', null],
      ['industrial-value-added', 5, '全市', null],
      ['retail-sales', 2, '全市', 2],
    ]);
  });

  it('keeps the gaps as signed comparisons with 计划, besides the plan they imply', () => {
    const parsed = report(CHAIN);
    expect(
      parsed.facts
        .filter((f) => f.measure === 'comparison')
        .map((f) => [f.indicatorCode, f.quantity.value, f.comparedWith]),
    ).toEqual([
      ['gdp', 0.6, '计划'],
      ['industrial-value-added', -1.3, '计划'],
      ['retail-sales', 0.4, '计划'],
    ]);
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.comparedWith]),
    ).toEqual([
      ['gdp', '计划'],
      ['industrial-value-added', '计划'],
      ['retail-sales', '计划'],
    ]);
  });

  it('reads 高于全市平均水平 as a comparison with the region, not a plan', () => {
    const parsed = report(
      '固定资产投资同比增长7.5%，高于全市平均水平2.1个百分点；一般公共预算收入增长3.0%，增速低于全省平均0.8个百分点。',
    );
    expect(parsed.targets).toEqual([]);
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit, o.comparedWith]),
    ).toEqual([
      ['fixed-asset-investment', 2.1, '个百分点', '全市'],
      ['general-budget-revenue', -0.8, '个百分点', '全省'],
    ]);
  });

  it('reads a time-progress gap as a comparison with 时序进度', () => {
    const parsed = report('固定资产投资完成21.0亿元，占年计划的56%，超时序进度6个百分点。');
    expect(parsed.facts.map((f) => [f.indicatorCode, f.measure, f.quantity.value, f.comparedWith])).toEqual([
      ['fixed-asset-investment', 'level', 21, null],
      ['fixed-asset-investment', 'share', 56, null],
      ['fixed-asset-investment', 'comparison', 6, '时序进度'],
    ]);
  });

  it.each([
    ['位次前移2位，居全市第3位', 3, 2],
    ['全市排名第4位，比一季度后移1位', 4, -1],
    ['居全市第六位，较上年提升3个位次', 6, 3],
  ])('reads a rank and its change: %s', (phrase, rank, change) => {
    const parsed = report(`地区生产总值增长5.0%，${phrase}。`);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([['gdp', rank, change]]);
    // The places moved are not a figure of their own.
    expect(parsed.facts.map((f) => f.quantity.raw)).toEqual(['增长5.0%']);
  });

  it('reads a gap to a plan a higher level set (高于市政府下达目标) and a share of it', () => {
    const parsed = report(
      '规模以上工业增加值增长12%，高于市政府下达目标3个百分点，全省排名第4位；工业投资10.5亿元，完成市政府下达全年目标的52.5%。',
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.unit])).toEqual([
      ['industrial-value-added', 'period-plan', 'period', 9, '%'],
      ['industrial-investment', 'target', 'full-year', 20, '亿元'],
    ]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['industrial-value-added', 4, '全省'],
    ]);
  });

  it('ranks after a comparison and a two-year average are still about the chain', () => {
    const parsed = report(
      '全县生产总值同比增长11.3%，增速高于全市平均水平0.4个百分点，两年平均下降2.1%，全市排名第六。',
    );
    expect(parsed.observations.map((o) => [o.measure, o.quantity?.value, o.comparedWith])).toEqual([
      ['growth', 11.3, null],
      ['comparison', 0.4, '全市'],
      ['two-year-average-growth', -2.1, null],
    ]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['gdp', 6]]);
  });

  it('gives a rank shared by listed indicators to each, and each change to its own rank', () => {
    const parsed = report(
      '从全市看，一般公共预算收入、农村居民收入增幅居全市第一位，固定资产投资增幅居全市第三位，规模以上工业增加值增长8.7%，增速居全市第4位，较1至5月前移2位。',
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope, r.change])).toEqual([
      ['general-budget-revenue', 1, '全市', null],
      ['rural-disposable-income-per-capita', 1, '全市', null],
      ['fixed-asset-investment', 3, '全市', null],
      ['industrial-value-added', 4, '全市', 2],
    ]);
  });

  it('reads 由…第5位上升到第2位 as a rank and its change, about what the clause names', () => {
    const parsed = report('我县综合得分由一季度的第5位上升到全市第2位。');
    expect(parsed.rankings.map((r) => [r.subject, r.rank, r.scope, r.change])).toEqual([
      ['综合得分', 2, '全市', 3],
    ]);
  });
});

describe('gaps written the way news pages write them', () => {
  const comparisons = (...prose: string[]) =>
    report(...prose)
      .facts.filter((f) => f.measure === 'comparison')
      .map((f) => [f.indicatorCode, f.quantity.value, f.quantity.baseUnit, f.comparedWith]);

  it('gives each benchmark of 较省、市分别高出a、b个百分点 its own comparison, about the chain', () => {
    expect(
      comparisons('上半年，全县完成地区生产总值88.1亿元，同比增长5.9%，较省、市分别高出1.1、0.6个百分点。'),
    ).toEqual([
      ['gdp', 1.1, 'pp', '省'],
      ['gdp', 0.6, 'pp', '市'],
    ]);
    expect(comparisons('规模以上工业增加值增长7.2%，分别低于全国、全省平均水平0.3和0.2个百分点。')).toEqual([
      ['industrial-value-added', -0.3, 'pp', '全国'],
      ['industrial-value-added', -0.2, 'pp', '全省'],
    ]);
  });

  it('reads 高B个点 after talk of goals as a gap to the plan, and elsewhere as an unnamed comparison', () => {
    const goals = report(
      '年初确定的主要预期目标均如期完成：地区生产总值增长6.4%，高0.4个点；固定资产投资增长9.8%，低0.2个点。',
    );
    expect(goals.targets.map((t) => [t.indicatorCode, t.kind, t.value, t.derived, t.attainment])).toEqual([
      ['gdp', 'period-plan', 6, true, 'met'],
      ['fixed-asset-investment', 'period-plan', 10, true, 'missed'],
    ]);
    expect(comparisons('一般公共预算收入增长12.5%，高0.5个点。')).toEqual([
      ['general-budget-revenue', 0.5, 'pp', null],
    ]);
  });

  it('does not read the months of 1至6月 as a figure', () => {
    expect(report('根据市里通报的1至6月主要指标，我县综合得分由一季度的第5位上升到第2位。').facts).toEqual(
      [],
    );
  });
});

describe('chains as the second held-out batch writes them', () => {
  it('reads 差计划目标 as a gap below the plan and 高于霁州 as a comparison with a one-character city', () => {
    const parsed = report(
      '上半年，全县实现地区生产总值41.2亿元，同比增长5.8%，差计划目标2.2个百分点，高于苇州0.3个百分点。',
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.kind, t.value, t.attainment])).toEqual([
      ['gdp', 'period-plan', 8, 'missed'],
    ]);
    expect(
      parsed.facts.filter((f) => f.measure === 'comparison').map((f) => [f.quantity.value, f.comparedWith]),
    ).toEqual([
      [-2.2, '计划'],
      [0.3, '苇州'],
    ]);
  });

  it('reads 列霁州第4，霁州一类县第2 as two ranks, and no rank from 有6项指标增速居全市第一', () => {
    const parsed = report(
      '全县GDP完成62.3亿元，增长5.9%，列苇州第4，苇州一类县第2。主要经济指标中有6项指标增速居全市第一、2项指标增速居全市第二。',
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 4, '苇州'],
      ['gdp', 2, '苇州'],
    ]);
  });

  it('reads a name before a colon and 城镇和农村…预计分别', () => {
    const parsed = report(
      '房地产销售面积：增长2.4%，低于苇州0.7个百分点。城镇和农村常住居民人均可支配收入预计分别达31860元、14240元，分别增长4.1%、6.8%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['housing-sales-area', 'growth', 2.4],
      ['housing-sales-area', 'comparison', -0.7],
      ['urban-disposable-income-per-capita', 'level', 31860],
      ['rural-disposable-income-per-capita', 'level', 14240],
      ['urban-disposable-income-per-capita', 'growth', 4.1],
      ['rural-disposable-income-per-capita', 'growth', 6.8],
    ]);
  });
});

describe('benchmarks with their own figure, flat goals and kinds of loans', () => {
  it('reads 比霁州增速(7.1%)高1.6个百分点 and 降幅比全市收窄4.5个百分点 as comparisons; the bracketed figure is the benchmark’s', () => {
    const parsed = report(
      '规模以上工业增加值增长8.7%，比苇州增速（7.1%）高1.6个百分点。固定资产投资下降3.2%，降幅比全市收窄4.5个百分点。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 8.7],
      ['industrial-value-added', 'comparison', 1.6],
      ['fixed-asset-investment', 'growth', -3.2],
      ['fixed-asset-investment', 'comparison', 4.5],
    ]);
  });

  it('reads 高于区人代会预期目标 as a gap to the plan', () => {
    expect(
      report('预计地区生产总值增长5.1%，高于区人代会预期目标0.6个百分点。').targets.map((t) => [
        t.kind,
        t.value,
      ]),
    ).toEqual([['period-plan', 4.5]]);
  });

  it('does not read 创业担保贷款 as all loans', () => {
    expect(report('发放创业担保贷款1.15亿元。').observations).toEqual([]);
  });
});

describe('changes against a two-year average or the whole year before, and past a pull', () => {
  it('keeps each with the chain indicator', () => {
    const parsed = report(
      '上半年，全县地区生产总值52.3亿元，比去年同期增长5.2%，比去年同期两年平均增速回落0.8个百分点，高于全市0.3个百分点。' +
        '规模以上工业增加值同比增长7.4%，拉动全县经济增长2.2个百分点，增速比1-5月回落1.1个百分点。' +
        '固定资产投资同比增长6.6%，增速较去年全年提高1.9个百分点。',
    );
    expect(
      parsed.observations
        .filter((o) => o.measure === 'change' || o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['gdp', 'change', -0.8],
      ['gdp', 'comparison', 0.3],
      ['industrial-value-added', 'change', -1.1],
      ['fixed-asset-investment', 'change', 1.9],
    ]);
  });
});

describe('a change against an earlier period told with 高/低 (F55)', () => {
  it('keeps 增速比一季度高出B个百分点 and 增幅比去年同期低B个百分点 with the chain, signed, and what follows too', () => {
    const parsed = report(
      '上半年，全县地区生产总值128.6亿元，同比增长5.1%，增速比一季度高出0.8个百分点，高于全市平均水平0.6个百分点。' +
        '规模以上工业增加值完成12.7亿元，增长4.3%，增幅比去年同期低1.3个百分点，占年计划的48.9%。',
    );
    expect(
      parsed.observations
        .filter((o) => o.measure !== 'level' && o.measure !== 'growth')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['gdp', 'change', 0.8],
      ['gdp', 'comparison', 0.6],
      ['industrial-value-added', 'change', -1.3],
      ['industrial-value-added', 'share', 48.9],
    ]);
  });

  describe('changes against several earlier periods listed before 分别', () => {
    it('gives each a change of the chain’s indicator, also after a ； (增速比1-3月、1-4月分别提高a和b个百分点)', () => {
      const parsed = report(
        '上半年，全县规上工业增加值增长6.6%，居全市第2位；增速比一季度、1-4月、1-5月分别回落0.7个百分点、0.4个百分点和0.2个百分点。',
      );
      expect(
        parsed.observations
          .filter((o) => o.measure === 'change')
          .map((o) => [o.indicatorCode, o.quantity?.value]),
      ).toEqual([
        ['industrial-value-added', -0.7],
        ['industrial-value-added', -0.4],
        ['industrial-value-added', -0.2],
      ]);
    });
  });
});

describe('value added named bare after the output of the same firms', () => {
  it('reads 实现增加值 after …企业完成产值 and a ； as their value added, and 比计划增速快 as a plan gap', () => {
    const parsed = report(
      '上半年，全县规模以上工业企业完成产值52.4亿元，同比增长18.2%；实现增加值12.7亿元，同比增长15.1%，比计划增速快3.1个百分点。',
    );
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'industrial-value-added')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 12.7],
      ['growth', 15.1],
      ['comparison', 3.1],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.derived])).toContainEqual([
      'industrial-value-added',
      12,
      true,
    ]);
  });
});

describe('funds received named bare under a topic line', () => {
  it('reads 实际到位资金 under a line naming 招商引资 as investment attracted, with its growth and share', () => {
    const parsed = report(
      '■招商引资势头良好',
      '上半年签约项目21个，实际到位资金8.36亿元，同比增长17.5%，完成全年目标任务的55.7%。',
    );
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'investment-attracted')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 8.36],
      ['growth', 17.5],
      ['share', 55.7],
    ]);
  });

  it('reads no investment attracted from funds received with no word of it', () => {
    const parsed = report('■项目资金保障有力', '上半年争取上级资金，实际到位资金3.2亿元，同比增长5.1%。');
    expect(parsed.observations.filter((o) => o.indicatorCode === 'investment-attracted')).toEqual([]);
  });
});

describe('a park’s figure', () => {
  it('reads no indicator of the place from a park named before its verb (甲工业园完成基础设施投资)', () => {
    const parsed = report(
      '上半年，全县固定资产投资增长9.2%。东岭工业园完成基础设施投资2.45亿元，新入园企业6家。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 9.2],
    ]);
    expect(parsed.facts.map((f) => f.quantity.raw)).toContain('2.45亿元');
  });
});

describe('branches set off by a comma because the first name holds a 、', () => {
  it('reads one growth per branch of 其中甲、乙业，丙业营业收入分别增长a%、b%', () => {
    const parsed = report(
      '上半年，全县规上服务业营业收入41.6亿元，增长6.8%，其中交通运输、仓储和邮政业，科学研究和技术服务业营业收入分别增长11.3%、4.2%。',
    );
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode?.startsWith('x-'))
        .map((o) => [o.indicatorName, o.quantity?.value]),
    ).toEqual([
      ['交通运输、仓储和邮政业', 11.3],
      ['科学研究和技术服务业', 4.2],
    ]);
  });
});
