// Forms of a statistics bureau's analysis that break a total down (session 10, after the tenth
// held-out batch): a share told by the one it moved from, branches listed before a verdict in
// words, a list whose last branch is named whole, a pull that opens its chain, a 其中 sentence
// under an earlier period, and a table column of changes in signed points. Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '卯川区2024年前三季度经济运行简析') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'breakdown.txt' });
const observed = (lines: readonly string[], title?: string) =>
  report(lines, title).observations.map((o) =>
    [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit, o.period ?? null].join(' '),
  );

describe('a share told by the one it moved from', () => {
  it.each([
    ['占全部投资的比重从上年同期的41.2%下降到35.6%', 35.6],
    ['占全部投资比重由上年同期的28.4%提高到31.9%', 31.9],
    ['占固定资产投资的比重由上半年的52.3%回落至49.8%', 49.8],
  ])('房地产开发投资…%s: the later share is observed, the earlier a fact only', (form, share) => {
    const parsed = report([
      `前三季度，全区固定资产投资同比增长5.1%。其中，房地产开发投资下降9.7%，${form}。`,
    ]);
    const shares = parsed.observations.filter((o) => o.measure === 'share');
    expect(shares.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['real-estate-investment', share],
    ]);
    expect(parsed.facts.filter((f) => f.measure === 'share')).toHaveLength(2);
  });

  it('keeps a structure moved from one ratio list to another as before', () => {
    const parsed = report([
      '前三季度，全区地区生产总值215.4亿元，增长5.5%。三次产业结构由上年同期的6.1:40.2:53.7调整为5.8:41.0:53.2。',
    ]);
    expect(
      parsed.observations.filter((o) => o.measure === 'structure').map((o) => o.quantity?.value),
    ).toEqual([5.8, 41, 53.2]);
  });
});

describe('branches listed before a verdict in words, then 分别', () => {
  it('甲业、乙业营业收入增速由负转正，分别回升a、b个百分点: one change each, of the 其中 sentence’s period', () => {
    expect(
      observed([
        '前三季度，全区地区生产总值215.4亿元，同比增长5.5%。',
        '1-8月，全区规模以上服务业企业营业收入同比增长7.4%。其中，交通运输和仓储业、居民服务和修理业营业收入增速由负转正，分别回升9.1、4.3个百分点。',
      ]),
    ).toEqual([
      '地区生产总值 level 215.4 亿元 ',
      '地区生产总值 growth 5.5 % ',
      '规模以上服务业企业营业收入 growth 7.4 % 2024-M1-8',
      '交通运输和仓储业 change 9.1 个百分点 2024-M1-8',
      '居民服务和修理业 change 4.3 个百分点 2024-M1-8',
    ]);
  });

  it('a 其中 sentence under a figure of the report’s own period keeps that period', () => {
    expect(
      observed(['前三季度，全区规模以上工业增加值同比增长6.2%。其中，纺织业增长8.8%。']).map((o) =>
        o.split(' ').at(-1),
      ),
    ).toEqual(['', '']);
  });
});

describe('a list of branches whose last one is named whole', () => {
  it('甲、乙、丙制造业增加值分别增长1.4倍、a%和b%: each item its own branch, not joined to the last', () => {
    expect(
      observed([
        '前三季度，全区规模以上工业增加值增长6.6%。其中，光伏组件、锂电材料、专用设备制造业增加值分别增长1.4倍、22.5%和7.3%。',
      ]),
    ).toEqual([
      '规模以上工业增加值 growth 6.6 % ',
      '光伏组件增加值 growth 1.4 倍 ',
      '锂电材料增加值 growth 22.5 % ',
      '专用设备制造业增加值 growth 7.3 % ',
    ]);
  });

  it('汽车零部件、新材料产业增加值 still share the last item’s 产业增加值', () => {
    expect(
      observed([
        '前三季度，全区规模以上工业增加值增长6.6%。其中，汽车零部件、新材料产业增加值分别增长12.5%和9.1%。',
      ]).slice(1),
    ).toEqual(['汽车零部件产业增加值 growth 12.5 % ', '新材料产业增加值 growth 9.1 % ']);
  });
});

describe('a pull that opens its chain', () => {
  it('第二产业拉动GDP增长B个百分点，比上半年回升C个百分点: both facts, no change of the industry', () => {
    const parsed = report([
      '前三季度，全区地区生产总值增长5.5%。第二产业增加值88.6亿元，增长6.1%，较上半年回升0.4个百分点。第二产业拉动GDP增长2.3个百分点，比上半年回升0.3个百分点。',
    ]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'secondary-industry-value-added')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 88.6],
      ['growth', 6.1],
      ['change', 0.4],
    ]);
    expect(parsed.facts.filter((f) => f.indicatorCode === null).map((f) => f.quantity.value)).toEqual([
      2.3, 0.3,
    ]);
  });
});

describe('a table column of changes in signed points', () => {
  it('增速比上半年（±百分点）: the column holds changes, not growths', () => {
    const parsed = report([
      '前三季度，全区地区生产总值215.4亿元，同比增长5.5%。',
      '卯川区2024年前三季度主要经济指标',
      ['指标', '单位', '绝对值', '同比增长（%）', '增速比上半年（±百分点）'].join('\t'),
      ['地区生产总值', '亿元', '215.4', '5.5', '0.3'].join('\t'),
      ['居民消费价格', '%', '', '0.6', '-0.4'].join('\t'),
    ]);
    const table = parsed.observations.filter((o) => o.source === 'table');
    expect(table.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 215.4],
      ['gdp', 'growth', 5.5],
      ['gdp', 'change', 0.3],
      ['cpi', 'growth', 0.6],
      ['cpi', 'change', -0.4],
    ]);
  });
});

// A plan report's results told against the plan and the year before (session 10, haobo's forms).
const planReport = (lines: readonly string[]) =>
  report(
    ['一、2023年计划执行情况', '2023年，全市经济运行稳中有进。', ...lines],
    '辰溪市2023年国民经济和社会发展计划执行情况的报告',
  );

describe('results told against the plan and the year before', () => {
  it('增长A%，与年度计划持平: a plan gap of 0 points, the plan equal to the result, met', () => {
    const parsed = planReport(['——社会消费品零售总额41.2亿元，增长6.8%，与年度计划持平。']);
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]),
    ).toEqual([['retail-sales', 0, '个百分点']]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.derived, t.attainment])).toEqual([
      ['retail-sales', 6.8, true, 'met'],
    ]);
  });

  it('城镇登记失业率A%，控制在B%以内: the ceiling the rate was kept within is its plan, met', () => {
    const parsed = planReport(['——城镇登记失业率2.9%，控制在4.5%以内。']);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['urban-unemployment-rate', 'rate', 2.9],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.attainment])).toEqual([
      ['urban-unemployment-rate', 4.5, 'lte', 'met'],
    ]);
  });

  it('与上年相比，总量净增X亿元: the change of the level the paragraph gave; against another base year a fact only', () => {
    const change = (line: string) =>
      planReport([line])
        .observations.filter((o) => o.measure === 'change')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);
    expect(change('——地区生产总值142.6亿元，增长6.9%。与上年相比，总量净增11.3亿元。')).toEqual([
      ['gdp', 11.3, '亿元'],
    ]);
    expect(change('——地区生产总值142.6亿元，增长6.9%。与2016年相比，总量净增41.3亿元。')).toEqual([]);
    // The base year's change names its indicator: still a fact only, not a level or a change of it.
    const parsed = planReport([
      '——地区生产总值142.6亿元，增长6.9%。与2016年相比，地区生产总值总量净增41.3亿元。',
    ]);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 142.6],
      ['gdp', 'growth', 6.9],
    ]);
    expect(parsed.facts.map((f) => f.quantity.value)).toContain(41.3);
  });
});

describe('projects a plan part lists to push on', () => {
  it('抓好甲、乙二期、丙等项目建设: each a planned project, with 抓好 as its status', () => {
    const parsed = parseReportText(
      [
        '辰溪市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '一、2023年计划执行情况',
        '全市地区生产总值142.6亿元，增长6.9%。',
        '二、2024年重点任务',
        '一是狠抓项目建设。全年安排重点项目72个，抓好辰溪物流园、岩湾水厂二期、市第四小学等项目建设。',
      ].join('\n'),
      { sourceName: 'plan-projects.txt' },
    ).report;
    expect(parsed?.projects.map((p) => [p.name, p.mentions[0]?.phase, p.mentions[0]?.status])).toEqual([
      ['辰溪物流园', 'planned', '抓好'],
      ['岩湾水厂二期', 'planned', '抓好'],
      ['市第四小学', 'planned', '抓好'],
    ]);
  });
});

describe('a rate of works with its own target for the year', () => {
  it('储备项目转化率达A%，超额完成年度转化B%的目标任务: the rate observed, B its target, met', () => {
    const parsed = planReport([
      '（一）项目建设扎实推进。签约项目履约率达91%，超额完成年度履约85%的目标任务。',
    ]);
    expect(parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['签约项目履约率', 'rate', 91],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorName, t.value, t.horizon, t.attainment])).toEqual([
      ['签约项目履约率', 85, 'full-year', 'met'],
    ]);
  });

  it('a rate of works given bare stays a fact, as before', () => {
    const parsed = planReport(['（一）项目建设扎实推进。新开工项目38个，开工率达95%。']);
    expect(parsed.observations).toEqual([]);
    expect(parsed.targets).toEqual([]);
  });
});
