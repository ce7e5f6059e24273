// Forms the ninety-first held-out batch showed the parser missed (session 28, branch fix91): a
// department's 问/答 解读 page retelling a plan report (titled with the report's name in 《》) read as
// news of the report when it quotes the report's figures.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

describe('a 解读 page of a plan report that quotes its figures (F2031)', () => {
  const text = [
    '【政策解读】《榴溪县2023年国民经济和社会发展计划执行情况与2024年计划草案》解读',
    '信息来源：榴溪县发展和改革局',
    '榴溪县第九届人民代表大会第三次会议审查批准了计划草案。现以问答形式解读如下。',
    '一、问：2023年全县计划执行情况如何？',
    '答：2023年，全县地区生产总值完成31.42亿元，同比增长4.8%。固定资产投资增长7.1%。',
    '二、问：2024年的主要预期目标是什么？',
    '答：地区生产总值增长5%左右；固定资产投资增长6%。',
  ].join('\n');

  it('is news of the report, of its place and year', () => {
    const report = parsedReport(text, { sourceName: 'jiedu.html' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'news-summary',
      '榴溪县',
      '2023-FY',
    ]);
    expect(report.observations.some((o) => o.indicatorCode === 'gdp' && o.quantity?.value === 31.42)).toBe(
      true,
    );
  });

  it('is still refused when it quotes no figures (a policy explained, not the report retold)', () => {
    const bare = [
      '【政策解读】《榴溪县2023年国民经济和社会发展计划执行情况与2024年计划草案》解读',
      '现以问答形式解读如下。',
    ];
    const result = parseReportText(bare.join('\n'), { sourceName: 'jiedu.html' });
    expect(result.report).toBeNull();
    expect(result.problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('a goal’s figure in brackets after the verdict that it was met (F2032)', () => {
  it('is the year’s target of the clause’s indicator, met, and no result', () => {
    const text = [
      '榴溪县2023年经济运行情况',
      '2023年，全县地区生产总值完成31.42亿元，同比增长4.8%；固定资产投资增长9.6%，完成年度目标（增长9%）；社会消费品零售总额增长3.9%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.horizon, t.attainment])).toEqual([
      ['fixed-asset-investment', 9, '%', 'full-year', 'met'],
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'fixed-asset-investment')
        .map((o) => o.quantity?.value),
    ).toEqual([9.6]);
  });
});

describe('a farm price in money per weight (F2033)', () => {
  it('keeps 元/公斤, 元/千克 and 元/斤 as the unit, not 元', () => {
    const text = [
      '榴溪县2025年上半年农业农村经济运行分析',
      '上半年，全县地区生产总值52.3亿元，同比增长4.6%；农林牧渔业总产值18.6亿元，同比增长4.1%。蔬菜田头平均收购价2.84元/公斤，同比下降3.1%；生猪出栏均价14.2元/千克；稻谷收购价1.35元/斤。',
    ].join('\n');
    const units = parsedReport(text, { sourceName: 'farm.txt' }).facts.map((f) => f.quantity.raw);
    expect(units).toEqual(expect.arrayContaining(['2.84元/公斤', '14.2元/千克', '1.35元/斤']));
  });
});

const PLAN_TITLE = '关于榴溪县2025年上半年国民经济和社会发展计划执行情况的报告';

describe('旅游总花费, what visitors spent, named as written (F2034)', () => {
  it('gives the level and the growth of the named aggregate', () => {
    const report = parsedReport(
      [
        PLAN_TITLE,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值52.3亿元，同比增长4.6%。接待海内外游客286.4万人次，增长9.7%；实现旅游总花费31.76亿元，增长10.4%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorName === '旅游总花费')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 31.76],
      ['growth', 10.4],
    ]);
  });
});

describe('the shortfall to a year’s goal said after 相比 and a comma (F2035)', () => {
  it('reads the goal and the gap to it (与…的年度目标相比，还差N个百分点)', () => {
    const report = parsedReport(
      [
        PLAN_TITLE,
        '一、上半年计划执行情况',
        '上半年，全县实现地区生产总值52.3亿元，同比增长5.3%，排全州9个县（市）第4位；与年初确定的6.5%的年度目标相比，还差1.2个百分点。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['gdp', 6.5, 'full-year', 'missed'],
    ]);
    expect(
      report.observations.filter((o) => o.measure === 'comparison').map((o) => o.quantity?.value),
    ).toEqual([-1.2]);
  });
});

describe('the year’s goal in brackets after the gap to it, named bare (F2036)', () => {
  it('is the stated target and no rate of the indicator (低于年度目标B个百分点（年度目标A%）)', () => {
    const report = parsedReport(
      [
        PLAN_TITLE,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值52.3亿元，同比增长4.6%。社会消费品零售总额18.42亿元，增长3.7%，低于年度目标2.3个百分点（年度目标6%），排全州第9位。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.derived, t.attainment])).toEqual([
      ['retail-sales', 6, false, 'missed'],
    ]);
    expect(report.observations.filter((o) => o.measure === 'rate')).toEqual([]);
  });
});

describe('a project named again without its bracketed place head (F2037)', () => {
  it('is the project named in full (某州（某县）甲产业园一期 … 推动甲产业园一期投产)', () => {
    const report = parsedReport(
      [
        PLAN_TITLE,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值52.3亿元，同比增长4.6%。滇岑（榴溪）新能源装备产业园一期总投资21.5亿元，年度计划投资6亿元，上半年完成投资3.12亿元。',
        '上半年，全县一般公共预算收入2.86亿元，同比增长3.2%，完成年度预算的51.3%；一般公共预算支出12.47亿元，增长4.8%。城镇常住居民人均可支配收入20136元，增长4.3%；农村常住居民人均可支配收入8215元，增长6.6%。金融机构人民币各项存款余额186.3亿元，比年初增加9.4亿元；各项贷款余额142.8亿元，比年初增加7.1亿元。',
        '二、下半年工作重点',
        '推动新能源装备产业园一期11月底前投产，确保规模以上工业增加值全年增长9%以上。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions.length])).toEqual([
      ['滇岑(榴溪)新能源装备产业园一期', 2],
    ]);
  });
});

describe('no project named by a verb’s clause with 了 inside (F2038)', () => {
  it('reads no project from 综合考虑了新能源项目投产带来的增量', () => {
    const report = parsedReport(
      [
        PLAN_TITLE,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值52.3亿元，同比增长4.6%。',
        '二、下半年工作重点',
        '目标留有余地，主要有两方面考虑。二是充分考虑了风电项目投产带来的增量和煤价下行的减量。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects).toEqual([]);
  });
});
