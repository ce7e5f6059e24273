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
