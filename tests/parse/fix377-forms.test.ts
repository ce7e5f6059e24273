// Forms held-out-377 and held-out-380 showed the parser missed (session 45, branch fix377): an audit report's
// findings under its parts on audited funds, projects and departments are facts only (F7611). Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F7611: an audit report’s finding amounts are facts, its budget figures observations', () => {
  const audit = [
    '关于湍禾县2016年度县级预算执行和其他财政收支的审计工作报告',
    '主任、各位副主任、各位委员：',
    '审计结果表明，2016年县级预算执行情况总体较好。',
    '——财政收入。全县一般公共预算收入完成3.42亿元，同比增长8.6%。收入总计14.75亿元，支出总计14.38亿元。',
    '一、县级财政管理审计情况',
    '（一）预算编制不够细化。年初未细化的资金2370万元。',
    '二、专项资金审计情况',
    '（一）城乡居民医疗保险基金。全年基金收入4830万元，基金支出4415万元，当年结余415万元。',
    '三、审计发现的主要问题',
    '县水务局等2个单位滞留应缴非税收入928万元，未及时缴入国库。',
  ].join('\n');

  it('keeps the budget and its totals and drops the fund’s and the finding’s amounts', () => {
    const report = parsedReport(audit, { sourceName: 'audit.txt' });
    const names = report.observations.map((o) => o.indicatorName);
    expect(names).toContain('收入总计');
    expect(names).toContain('支出总计');
    expect(report.observations.map((o) => o.indicatorCode)).toContain('general-budget-revenue');
    expect(names).not.toContain('基金收入');
    expect(names).not.toContain('基金支出');
    expect(names.some((n) => n.includes('非税收入'))).toBe(false);
    expect(report.facts.map((f) => f.quantity?.value)).toEqual(expect.arrayContaining([4830, 4415, 928]));
  });
});

describe('F7612: a numbered task in the plan part sets its indicator’s goal', () => {
  it('reads 三是…，新增城镇就业N人 after the goals as a next-year target', () => {
    const report = parsedReport(
      [
        '关于湍禾县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告',
        '一、2016年计划执行情况',
        '全县地区生产总值完成74.3亿元，增长6.4%。城镇新增就业2680人。',
        '二、2017年计划草案',
        '2017年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；全社会固定资产投资增长9%。',
        '围绕上述目标，重点做好以下工作：一是稳定工业运行；二是扩大有效投资；三是保障和改善民生，新增城镇就业2750人。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toContainEqual([
      'new-urban-jobs',
      'next-year',
      2750,
      'eq',
    ]);
  });
});

describe('F7613: a level restated in another unit in brackets is one level', () => {
  it('keeps 亿斤 and leaves the bracketed 万吨 a fact', () => {
    const report = parsedReport(
      ['湍禾县2016年国民经济和社会发展统计公报', '全县粮食总产量达到36.18亿斤（180.9万吨），增长2.7%。'].join(
        '\n',
      ),
      { sourceName: 'communique.txt' },
    );
    const grain = report.observations.filter(
      (o) => o.indicatorCode === 'grain-output' && o.measure === 'level',
    );
    expect(grain.map((o) => [o.quantity?.value, o.quantity?.unit])).toEqual([[36.18, '亿斤']]);
    expect(report.facts.map((f) => f.quantity?.value)).toContain(180.9);
  });
});

describe('F7614: an output passing a round figure, closing its sentence, is a threshold', () => {
  it('reads 总产量首次突破N亿斤 as a fact only', () => {
    const report = parsedReport(
      [
        '湍禾县2016年国民经济和社会发展统计公报',
        '县统计局负责人介绍，2016年全县粮食总产量首次突破40亿斤，为保障粮食安全作出了贡献。',
      ].join('\n'),
      { sourceName: 'communique.txt' },
    );
    expect(report.observations.filter((o) => o.indicatorCode === 'grain-output')).toEqual([]);
    expect(report.facts.map((f) => f.quantity?.value)).toContain(40);
  });
});

describe('F7615: an audited project started before its permit is a project', () => {
  it('reads 某项目未办理施工许可即开工建设 as a named project with that status', () => {
    const report = parsedReport(
      [
        '关于湍禾县2016年度县级预算执行和其他财政收支的审计工作报告',
        '审计结果表明，全县一般公共预算收入完成3.42亿元，同比增长8.6%。',
        '二、审计发现的主要问题',
        '湍禾县第三中学实验楼建设项目未办理施工许可即开工建设。',
      ].join('\n'),
      { sourceName: 'audit.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toContainEqual([
      '湍禾县第三中学实验楼建设项目',
      '未办理施工许可即开工建设',
    ]);
  });
});
