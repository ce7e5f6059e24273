// Forms held-out-433 and held-out-435 showed the parser missing or misreading (rongqiao, tiehe, kaishan, kaiwan):
// a share column named by its aggregate, a department's 汇报 to the standing committee, social-service words and a
// season's batch as no projects, a note defining investment by its size class, and 建成后 ending a project's name.
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport, sheetReport } from '../helpers/report.js';

describe('F9121 占工业投资比重% heading a share column', () => {
  it('reads the parts’ figures under it as shares of the whole', () => {
    const report = sheetReport(
      [
        ['栎原县2025年1—8月主要经济指标'],
        ['指标', '1—8月同比增长%', '占工业投资比重%'],
        ['固定资产投资', 9.1, ''],
        ['工业投资', 12.4, ''],
        ['其中：制造业投资', 15.1, 78.3],
        ['工业技改投资', 9.6, 41.2],
      ],
      'liyuan.xlsx',
      { region: '栎原县' },
    );
    const shares = report.observations
      .filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toEqual([
      ['manufacturing-investment', 78.3],
      ['technical-renovation-investment', 41.2],
    ]);
  });
});

describe('F9122 a 发改局 汇报 on 经济运行和…情况 addressed to the standing committee', () => {
  it('is the government’s report to the committee, plan-execution', () => {
    const report = parsedReport(
      [
        '关于栎原县2025年1—8月经济运行和招商引资情况的汇报',
        '栎原县发展和改革局',
        '县人大常委会：',
        '一、主要指标完成情况',
        '1—8月，全县规模以上工业增加值同比增长6.3%，固定资产投资同比增长9.1%。',
      ].join('\n'),
      { sourceName: 'liyuan.txt' },
    );
    expect(report.meta.genre).toBe('plan-execution');
  });
});

const projectNames = (lines: string[]) =>
  sectionReport('liyuan.txt', '栎原县2025年1—8月经济运行情况', [
    '1—8月，全县固定资产投资同比增长9.1%。',
    ...lines,
  ]).projects.map((p) => p.name);

describe('F9123 social-service words listed before 等民生实事项目', () => {
  it('names no project', () => {
    expect(projectNames(['托育、养老、就业等民生实事项目稳步推进，群众满意度不断提升。'])).toEqual([]);
  });
});

describe('F9124 a season’s batch of key projects', () => {
  it('is a programme, no project', () => {
    expect(projectNames(['栎原县2025年秋季重点项目集中开工仪式在县工业园区举行。'])).toEqual([]);
  });
});

describe('F9125 a note defining investment by its projects’ size class', () => {
  it('keeps the threshold as a fact', () => {
    const report = sectionReport('liyuan.txt', '栎原县2025年1—8月经济运行情况', [
      '1—8月，全县固定资产投资同比增长9.1%。',
      '注：全社会固定资产投资为城镇500万元以上项目投资与农户投资之和。',
    ]);
    expect(report.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([500, '万元']);
  });
});

describe('F9126 建成后 after a project named with its amount', () => {
  it('ends the name at its 项目', () => {
    expect(projectNames(['总投资6.4亿元的栎原风电场二期项目建成后年可发电1.8亿千瓦时。'])).toEqual([
      '栎原风电场二期项目',
    ]);
  });
});
