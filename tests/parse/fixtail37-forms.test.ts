// Forms the held-out-245 and held-out-249 batches showed the parser missed (session 37, branch fixtail37): one
// commodity's exports named before 出口额; a branch's value added with a part left out in a bracket inside its
// name; an amount before a bare phase that restates the project named just before it. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const COMMUNIQUE = [
  '甲川县2026年国民经济和社会发展统计公报',
  '一、对外经济',
  '全年外贸进出口总额21.40亿元，增长5.2%，其中出口18.30亿元，增长6.1%。水果出口额3.15亿元，增长9.8%。',
  '二、工业',
  '全年规模以上工业增加值比上年增长5.5%。分行业看，酿酒业增加值增长4.4%；纺织业（不含化纤）增加值下降2.7%。',
].join('\n');

const observed = () =>
  parsedReport(COMMUNIQUE, { sourceName: 'communique.txt' }).observations.map((o) => [
    o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('one commodity’s exports named before 出口额 (F5181)', () => {
  it('names 水果出口额 as written and leaves all exports their own figures', () => {
    const items = observed();
    expect(items.filter((o) => o[0] === 'exports').map((o) => o[3])).toEqual(
      expect.arrayContaining([18.3, 6.1]),
    );
    expect(items.filter((o) => o[0] === 'exports').map((o) => o[3])).not.toContain(3.15);
    expect(items.filter((o) => o[1] === '水果出口额').map((o) => o[3])).toEqual(
      expect.arrayContaining([3.15, 9.8]),
    );
  });
});

describe('a branch with a part left out in a bracket inside its name (F5182)', () => {
  it('reads 纺织业（不含化纤）增加值 as an indicator of its own, not the whole branch', () => {
    const items = observed();
    const textile = items.filter((o) => typeof o[1] === 'string' && o[1].includes('不含化纤'));
    expect(textile.map((o) => [o[2], o[3]])).toEqual([['growth', -2.7]]);
    expect(String(textile[0]?.[0])).toMatch(/^x-/);
  });
});

const SPEECH = [
  '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '二、2027年主要任务',
  '（一）抓项目。全年安排重点项目40个。加快乙湾码头三期工程前期工作，力争总投资12亿元的三期工程年内开工；开工建设县中医院迁建工程。',
].join('\n');

describe('an amount before a bare phase that restates the project named just before (F5183)', () => {
  it('gives the named phase its total, one project', () => {
    const projects = parsedReport(SPEECH, { sourceName: 'speech.txt' })
      .projects.filter((p) => p.name.includes('三期'))
      .map((p) => [p.name, p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null]);
    expect(projects).toEqual([['乙湾码头三期工程', 1200000000]]);
  });
});

const PLAN = [
  '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '一、2026年计划执行情况',
  '全县地区生产总值增长5.1%，外贸进出口总额增长6.0%。',
  '二、2027年主要任务',
  '（三）扩大开放。新引进外资企业8家以上，数字贸易进出口额增长12%以上。',
].join('\n');

describe('a kind of trade’s whole trade set a growth goal in a plan’s task (F5184)', () => {
  it('keeps 数字贸易进出口额 growth 12% gte as a next-year target named as written', () => {
    const report = parsedReport(PLAN, { sourceName: 'plan.txt' });
    const goals = report.targets
      .filter((t) => t.indicatorName === '数字贸易进出口额')
      .map((t) => [t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([['next-year', 12, 'gte']]);
  });
});
