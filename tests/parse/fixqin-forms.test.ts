// Forms held-out-21 showed the parser missing (qinlan, ouchuan, qiongbu, jiucuo): a caption whose
// closing bracket gives a project table's unit, a rank column a first sheet's note defines for the
// sheets after it, 全省18个市县 as a counted group, bare 项目投资 with a level, and a herd counted
// 万头（只、匹）. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const rows = (...cells: (string | number)[][]) => cells.map((row) => row.join('\t'));

describe('a caption that names its unit in a closing bracket', () => {
  it('reads a project table’s bare amounts in the caption’s 万元', () => {
    const report = parsedReport(
      [
        '檀溪县2018年1—6月重点项目建设进展情况通报',
        '一、总体情况',
        '1—6月，全县重点项目累计完成投资12.4亿元，占年度计划的52.1%。',
        '附表：2018年1—6月檀溪县重点项目进展情况（单位：万元）',
        ...rows(
          ['序号', '项目名称', '总投资', '年度计划投资', '1—6月完成投资', '形象进度'],
          [1, '檀溪县城北污水管网改造工程', 12600, 4000, 2150, '管网铺设'],
          [2, '檀溪县第三小学教学楼建设项目', 3800, 1500, '—', '未开工'],
        ),
        '注：形象进度截至6月30日。',
      ].join('\n'),
      { sourceName: 'tanxi.txt' },
    );
    const amounts = report.projects.map((p) => [
      p.name,
      p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]),
    ]);
    expect(amounts).toEqual([
      ['檀溪县城北污水管网改造工程', [[126000000, 21500000]]],
      ['檀溪县第三小学教学楼建设项目', [[38000000, null]]],
    ]);
  });
});

describe('a rank column one table’s note defines, over the tables after it', () => {
  it('gives the later sheets’ 全市位次 the group and parent of the first sheet’s note', () => {
    const report = parsedReport(
      [
        '柘川县2022年1-9月主要经济指标',
        ...rows(
          ['指标名称', '单位', '累计', '同比增长(%)', '全市位次'],
          ['地区生产总值', '亿元', '312.40', '4.6', '2'],
          ['社会消费品零售总额', '亿元', '98.15', '5.2', '4'],
        ),
        '注：全市位次为在梧澄市七个县（市、区）中的位次。',
        '柘川县2022年1-9月规模以上工业主要指标',
        ...rows(
          ['指标名称', '单位', '累计', '同比增长(%)', '全市位次'],
          ['规模以上工业总产值', '亿元', '688.20', '7.1', '5'],
        ),
      ].join('\n'),
      { sourceName: 'zhechuan.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 7, '梧澄市'],
      ['retail-sales', 4, 7, '梧澄市'],
      ['industrial-output', 5, 7, '梧澄市'],
    ]);
  });

  it('leaves a later table’s column alone when the note named another column', () => {
    const report = parsedReport(
      [
        '柘川县2022年1-9月主要经济指标',
        ...rows(
          ['指标名称', '单位', '累计', '同比增长(%)', '全市位次'],
          ['地区生产总值', '亿元', '312.40', '4.6', '2'],
        ),
        '注：全市位次为在梧澄市七个县（市、区）中的位次。',
        '柘川县2022年1-9月规模以上工业主要指标',
        ...rows(
          ['指标名称', '单位', '累计', '同比增长(%)', '全省位次'],
          ['规模以上工业总产值', '亿元', '688.20', '7.1', '15'],
        ),
      ].join('\n'),
      { sourceName: 'zhechuan.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 7, '梧澄市'],
      ['industrial-output', 15, null, '全省'],
    ]);
  });
});

describe('全省18个市县: a province’s cities and counties, the city written first', () => {
  it('reads the rank with its group’s size and its change', () => {
    const report = sectionReport('lanpu.txt', '岚埔县2020年上半年国民经济和社会发展计划执行情况的报告', [
      '全县实现地区生产总值52.36亿元，同比增长8.4%，居全省18个市县第7位，位次较一季度前移3位。',
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change])).toEqual([
      ['gdp', 7, 18, '全省', 3],
    ]);
  });
});

describe('bare 项目投资 with a level', () => {
  it('keeps the level as well as the growth of the half of investment beside 房地产开发投资', () => {
    const report = sectionReport('gela.txt', '格拉县2016年前三季度经济运行情况', [
      '前三季度，全县完成固定资产投资156320万元，同比增长18.2%。其中，项目投资131208万元，增长21.5%。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorName === '项目投资')
        .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]),
    ).toEqual([
      ['level', 131208, '万元'],
      ['growth', 21.5, '%'],
    ]);
  });
});

describe('a herd counted 万头（只、匹）', () => {
  it('keeps the bracket of alternatives in the unit', () => {
    const report = sectionReport('gela.txt', '格拉县2016年前三季度经济运行情况', [
      '前三季度，全县农牧民人均可支配收入达到6524元，同比增长11.8%。',
      '各类牲畜存栏37.2万头（只、匹），出栏率达到21.6%。',
    ]);
    expect(report.facts.map((f) => [f.subject, f.quantity.value, f.quantity.unit])).toContainEqual([
      '各类牲畜存栏',
      37.2,
      '万头(只、匹)',
    ]);
  });
});
