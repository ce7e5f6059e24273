// Forms held-out-489 and held-out-490 showed the parser missing: a finance bureau's 财政收支执行情况的报告 of
// the year's first months. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { ingestedDocument, parsedReport, sheetReport } from '../helpers/report.js';

describe('F10441: a 财政收支执行情况的报告 is a budget review of its months', () => {
  const text = [
    '岚溪县财政局　文件',
    '关于2005年1—9月全县财政收支执行情况的报告',
    '县政府：',
    '现将1—9月份财政收支执行情况报告如下：',
    '一、财政收入完成情况',
    '1—9月，全县财政总收入完成26410万元，增长18.3%。其中地方一般预算收入14220万元，增长20.6%。',
    '岚溪县财政局',
    '2005年10月12日',
  ].join('\n');

  it('reads it as a plan execution of the months, its region from the issuing office', () => {
    const { report, problems } = parseReportText(text, { sourceName: 'lanxi.txt' });
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.genre).toBe('plan-execution');
    expect(report?.meta.periodLabel).toBe('1—9月');
    expect(report?.meta.region).toBe('岚溪县');
    expect(report?.observations.map((o) => o.quantity?.value)).toContain(26410);
  });

  it('keeps refusing an audit of the budget execution without figures', () => {
    const { report } = parseReportText(
      ['关于2005年度县级预算执行和其他财政收支的审计工作报告', '县审计局对县级预算执行情况进行了审计。'].join(
        '\n',
      ),
      { sourceName: 'lanxi-audit.txt' },
    );
    expect(report).toBeNull();
  });
});

describe('F10442: the indicator table beside the analysis on a statistics site page', () => {
  const page = (analysisBox: string) =>
    new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>岚溪县2005年1—5月主要经济指标－岚溪统计信息网</title></head><body>
<table border="0"><tr><td><a href="/">首页</a> | <a href="/sj">统计数据</a></td></tr></table>
<table border="0"><tr><td align="center">岚溪县2005年1—5月主要经济指标</td></tr>
<tr><td align="center">发布时间：2005-6-10　来源：县统计局</td></tr></table>
<table border="1">
<tr><td>指标</td><td>单位</td><td>1—5月</td><td>同比±%</td></tr>
<tr><td>全社会固定资产投资</td><td>万元</td><td>42150</td><td>19.3</td></tr>
<tr><td>社会消费品零售总额</td><td>万元</td><td>38870</td><td>10.2</td></tr>
<tr><td>地方财政一般预算收入</td><td>万元</td><td>3260</td><td>12.7</td></tr>
</table>
${analysisBox}
</body></html>`);
  const analysis = `<table border="0"><tr><td><p>简要分析：</p>
<p>1—5月，全县经济运行平稳，投资增势较快，市场销售稳中有升，财政收入完成年度预算的百分之四十以上，收入进度好于上年同期。</p>
<p>需要关注的问题：一是农民增收缓慢；二是贷款增长偏慢，存贷差继续扩大，企业融资难的问题仍较突出。</p></td></tr></table>`;

  it('reads the table above the analysis box', async () => {
    const document = await ingestedDocument(page(analysis), { name: 'lanxi.html' });
    expect(document.text).toContain('42150');
    expect(document.text.indexOf('42150')).toBeLessThan(document.text.indexOf('简要分析'));
  });

  it('leaves out a table of links beside it', async () => {
    const document = await ingestedDocument(
      page(
        `${analysis}<table border="1"><tr><td><a href="/a">上一篇</a></td><td><a href="/b">下一篇</a></td></tr></table>`,
      ),
      { name: 'lanxi.html' },
    );
    expect(document.text).not.toContain('上一篇');
  });
});

describe('F10443, F10444: an older 计委 table with 外贸自营出口 and 估计全年 columns', () => {
  const report = () =>
    sheetReport([
      ['岚溪县2005年1—9月主要经济指标完成情况', null, null, null, null, null, null],
      ['指标', '单位', '年计划', '1—9月', '增长%', '估计全年', '估计全年增长%'],
      ['全社会固定资产投资', '亿元', 12, 9.4, 18.2, 12.6, 17.5],
      ['外贸自营出口', '万美元', 5200, 4310, 22.4, 5650, 21.8],
      ['社会消费品零售总额', '亿元', 8.2, 6.1, 10.4, 8.3, 10.1],
    ]);
  const rows = () =>
    report().observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);

  it('codes 外贸自营出口 as the exports', () => {
    expect(
      rows()
        .filter((r) => r[0] === 'exports' && r[1] === 'level')
        .map((r) => r[2]),
    ).toContain(4310);
  });

  it('reads the 估计全年 column as the estimated year', () => {
    const values = rows()
      .filter((r) => r[1] === 'level')
      .map((r) => r[2]);
    expect(values).toEqual(expect.arrayContaining([12.6, 5650, 8.3]));
  });
});

describe('F10445: a project table with the period’s and the running total’s columns', () => {
  it('takes the running total as the completed investment', () => {
    const report = sheetReport([
      ['岚溪县2005年重点建设项目进度表（截至9月30日）', null, null, null, null, null],
      [
        '序号',
        '项目名称',
        '计划总投资（万元）',
        '2005年计划投资（万元）',
        '1—9月完成投资（万元）',
        '累计完成投资（万元）',
      ],
      [1, '岚溪大桥改建工程', 5400, 2100, 1300, 3900],
      [2, '岚溪县城污水处理厂工程', 3100, 1800, 950, 2240],
      [3, '岚溪110千伏变电站工程', 2700, 1500, 880, 880],
    ]);
    const done = Object.fromEntries(
      report.projects.map((p) => [
        p.name,
        p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
      ]),
    );
    expect(done).toMatchObject({ 岚溪大桥改建工程: 39000000, 岚溪县城污水处理厂工程: 22400000 });
  });
});

describe('F10446: every project (各项目) is no project', () => {
  it('names no project 各项目', () => {
    const names = parsedReport(
      [
        '岚溪县2005年1—9月重点建设项目进展情况',
        '一、总体情况',
        '受汛期影响部分项目一度停工，但7月份以后各项目抓紧复工，全县重点建设总体进展较好。',
        '岚溪大桥改建工程计划投资5400万元，累计完成投资3900万元。',
      ].join('\n'),
      { sourceName: 'lanxi.txt' },
    ).projects.map((p) => p.name);
    expect(names).toContain('岚溪大桥改建工程');
    expect(names.filter((n) => n.includes('各项目'))).toEqual([]);
  });
});

describe('F10447, F10448: a 月报 with 1—N月 merged over 本年累计 | 上年同期累计 | 增减%', () => {
  const report = () =>
    sheetReport([
      ['岚溪市2005年9月统计月报', null, null, null, null, null],
      ['指标', '计量单位', '本月', '1—9月', null, null],
      [null, null, null, '本年累计', '上年同期累计', '增减%'],
      ['工业总产值（现价）', '万元', 41200, 352600, 301400, 17],
      ['其中：规模以上工业', '万元', 33800, 290100, 241700, 20],
      ['社会消费品零售总额', '万元', 5120, 44870, 40210, 11.6],
    ]);
  const rows = () =>
    report().observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);

  it('gives the 上年同期累计 column the year before', () => {
    const retail = rows().filter((r) => r[0] === 'retail-sales' && r[1] === 'level');
    expect(retail).toContainEqual(['retail-sales', 'level', 40210, '2004-Q3']);
    expect(retail.filter((r) => r[2] === 40210)).toHaveLength(1);
  });

  it('names the bare 规模以上工业 under the whole by the whole’s measure', () => {
    const output = rows().filter((r) => r[0] === 'industrial-output' && r[1] === 'level');
    expect(output.map((r) => r[2])).toContain(290100);
  });
});
