// Forms held-out-470, 471, 472 and 474 showed the parser missing (session 50, fix471): a government site's banner, a
// meeting's half-year aims led by the indicator, road transport in a sheet, retail by market, a verb before 总产值, a
// 突破 goal above a table's plan, a rate held within a ceiling in the plan part, a county's park named by its level.
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport, sheetReport } from '../helpers/report.js';

describe('F9951 苇汀政府网 over a page on 我市', () => {
  it('takes the place from the government site’s name without its 政府', () => {
    const report = parsedReport(
      [
        '苇汀政府网',
        '首页 > 政务动态 > 苇汀要闻',
        '我市召开2004年一季度经济运行调度会',
        '发布日期：2004-04-12　　来源：市政府办公室',
        '　　4月10日，市政府召开一季度经济运行调度会。一季度，全市实现地区生产总值7.42亿元，同比增长10.6%；财政收入完成6120万元，增长12.8%。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    expect(report.meta.region).toBe('苇汀市');
  });
});

describe('F9952 上半年，全市甲力争增长A%以上，乙增长B%，丙完成X亿元 in a first-quarter page', () => {
  it('reads the half-year aims as facts, the year’s goal after them as a target', () => {
    const report = parsedReport(
      [
        '苇汀政府网',
        '我市召开2004年一季度经济运行调度会',
        '发布日期：2004-04-12　　来源：市政府办公室',
        '　　4月10日，市政府召开一季度经济运行调度会。一季度，全市实现地区生产总值7.42亿元，同比增长10.6%；规模以上工业增加值增长16.2%；财政收入完成6120万元，增长12.8%。',
        '　　会议要求，各部门要确保上半年实现“双过半”。上半年，全市地区生产总值力争增长11%以上，规模以上工业增加值增长17%，财政收入完成1.4亿元。',
        '　　市长在讲话中强调，确保全年地区生产总值增长10%以上。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toEqual([
      ['gdp', 'full-year', 'gte', 10],
    ]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('1.4亿元');
  });

  it('keeps 四季度，我们将力争全年… the year’s goals', () => {
    const report = parsedReport(
      [
        '苇汀县2005年前三季度经济运行情况新闻发布会',
        '发布日期：2005-10-20　　来源：县政府新闻办',
        '　　前三季度，全县实现地区生产总值31.6亿元，增长8.4%；一般公共预算收入完成2.9亿元，增长6.1%。',
        '　　四季度，我们将力争全年地区生产总值增长8.5%以上，确保一般公共预算收入突破3.8亿元。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'full-year', 8.5],
      ['general-budget-revenue', 'full-year', 3.8],
    ]);
  });
});

describe('F9953 公路货运量 and 公路客运量 rows of a county’s monthly sheet', () => {
  it('codes them as the catalogue’s freight and passenger volumes', () => {
    const report = sheetReport(
      [
        ['苇汀县2004年3月统计月报'],
        ['指标名称', '单位', '1-3月', '去年同期', '增长%'],
        ['地区生产总值', '亿元', 6.1, 5.5, 10.9],
        ['公路货运量', '万吨', 31.5, 29.2, 7.9],
        ['公路客运量', '万人', 22.4, 23.1, -3],
      ],
      'weiting.xls',
      { region: '苇汀县', period: '2004-Q1' },
    );
    const codes = new Set(report.observations.map((o) => o.indicatorCode));
    expect(codes).toContain('freight-volume');
    expect(codes).toContain('passenger-volume');
  });
});

const MONTHS = '苇汀县统计局关于2005年1—5月全县经济运行情况的分析';

describe('F9954 城镇市场零售额 beside 农村市场零售额', () => {
  it('reads both markets’ levels and growths as observations named as written', () => {
    const report = sectionReport('weiting.txt', MONTHS, [
      '1—5月，全县实现社会消费品零售总额7.64亿元，同比增长12.1%。分城乡看，城镇市场零售额4.92亿元，增长13.2%；农村市场零售额2.72亿元，增长10.3%。',
    ]);
    const named = report.observations
      .filter((o) => o.indicatorName.includes('市场零售额'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['城镇市场零售额', 'level', 4.92],
      ['城镇市场零售额', 'growth', 13.2],
      ['农村市场零售额', 'level', 2.72],
      ['农村市场零售额', 'growth', 10.3],
    ]);
  });
});

const HALF = '关于苇汀县2003年上半年国民经济和社会发展计划执行情况的报告';

describe('F9955 乡镇企业完成总产值X亿元', () => {
  it('drops the verb from the name and reads the level and growth', () => {
    const report = sectionReport('weiting.txt', HALF, [
      '上半年，全县规模工业增加值9860万元，增长15.2%。乡镇企业完成总产值12.6亿元，增长10.8%。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorName === '乡镇企业总产值')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 12.6],
      ['growth', 10.8],
    ]);
  });
});

describe('F9956 突破1.3亿元 beside a table’s 全年计划 12600 (万元)', () => {
  it('keeps the goal beyond the plan as a target of its own', () => {
    const report = parsedReport(
      [
        HALF,
        '一、上半年计划执行情况',
        '主要指标完成情况表',
        '指标\t单位\t全年计划\t上半年完成\t增长%\t完成年计划%',
        '财政总收入\t万元\t12600\t6540\t10.2\t51.9',
        '地区生产总值\t亿元\t21.5\t10.1\t9.1\t47.0',
        '上半年，全县财政总收入完成6540万元，增长10.2%。',
        '二、下半年工作安排',
        '我们将紧紧围绕全年目标任务，确保全年地区生产总值增长9%以上，财政总收入突破1.3亿元。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    const fiscal = report.targets
      .filter((t) => t.indicatorCode === 'fiscal-total-revenue')
      .map((t) => [t.value, t.unit, t.comparator]);
    expect(fiscal).toContainEqual([1.3, '亿元', 'gt']);
  });
});

describe('F9957 人口自然增长率控制在A‰以内 in the plan part, no cue', () => {
  it('reads the ceiling as a goal of the rate named as written', () => {
    const report = parsedReport(
      [
        HALF,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值完成10.1亿元，增长9.1%。',
        '二、下半年工作安排',
        '（五）抓社会事业。做好再就业工作，全年新增城镇就业1800人以上；落实人口和计划生育目标责任制，人口自然增长率控制在5.5‰以内。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    const rate = report.targets.filter((t) => t.indicatorName === '人口自然增长率');
    expect(rate.map((t) => [t.value, t.unit, t.comparator, t.horizon])).toEqual([
      [5.5, '‰', 'lte', 'full-year'],
    ]);
  });

  it('leaves a rate held within a ceiling in the results a result', () => {
    const report = parsedReport(
      [
        HALF,
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值完成10.1亿元，增长9.1%，人口自然增长率控制在5.2‰以内。',
      ].join('\n'),
      { sourceName: 'weiting.txt' },
    );
    expect(report.targets).toEqual([]);
  });
});

describe('F9958 县工业园区建设进展顺利', () => {
  it('reads the county’s park named by its level alone as no project', () => {
    const report = sectionReport('weiting.txt', HALF, [
      '县工业园区建设进展顺利，完成“三通一平”面积360亩，新引进入园企业5家。总投资1.6亿元的苇汀大桥已完成投资5200万元。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual(['苇汀大桥']);
  });
});
