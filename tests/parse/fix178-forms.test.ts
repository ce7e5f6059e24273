// Forms the one-hundred-and-seventy-eighth and one-hundred-and-eighty-second held-out batches showed the parser
// missed (session 34, branch fix178): a key-project workbook whose header names its investment columns with the
// figures in the rows below (was refused as no report); a counted two-industry group whose last member runs to
// eight characters (was cut at its 、). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const WORKBOOK = [
  '甲岭县2026年重点项目1—7月推进情况表',
  '单位：万元',
  '项目名称\t总投资（万元）\t年度计划（万元）\t1—7月完成（万元）\t占年计划%\t进展情况',
  '合计（2个）\t53000\t14000\t9100\t65.0\t',
  '1.甲岭县物流园项目\t41000\t10000\t6600\t66.0\t主体施工',
  '2.甲岭县水厂扩建工程\t12000\t4000\t2500\t62.5\t管网铺设',
  '甲岭县发展和改革局',
].join('\n');

describe('a project workbook whose header names the investment columns (F3831)', () => {
  it('is read as a report, its numbered rows projects in 元', () => {
    const { report, problems } = parseReportText(WORKBOOK, { sourceName: 'projects.txt' });
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    const projects = report?.projects.map((p) => [
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      [410000000, 66000000],
      [120000000, 25000000],
    ]);
    expect(report?.projects[0]?.name).toContain('甲岭县物流园项目');
  });
});

describe('a counted group whose last member runs to eight characters (F3832)', () => {
  it('names the group whole', () => {
    const text = [
      '乙江县2026年1—6月经济运行情况',
      '1—6月，全县地区生产总值增长5.1%。规模以上工业增加值增长6.2%，其中新型建材、山地特色果蔬加工两大产业增加值增长9.4%。',
    ].join('\n');
    const growth = parsedReport(text, { sourceName: 'report.txt' }).observations.filter(
      (o) => o.quantity?.value === 9.4,
    );
    expect(growth.map((o) => o.indicatorName)).toEqual(['新型建材、山地特色果蔬加工两大产业增加值']);
  });
});

const REVIEW = (sentence: string) =>
  ['丙原县2025年政府工作报告', '过去一年，全县地区生产总值增长6.1%，增速居全市第2位。', sentence].join('\n');

describe('a bare programme rate ranked after the programme’s figures (F3833)', () => {
  it('gives no ranking, the indicator ranks kept', () => {
    const report = parsedReport(
      REVIEW('实施重点项目64个，完成投资88.6亿元，完成年度计划的109.2%，投资完成率列全市第一。'),
      { sourceName: 'report.txt' },
    );
    expect(report.rankings.map((r) => r.rank)).toEqual([2]);
  });
});

describe('a railway branch line named as a project (F3834)', () => {
  it('is a project with its total', () => {
    const report = parsedReport(REVIEW('开工建设丁川至丙原铁路支线，总投资37亿元。'), {
      sourceName: 'report.txt',
    });
    expect(
      report.projects.map((p) => [p.name.endsWith('丁川至丙原铁路支线'), p.mentions[0]?.plannedInvestment]),
    ).toEqual([[true, 3700000000]]);
  });
});
