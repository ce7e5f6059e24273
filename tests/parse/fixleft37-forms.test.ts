// Forms older fixtures' leftovers showed the parser missed (session 37, branch fixleft37). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { layoutTexts, placed } from '../helpers/pdf-items.js';
import { parsedReport } from '../helpers/report.js';

const targetRows = (text: string, sourceName = 'plan.docx') =>
  parsedReport(text, { sourceName }).targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value]);

describe('F4951: a five-year goal said as the sum of the plan’s years (五年累计完成)', () => {
  const report = [
    '关于岚漳县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告',
    '一、2016年计划执行情况',
    '全县地区生产总值完成96.2亿元，同比增长6.1%。',
    '二、"十三五"规划目标和2017年主要预期目标',
    '按照《岚漳县国民经济和社会发展第十三个五年规划纲要》，到2020年，全县地区生产总值达到140亿元；全社会固定资产投资五年累计完成520亿元；常住人口城镇化率达到48%。',
  ].join('\n');

  it('reads the sum as a five-year target of the indicator named before it', () => {
    expect(targetRows(report)).toContainEqual(['fixed-asset-investment', 'five-year', 'eq', 520]);
  });

  it('keeps a sum over years a review looks back on a fact only', () => {
    const text = report.replace('二、"十三五"规划目标和2017年主要预期目标\n', '').replace('到2020年，', '');
    expect(targetRows(text).map((t) => t[3])).not.toContain(520);
    const observed = parsedReport(text, { sourceName: 'plan.docx' }).observations.map(
      (o) => o.quantity?.value,
    );
    expect(observed).not.toContain(520);
  });
});

describe('F4952: an amount joined by 的 to the first of a list closed by a bare 等项目', () => {
  const text = [
    '甲县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '第一章 发展基础',
    '“十四五”期间，重点推进总投资42亿元的甲乙港区四期工程、甲县高新区光电产业园等项目建设。',
  ].join('\n');

  it('gives the amount to the first project, none to the rest', () => {
    const projects = parsedReport(text, { sourceName: 'outline.html' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment ?? null,
    ]);
    expect(projects).toEqual([
      ['甲乙港区四期工程', 4200000000],
      ['甲县高新区光电产业园', null],
    ]);
  });
});

describe('F4953: one project’s bracket of its total and the year’s plan, the name read without its 项目', () => {
  const text = [
    '甲县2021年政府工作报告',
    '一、2020年工作回顾',
    '全县地区生产总值增长5%。',
    '二、2021年工作安排',
    '加快甲县食品产业园项目（总投资12亿元，年度计划投资3亿元）建设。',
  ].join('\n');

  it('keeps the bracket’s total as the project’s planned investment', () => {
    const projects = parsedReport(text, { sourceName: 'report.html' }).projects;
    expect(projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null])).toEqual([
      ['甲县食品产业园', 1200000000],
    ]);
  });
});

describe('F4954: a rank’s move right after the group it is in (总量在乙州市N个县区中由第M位前移至第K位)', () => {
  const text = [
    '甲县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '第一章 发展基础',
    '2020年全县地区生产总值达到420.5亿元，“十三五”期间年均增长6.1%，总量在乙州市6个县区中由第4位前移至第3位。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'outline.html' });

  it('ranks the level named before, in the group, with its move', () => {
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change])).toEqual([
      ['gdp', 3, 6, '乙州市', 1],
    ]);
  });

  it('keeps the group’s size no fact', () => {
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('6个');
  });
});

describe('F4955: the tree cover and the water sections’ good-quality share, stated with 达到', () => {
  const text = [
    '甲县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '第一章 发展基础',
    '2020年全县地区生产总值达到420.5亿元。',
    '生态环境明显好转。林木覆盖率达到21.6%，地表水国考断面水质优Ⅲ类比例达到78.5%。',
    '地表水水质达到或好于Ⅲ类比例为91.2%。',
  ].join('\n');

  it('reads each as a rate named as written', () => {
    const rates = parsedReport(text, { sourceName: 'outline.html' })
      .observations.filter((o) => o.measure === 'rate')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(rates).toEqual([
      ['林木覆盖率', 21.6],
      ['地表水国考断面水质优Ⅲ类比例', 78.5],
      ['地表水水质达到或好于Ⅲ类比例', 91.2],
    ]);
  });
});

describe('F4956: a share goal in a plan’s table and its prose, one goal under the prose’s indicator', () => {
  const text = [
    '甲县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '第一章 发展基础',
    '2020年全县地区生产总值达到420.5亿元。',
    '第二章 “十四五”时期发展的总体要求和主要目标',
    '第二节 “十四五”经济社会发展主要目标',
    '综合考虑发展环境和发展条件，今后五年全县经济社会发展的主要目标是：',
    '——经济发展质效更优。地区生产总值年均增长6%左右；服务业增加值占地区生产总值比重达到51%。',
    '——创新动能更加强劲。研究与试验发展经费支出占地区生产总值比重达到2.6%。',
    '表1 甲县“十四五”时期经济社会发展主要指标',
    '指标\t单位\t2020年基期\t2025年目标\t年均增长（%）\t属性',
    '地区生产总值\t亿元\t420.5\t560\t6左右\t预期性',
    '服务业增加值占地区生产总值比重\t%\t46.2\t51\t—\t预期性',
    '研究与试验发展经费支出占地区生产总值比重\t%\t2.1\t2.6\t—\t预期性',
  ].join('\n');

  it('keeps the prose’s share goals only, one each', () => {
    const shares = parsedReport(text, { sourceName: 'outline.txt' })
      .targets.filter((t) => t.value === 51 || t.value === 2.6)
      .map((t) => [t.indicatorCode, t.indicatorName, t.horizon, t.value]);
    expect(shares).toEqual([
      ['tertiary-industry-value-added', '服务业增加值', 'five-year', 51],
      [expect.stringMatching(/^x-/), '研究与试验发展经费支出', 'five-year', 2.6],
    ]);
  });
});

describe('F4957: a PDF goal table whose goal column writes the growth word (增长A%左右)', () => {
  const rows = [
    ['地区生产总值', '亿元', '96.42', '增长6%左右'],
    ['规模以上工业增加值', '亿元', '31.05', '增长7%'],
    ['固定资产投资', '亿元', '52.7', '增长9%以上'],
    ['城镇新增就业', '人', '2150', '2000人以上'],
    ['城镇登记失业率', '%', '2.6', '3%以内'],
  ];
  const page = [
    placed('指', 60, 700),
    placed('标', 175, 700),
    placed('单位', 230, 700),
    placed('2025年完成', 300, 700),
    placed('2026年预期目标', 400, 700),
    ...rows.flatMap((cells, n) =>
      cells.map((text, k) => placed(text, [60, 230, 300, 400][k] ?? 0, 680 - 20 * n)),
    ),
  ];

  it('keeps each row its own, the header apart', () => {
    // 指　标 set wide, 标 past the longest name: the figure rows, not the header, set the columns.
    const table = layoutTexts(page).find((b) => Array.isArray(b));
    expect(table?.[0]).toEqual(['指 标', '单位', '2025年完成', '2026年预期目标']);
    expect(table?.slice(1)).toEqual(rows);
  });
});
