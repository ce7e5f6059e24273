// Forms the eighty-second held-out batch showed the parser missed (session 27, branch fix82): a class
// breakdown in a file's table (an HTML <table> of project classes after a department's summary) that no
// indicator heads, whose cells are no facts; a project-like name after a verb and its aspect particle
// (支持了甲河综合治理等N个项目), which names none; a budget's spending said bare after a semicolon
// (收入X亿元，完成预算的A%；支出Y亿元), the same budget's; the balance sentence's plus said 加上
// (加上上级转移支付收入X亿元), no part of the name.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const htmlReport = async (body: string) => {
  const html = `<html><head><meta charset="utf-8"><title>棠川县农业农村局2024年上半年工作总结</title></head><body><div class="content"><h1>棠川县农业农村局2024年上半年工作总结</h1>${body}</div></body></html>`;
  const { document } = await ingest(new TextEncoder().encode(html), { name: 'summary.html' });
  if (!document) throw new Error('no document');
  const { report } = parseDocument(document, { sourceName: 'summary.html', sha256: '0' });
  if (!report) throw new Error('no report');
  return report;
};

describe('a class breakdown in a file’s table that no indicator heads', () => {
  it('gives no facts of its cells, the prose before it read as ever', async () => {
    const report = await htmlReport(
      [
        '<p>一、上半年工作开展情况</p>',
        '<p>上半年，全县农村居民人均可支配收入10240元，同比增长6.1%。全县共安排帮扶项目96个。</p>',
        '<p>附表　棠川县2024年帮扶资金项目安排表</p>',
        '<table><tr><td>项目类别</td><td>项目数（个）</td><td>安排资金（万元）</td><td>支出进度（%）</td></tr>',
        '<tr><td>产业类</td><td>52</td><td>8210</td><td>71.4</td></tr>',
        '<tr><td>其他类</td><td>44</td><td>3120</td><td>58.2</td></tr>',
        '<tr><td>合计</td><td>96</td><td>11330</td><td>67.6</td></tr></table>',
      ].join(''),
    );
    expect(report.facts.map((f) => f.quantity.raw)).toEqual(['10240元', '增长6.1%', '96个']);
  });
});

describe('a name after a verb and its aspect particle (支持了甲河综合治理等N个项目)', () => {
  it('names no project', () => {
    const text = [
      '棠川县2024年预算执行情况的审查报告',
      '一、预算执行情况',
      '全年争取新增专项债券资金5.6亿元，支持了棠溪河综合治理等9个项目建设。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'review.txt' }).projects).toEqual([]);
  });
});

const namesOf = (text: string) =>
  parsedReport(text, { sourceName: 'review.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value ?? null,
  ]);

describe('a budget’s spending said bare after a semicolon', () => {
  it('is the same budget’s as the revenue before it', () => {
    const text = [
      '棠川县2024年预算执行情况的审查报告',
      '一、预算执行情况',
      '国有资本经营预算。全县国有资本经营预算收入0.52亿元，完成预算的104.1%；支出0.47亿元，全部调入一般公共预算。',
    ].join('\n');
    expect(namesOf(text)).toEqual([
      ['国有资本经营预算收入', 'level', 0.52],
      ['国有资本经营预算收入', 'share', 104.1],
      ['国有资本经营预算支出', 'level', 0.47],
    ]);
  });
});

describe('the balance sentence’s plus said 加上', () => {
  it('is no part of the transfers’ name', () => {
    const text = [
      '棠川县2024年预算执行情况的审查报告',
      '一、预算执行情况',
      '全县一般公共预算收入7.35亿元，增长3.6%。加上上级转移支付收入21.4亿元等，收入总计30.8亿元。',
    ].join('\n');
    expect(namesOf(text).map(([name]) => name)).toContain('上级转移支付收入');
    expect(namesOf(text).map(([name]) => name)).not.toContain('加上上级转移支付收入');
  });
});

const goalsOf = (text: string) =>
  parsedReport(text, { sourceName: 'review.txt' }).targets.map((t) => [
    t.indicatorName,
    t.value,
    t.unit,
    t.comparator,
    t.horizon,
  ]);

describe('the draft budget’s spending on people’s livelihood (民生支出安排X亿元、占…的A%)', () => {
  it('gives its amount and its share as next-year goals, with no result under its name', () => {
    const text = [
      '棠川县2024年预算执行情况和2025年预算草案的审查结果报告',
      '一、2024年预算执行情况',
      '全县一般公共预算收入7.35亿元，增长3.6%。一般公共预算支出30.2亿元，增长2.1%。',
      '二、2025年预算草案总体可行',
      '预算工委认为，预算草案支出安排坚持了“三保”优先，民生支出安排23.5亿元、占一般公共预算支出的78.2%，总体可行。',
    ].join('\n');
    expect(goalsOf(text).filter(([name]) => name === '民生支出')).toEqual([
      ['民生支出', 23.5, '亿元', 'eq', 'next-year'],
      ['民生支出', 78.2, '%', 'eq', 'next-year'],
    ]);
  });
});

describe('将 before a rate’s name in a ceiling (将债务率控制在120%以内)', () => {
  it('is no part of the name', () => {
    const text = [
      '棠川县2024年预算执行情况的审查报告',
      '一、预算执行情况',
      '全县债务率为112.4%，比上年上升3.1个百分点。',
      '二、做好2025年预算执行工作的意见建议',
      '（一）严控政府债务风险。力争年内化解存量隐性债务2.1亿元，将债务率控制在120%以内。',
    ].join('\n');
    expect(goalsOf(text)).toEqual([['债务率', 120, '%', 'lte', 'next-year']]);
  });
});
