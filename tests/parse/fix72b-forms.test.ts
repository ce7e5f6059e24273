// Forms left in the seventieth to seventy-second held-out batches after their first fixes (session 25, branch
// fix72b): the domestic funds a county's investment drive brought in (实际到位内资, 实际到位市外内资) named as
// written with their goals; deposits and loans told as one balance (金融机构存贷款余额); a problem's bare
// 全年仅增长A% after a clause judging its subject (工业投资增长乏力); a 图解 page's card title naming the
// year after (2025年 重点工作) over goals outside the plan part.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ingestedDocument, parsedReport } from '../helpers/report.js';

const speech = (lines: readonly string[]) =>
  parsedReport(
    [
      '2023年苇溪县国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      ...lines,
      '二、2024年计划安排',
      '力争实际到位内资增长12%以上，实际使用外资3800万美元。',
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

const observed = (report: ReturnType<typeof parsedReport>, name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit, o.comparedWith]);

describe('domestic funds brought in, named as written (实际到位内资, 实际到位市外内资)', () => {
  it('reads the level and growth after 合同引资 and the plan part’s goal', () => {
    const report = speech(['全年新引进项目52个，合同引资214亿元；实际到位内资96.4亿元，增长9.8%。']);
    expect(observed(report, '实际到位内资')).toEqual([
      ['level', 96.4, '亿元', null],
      ['growth', 9.8, '%', null],
    ]);
    expect(
      report.targets
        .filter((t) => t.indicatorName === '实际到位内资')
        .map((t) => [t.horizon, t.comparator, t.value]),
    ).toEqual([['next-year', 'gte', 12]]);
  });

  it('reads 实际到位市外内资 under its own name', () => {
    const report = speech(['签约引进项目38个；实际到位市外内资127.5亿元，增长10.4%。']);
    expect(observed(report, '实际到位市外内资')).toEqual([
      ['level', 127.5, '亿元', null],
      ['growth', 10.4, '%', null],
    ]);
  });
});

describe('deposits and loans told as one balance (金融机构存贷款余额)', () => {
  it('reads the level and its change since the year’s start under the written name, without the year-end', () => {
    const report = speech(['年末金融机构存贷款余额512.6亿元，较年初增加31.4亿元。']);
    expect(observed(report, '金融机构存贷款余额')).toEqual([
      ['level', 512.6, '亿元', null],
      ['change', 31.4, '亿元', null],
    ]);
    expect(report.observations.filter((o) => o.indicatorCode === 'loans')).toEqual([]);
  });
});

describe('a problem’s 全年仅增长A% after a clause judging its subject', () => {
  it('gives the growth and the margin under all investment to the subject the clause before names', () => {
    const report = speech([
      '存在的问题：工业投资增长乏力，全年仅增长3.4%，低于全部投资增速4.1个百分点；房地产开发投资下降9.2%。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'industrial-investment')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['growth', 3.4],
      ['comparison', -4.1],
    ]);
  });
});

describe('a card title naming the year after over goals outside the plan part', () => {
  const html = [
    '<html><head><meta charset="utf-8"><title>图解丨一图读懂2025年苇溪县政府工作报告</title></head><body>',
    '<div class="article"><h1>图解丨一图读懂2025年苇溪县政府工作报告</h1>',
    '<h3>2024年 成绩单</h3>',
    '<div class="grid">',
    '<div class="cell"><p>地区生产总值</p><p class="num">206.3亿元</p><p>增长5.6%</p></div>',
    '</div>',
    '<p>签约引进项目38个；实际到位市外内资127.5亿元，增长10.4%。</p>',
    '<h3>2025年 重点工作</h3>',
    '<p><strong>抓招商</strong>：力争签约项目50个以上，实际到位市外内资增长9%。</p>',
    '</div></body></html>',
  ].join('');

  it('makes a 力争 goal under 2025年 重点工作 next year’s in a 2024 图解 page', async () => {
    const document = await ingestedDocument(new TextEncoder().encode(html), { name: 'tujie.html' });
    const { report, problems } = parseDocument(document, { sourceName: 'tujie.html', sha256: '0' });
    if (!report) throw new Error(JSON.stringify(problems));
    expect(
      report.targets.filter((t) => t.indicatorName === '实际到位市外内资').map((t) => [t.horizon, t.value]),
    ).toEqual([['next-year', 9]]);
  });
});

describe('projects listed after 还有 and closed by 等一批项目 with the work ahead of them', () => {
  it('reads both names (no count, 项目 followed by 要加快前期工作)', () => {
    const plan = parsedReport(
      [
        '2023年苇溪县国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '一、2023年计划执行情况',
        '全年全县实现地区生产总值186.4亿元，增长5.2%。',
        '二、2024年计划安排',
        '重点抓好以下项目：苇溪港区二期工程，总投资12亿元；还有苇溪冷链物流园、县技工学校新校区等一批项目要加快前期工作。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(plan.projects.map((p) => p.name)).toEqual([
      '苇溪港区二期工程',
      '苇溪冷链物流园',
      '县技工学校新校区',
    ]);
  });
});
