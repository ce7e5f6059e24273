// Goals are read wherever a sentence announces them (主要预期目标, 指标体系安排, 力争, 确保, 目标是…),
// with the horizon the text or the report's period gives; a figure in such a list is never an
// observation. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

const parse = linesReader('goals.txt');
const targets = (report: ReturnType<typeof parse>) =>
  report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value, t.derived]);

describe('goals announced in the text', () => {
  it('are next-year goals in a full-year report, and not observations, even in its results part', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.1%。',
      '会议提出，明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长7%；固定资产投资增长8%以上；城镇调查失业率控制在5.5%以内。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'approx', 6, false],
      ['industrial-value-added', 'next-year', 'eq', 7, false],
      ['fixed-asset-investment', 'next-year', 'gte', 8, false],
      ['urban-unemployment-rate', 'next-year', 'lte', 5.5, false],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([['gdp', 5.1]]);
  });

  it('run on over lines after a colon, and take the year they name', () => {
    const report = parse(
      '癸县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '全县地区生产总值增长5.8%。',
      '2024年预期目标为：',
      '地区生产总值增长6.5%左右；',
      '社会消费品零售总额增长7%以上。',
      '全县固定资产投资增长4.0%。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'approx', 6.5, false],
      ['retail-sales', 'next-year', 'gte', 7, false],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 5.8],
      ['fixed-asset-investment', 4],
    ]);
  });

  it('under a heading that announces them are goals from the first word', () => {
    const report = parse(
      '癸县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告',
      '一、2022年计划执行情况',
      '全县地区生产总值增长4.2%。',
      '二、2023年国民经济和社会发展主要指标体系安排',
      '地区生产总值增长6%；一般公共预算收入增长5%。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'eq', 6, false],
      ['general-budget-revenue', 'next-year', 'eq', 5, false],
    ]);
  });

  it('after 力争 in a part-year report are full-year goals, judged where they can be', () => {
    const report = parse(
      '癸县2023年一季度国民经济和社会发展计划执行情况的报告',
      '一、一季度执行情况',
      '一季度，全县规上工业增加值增长9.1%，力争全年规上工业增加值增长8%以上。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.attainment])).toEqual([
      ['industrial-value-added', 'full-year', 8, 'met'],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['industrial-value-added', 9.1],
    ]);
  });

  it('in brackets after a result are this year’s, end with the bracket and start no list', () => {
    const report = parse(
      '癸县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告',
      '一、2022年计划执行情况',
      '全年实现地方生产总值128.4亿元，增长4.6%，排名全市第2位（预期目标为7%左右）；规模工业增加值增长8.8%（预期目标为8%以上）；城镇登记失业率2.9%。',
    );
    expect(
      report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value, t.attainment]),
    ).toEqual([
      ['gdp', 'full-year', 'approx', 7, 'missed'],
      ['industrial-value-added', 'full-year', 'gte', 8, 'met'],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 128.4],
      ['gdp', 4.6],
      ['industrial-value-added', 8.8],
      ['urban-unemployment-rate', 2.9],
    ]);
  });
});

describe('goals in words and goals named by who set them', () => {
  const targetsOf = (prose: string) =>
    parseReportText(
      [
        '己县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '一、2023年执行情况',
        '全县地区生产总值增长5.1%。',
        '二、2024年计划安排',
        prose,
      ].join('\n'),
      { sourceName: 'word-goals.txt' },
    ).report?.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.text]);

  it('reads a goal list clause that names an indicator and a goal in words as a target without a value', () => {
    expect(
      targetsOf('2024年的主要预期目标是：地区生产总值增长6%左右；单位地区生产总值能耗完成市下达任务。'),
    ).toEqual([
      ['gdp', 'next-year', 6, 'approx', '增长6%左右'],
      ['energy-emission-targets', 'next-year', null, null, '完成市下达任务'],
    ]);
  });

  it('reads a growth faster than another indicator in a goal list as a target in words', () => {
    expect(
      targetsOf(
        '2024年的主要预期目标是：固定资产投资增长8%以上，工业投资增速高于全部投资；农村居民人均可支配收入增速高于城镇居民。',
      ),
    ).toEqual([
      ['fixed-asset-investment', 'next-year', 8, 'gte', '增长8%以上'],
      ['industrial-investment', 'next-year', null, null, '增速高于全部投资'],
      ['rural-disposable-income-per-capita', 'next-year', null, null, '增速高于城镇居民'],
    ]);
  });

  it('reads 确保目标增长A%、奋斗目标增长B% as two targets of the one indicator', () => {
    expect(
      (targetsOf('紧盯市下达的规上工业增加值增速确保目标增长8%、奋斗目标增长10%。') ?? []).map((t) =>
        t.slice(0, 3),
      ),
    ).toEqual([
      ['industrial-value-added', 'next-year', 8],
      ['industrial-value-added', 'next-year', 10],
    ]);
  });
});

describe('goals quoted in words in the results part', () => {
  const quoted = (sentence: string) =>
    parse('岚坪县2022年国民经济和社会发展计划执行情况的报告', '一、2022年计划执行情况', sentence).targets.map(
      (t) => [t.indicatorCode, t.horizon, t.value, t.attainment],
    );

  it('are the goal of the indicator spoken of before them, met as the text says', () => {
    expect(
      quoted('全县地区生产总值增长6.1%，增速比全市高0.2个百分点，基本实现“增速不低于全市平均水平”的目标。'),
    ).toEqual([['gdp', 'period', null, 'met']]);
  });

  it('are missed when the text says they were not reached, and name their own indicator when they can', () => {
    expect(quoted('全县增长乏力，未能实现“固定资产投资增长10%以上”的目标。')).toEqual([
      ['fixed-asset-investment', 'period', null, 'missed'],
    ]);
  });
});

describe('a goal quoted in words with the verdict beside it', () => {
  const verdicts = (sentence: string) =>
    parse('癸县2022年国民经济和社会发展计划执行情况的报告', '一、2022年计划执行情况', sentence).targets.map(
      (t) => [t.indicatorCode, t.horizon, t.value, t.text, t.attainment, t.attainmentReason],
    );

  it('is a target of the indicator the chain is about, met or missed as the report says', () => {
    expect(
      verdicts('全县地区生产总值增长5.8%，增速比全州高0.4个百分点，基本实现“增速不低于全州平均水平”的目标。'),
    ).toEqual([
      [
        'gdp',
        'period',
        null,
        '增速不低于全州平均水平',
        'met',
        'the text says: 基本实现“增速不低于全州平均水平”的目标',
      ],
    ]);
    expect(verdicts('规上工业增加值增长3.1%，未实现“增速高于全市平均水平”的目标。')).toEqual([
      [
        'industrial-value-added',
        'period',
        null,
        '增速高于全市平均水平',
        'missed',
        'the text says: 未实现“增速高于全市平均水平”的目标',
      ],
    ]);
  });

  it('is nothing when the goal speaks of no figure or no indicator stands before it', () => {
    expect(verdicts('全县地区生产总值增长5.8%，实现“双过半”目标。')).toEqual([]);
    expect(verdicts('全县上下团结奋斗，基本实现“增速不低于全州平均水平”的目标。')).toEqual([]);
  });
});

describe('a word-only goal for 居民收入', () => {
  it('is the goal of all residents’ income', () => {
    const report = parse(
      '丙县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
      '一、2024年计划执行情况',
      '全县地区生产总值增长5.4%。',
      '二、2025年主要预期目标',
      '2025年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%以上，居民收入增长与经济增长同步。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'gte', 5.5, false],
      ['disposable-income-per-capita', 'next-year', 'gte', null, false],
    ]);
  });
});

describe('goal forms met in the session 8 sweep of plan reports and news of them', () => {
  it('reads a goal list set out line by line under a line that only announces it, and ends it with the list', () => {
    const report = parse(
      '壬县2024年国民经济和社会发展计划执行情况的报告',
      '■ 2024年成绩单',
      '●预计全省地区生产总值增长5.9%左右',
      '■ 2025年经济社会发展的主要预期目标',
      '●城镇调查失业率5.5%左右，城镇新增就业40万人以上',
      '●居民消费价格涨幅2%左右',
      '全省固定资产投资增长4.2%。',
    );
    expect(targets(report)).toEqual([
      ['urban-unemployment-rate', 'next-year', 'approx', 5.5, false],
      ['new-urban-jobs', 'next-year', 'gte', 40, false],
      ['cpi', 'next-year', 'approx', 2, false],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 5.9],
      ['fixed-asset-investment', 4.2],
    ]);
  });

  it('reads 预期 before an indicator and its growth as a goal, but not 高于预期 or 好于预期', () => {
    const report = parse(
      '辛县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.6%，高于预期0.6个百分点，主要指标好于预期。',
      '县长表示，2024年预期地区生产总值增长6%。',
    );
    expect(targets(report).filter((t) => t[2] !== null)).toEqual([
      // A full-year report's gap to the plan is to the year's plan (fixdil).
      ['gdp', 'full-year', 'eq', 5, true],
      ['gdp', 'next-year', 'eq', 6, false],
    ]);
    expect(report.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([
      5.6,
    ]);
  });

  it('reads 高于全国平均水平 and 保持上年水平 in a goal list as goals in words', () => {
    const report = parse(
      '辛县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.6%。',
      '会议提出2024年主要预期目标：地区生产总值增长6%；进出口总额增长高于全国平均水平；社会消费品零售总额增长7%左右；一般公共预算收入保持上年水平。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.text])).toEqual([
      ['gdp', 'next-year', '增长6%'],
      ['foreign-trade', 'next-year', '增长高于全国平均水平'],
      ['retail-sales', 'next-year', '增长7%左右'],
      ['general-budget-revenue', 'next-year', '保持上年水平'],
    ]);
  });

  it('reads 居民消费价格总水平涨幅控制在A%左右 as a goal for the consumer price index', () => {
    const report = parse(
      '辛县2010年国民经济和社会发展计划执行情况的报告',
      '一、2010年计划执行情况',
      '建议2011年全县主要预期目标为：生产总值增长9%左右；居民消费价格总水平涨幅控制在4%左右。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'approx', 9, false],
      ['cpi', 'next-year', 'approx', 4, false],
    ]);
  });
});

describe('a target tier named after a comparison word', () => {
  it('reads 低于确保目标 and 高于力争目标 as gaps to two tiers of the plan, not as goals announced', () => {
    const report = parse(
      '子县2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '固定资产投资同比增长7.5%，低于确保目标1.5个百分点、高于力争目标0.5个百分点。',
      '全年力争社会消费品零售总额增长6%，确保目标任务完成。',
    );
    expect(
      report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 7.5, null],
      ['fixed-asset-investment', 'comparison', -1.5, '计划'],
      ['fixed-asset-investment', 'comparison', 0.5, '计划'],
    ]);
    expect(targets(report)).toEqual([
      ['fixed-asset-investment', 'period', 'eq', 9, true],
      ['fixed-asset-investment', 'period', 'eq', 7, true],
      ['retail-sales', 'full-year', 'eq', 6, false],
    ]);
  });
});

describe('a goal list under a heading that writes the year without 年', () => {
  it('reads each item under 2024预期目标 as a next-year goal of a 2023 text, and none as a result', () => {
    const report = parse(
      '癸县2023年经济运行情况',
      '2023年，全县地区生产总值增长5.1%。',
      '2024预期目标',
      '●地区生产总值增长6%以上',
      '●一般公共预算收入增长7%',
      '全县规模以上工业增加值增长8.2%。',
    );
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'gte', 6, false],
      ['general-budget-revenue', 'next-year', 'eq', 7, false],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 5.1],
      ['industrial-value-added', 8.2],
    ]);
  });
});

describe('a price index against its control target', () => {
  it('reads 低于控价目标B个百分点 as a gap to the plan: a comparison and a derived ceiling, met', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '居民消费价格总水平上涨2.1%，低于控价目标0.9个百分点。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['cpi', 'growth', 2.1],
      ['cpi', 'comparison', -0.9],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.kind, t.value, t.derived, t.attainment])).toEqual([
      // A full-year report's gap to the plan derives the year's target (fixdil).
      ['cpi', 'target', 3, true, 'met'],
    ]);
  });
});

describe('a rate against its control target, and a gap said with 较…低', () => {
  it('reads 低于控制目标B个百分点 as a gap to the plan: a comparison and a derived ceiling, met', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '城镇登记失业率2.9%，低于控制目标1.1个百分点。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['urban-unemployment-rate', 'rate', 2.9],
      ['urban-unemployment-rate', 'comparison', -1.1],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.derived, t.attainment])).toEqual([
      ['urban-unemployment-rate', 4, true, 'met'],
    ]);
  });

  it('reads 较年度预期目标低B个百分点 as 比年度预期目标低 is read', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '全县建筑业增加值增长4.3%，较年度预期目标低2.2个百分点。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['construction-value-added', 'growth', 4.3],
      ['construction-value-added', 'comparison', -2.2],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.derived])).toEqual([
      ['construction-value-added', 6.5, true],
    ]);
  });
});

describe('a kind of investment the catalogue lacks, in a goal list', () => {
  it('reads 产业投资增长8%左右 as a next-year goal under its written name', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.1%。',
      '二、2024年计划',
      '2024年主要预期目标是：地区生产总值增长6%左右，技改投资增长9%左右，产业投资增长8%以上。',
    );
    expect(report.targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value])).toEqual([
      ['地区生产总值', 'next-year', 'approx', 6],
      ['技改投资', 'next-year', 'approx', 9],
      ['产业投资', 'next-year', 'gte', 8],
    ]);
  });
});

describe('a plan the higher level set, met in words', () => {
  it('reads 完成市下达任务 after a figure as a met target of no value', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '全县地区生产总值增长5.1%；单位地区生产总值能耗下降2.9%，完成市下达任务；城镇登记失业率3.2%。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['energy-emission-targets', null, 'met'],
    ]);
  });
});

describe('a verdict on indicators listed before a count of them', () => {
  it('reads 甲增速、乙增速两项指标低于计划目标 as two missed targets of no value', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '对照年初确定的目标，规模以上工业增加值增速、社会消费品零售总额增速两项指标低于计划目标，其余指标完成较好。全县规模以上工业增加值增长4.1%。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['industrial-value-added', null, 'missed'],
      ['retail-sales', null, 'missed'],
    ]);
  });

  it('reads none when the count and the list disagree', () => {
    const report = parse(
      '癸县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '规模以上工业增加值增速、社会消费品零售总额增速三项指标低于计划目标。',
    );
    expect(report.targets).toEqual([]);
  });
});
