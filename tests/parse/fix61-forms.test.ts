// Forms the sixty-first held-out batch showed the parser missed (session 23, branch fix61): a review's
// long title cut inside its last word by a PDF's line width (…计划草案的审 / 查结果报告); projects named
// by a metro line's section (地铁N号线某段) and by a 经济港.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a title cut inside its genre’s word (…草案的审 / 查结果报告)', () => {
  it('joins the rest and reads the review, not the report it reviews', () => {
    const text = [
      '棠川县人民代表大会财政经济委员会关于棠川县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审',
      '查结果报告',
      '主席团：',
      '全县地区生产总值完成126.4亿元，增长5.1%，高于年度预期目标0.1个百分点。',
    ].join('\n');
    const meta = parsedReport(text, { sourceName: 'review.txt' }).meta;
    expect([meta.genre, meta.title.endsWith('审查结果报告'), meta.period]).toEqual([
      'review-opinion',
      true,
      '2023-FY',
    ]);
  });
});

const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.completedInvestment ?? null,
    p.mentions[0]?.status ?? null,
  ]);

const REPORT_HEAD = ['关于柘湾区2022年国民经济和社会发展计划上半年执行情况的报告', '一、上半年计划执行情况'];

describe('a metro line’s section in the district (某地铁N号线某段) and a 经济港, named as projects', () => {
  it('reads the section with its amounts, and the 经济港 the plan part names', () => {
    const text = [
      ...REPORT_HEAD,
      '重点项目加快推进。棠州地铁4号线柘湾段总投资88.2亿元，完成投资9.6亿元，车站主体结构封顶过半。',
      '二、下半年工作安排',
      '加快柘湾滨江数字经济港前期工作，力争四季度开工。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([
      ['棠州地铁4号线柘湾段', 8820000000, 960000000, null],
      ['柘湾滨江数字经济港', null, null, '加快'],
    ]);
  });
});

describe('a project whose status (全容量并网发电) stands between its name and its amount', () => {
  it('keeps the name whole and gives it the amount after the status', () => {
    const text = [...REPORT_HEAD, '柘湾150兆瓦光伏发电项目全容量并网发电，总投资6.4亿元。'].join('\n');
    expect(projectsOf(text)).toEqual([['柘湾150兆瓦光伏发电项目', 640000000, null, '全容量并网发电']]);
  });
});

describe('a goal with 全年 between its indicator and 突破 (工业总产值全年突破N亿元)', () => {
  it('reads the goal of the plan part', () => {
    const text = [
      ...REPORT_HEAD,
      '规模以上工业总产值完成612.3亿元，增长8.1%。',
      '二、下半年工作安排',
      '（一）稳住工业。实施重点企业帮扶，力争规模以上工业总产值全年突破1300亿元。',
    ].join('\n');
    expect(
      parsedReport(text, { sourceName: 'report.txt' }).targets.map((t) => [
        t.indicatorCode,
        t.value,
        t.unit,
        t.comparator,
        t.horizon,
        t.attainment,
      ]),
    ).toEqual([['industrial-output', 1300, '亿元', 'gt', 'full-year', 'unknown']]);
  });
});

describe('a product’s output and its share of the year’s plan (原煤产量N万吨，完成年计划的A%)', () => {
  it('keeps the share under the name as written and derives the plan from the level', () => {
    const text = [
      '关于柘湾县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告',
      '一、2023年计划执行情况',
      '全年原煤产量1236万吨，完成年计划的103.0%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorName === '原煤产量')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([['share', 103]]);
    expect(
      report.targets.map((t) => [t.indicatorName, Math.round(t.value ?? 0), t.unit, t.derived, t.attainment]),
    ).toEqual([['原煤产量', 1200, '万吨', true, 'met']]);
  });
});

describe('a widened fall in a pair whose first figure carries only 个 (降幅分别较…扩大a个和b个百分点)', () => {
  it('reads both changes as negative', () => {
    const text = [
      '2024年1—5月柘湾市经济运行简析',
      '1—5月，全市固定资产投资增长3.2%。',
      '1—5月，全市商品房销售面积21.36万平方米，下降12.3%；商品房销售额14.82亿元，下降10.6%，降幅分别较1—4月扩大3.1个和2.2个百分点。',
    ].join('\n');
    const changes = parsedReport(text, { sourceName: 'analysis.txt' })
      .facts.filter((f) => f.measure === 'change')
      .map((f) => f.quantity.value);
    expect(changes).toEqual([-3.1, -2.2]);
  });
});

describe('a month’s growth turned from a fall (当月增长A%、较上月由负转正回升B个百分点)', () => {
  it('gives the rise in points to the indicator of the chain', () => {
    const text = [
      ...REPORT_HEAD,
      '工业生产较快恢复。规模以上工业增加值增长4.6%。5月份当月增长6.1%、较4月由负转正回升8.3个百分点。',
    ].join('\n');
    const changes = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'change')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(changes).toEqual([['industrial-value-added', 8.3]]);
  });
});
