// Forms of the budget execution reports read beside the plan's (session 14, gbudget; docs/prose-forms.md,
// "budget execution reports (gbudget)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (...lines: string[]) => {
  const { report, problems } = parseReportText(lines.join('\n'), { sourceName: 'gbudget.txt' });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};
const metaOf = (title: string) => {
  const { genre, region, period } = report(
    title,
    '一、执行情况',
    '全县一般公共预算收入完成5.2亿元，同比增长3.1%。',
  ).meta;
  return [genre, region, period];
};
const budget = (results: string[], draft: string[] = []) =>
  report(
    '关于岚漪县2023年预算执行情况和2024年预算草案的报告',
    '一、2023年预算执行情况',
    ...results,
    ...(draft.length > 0 ? ['二、2024年预算草案', ...draft] : []),
  );
const observed = (r: ReturnType<typeof report>) =>
  r.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('budget titles name the genre', () => {
  it('reads a year’s budget and its draft, a period’s budget execution and a committee’s review of it', () => {
    expect(metaOf('关于岚漪县2023年预算执行情况和2024年预算草案的报告')).toEqual([
      'plan-execution-and-draft',
      '岚漪县',
      '2023-FY',
    ]);
    expect(metaOf('关于岚漪县2022年财政预算执行情况及2023年财政预算（草案）的报告')).toEqual([
      'plan-execution-and-draft',
      '岚漪县',
      '2022-FY',
    ]);
    expect(metaOf('关于岚漪县2024年上半年预算执行情况的报告')).toEqual([
      'plan-execution',
      '岚漪县',
      '2024-H1',
    ]);
    expect(metaOf('岚漪县人大常委会预算工作委员会关于2024年上半年预算执行情况的审查意见')).toEqual([
      'review-opinion',
      '岚漪县',
      '2024-H1',
    ]);
  });
});

describe('为调整预算的A% (the budget as adjusted), like 完成年度预算的', () => {
  it('is a share of the year’s budget, implies it, and keeps the chain’s growth', () => {
    const r = budget(['全县一般公共预算收入完成64210万元，为调整预算的98.6%，同比增长4.2%。']);
    expect(observed(r)).toEqual([
      ['一般公共预算收入', 'level', 64210],
      ['一般公共预算收入', 'share', 98.6],
      ['一般公共预算收入', 'growth', 4.2],
    ]);
    expect(r.targets.map((t) => [t.indicatorCode, t.derived, Math.round(t.value ?? 0)])).toEqual([
      ['general-budget-revenue', true, 65122],
    ]);
  });
});

describe('a budget’s accounts as named aggregates', () => {
  it('reads the other budgets, spending by class, the balance sentence and debt balances as written', () => {
    const r = budget([
      '全县政府性基金预算收入完成31260万元，同比下降12.4%；国有资本经营预算支出完成540万元。',
      '其中：社会保障和就业支出38620万元，增长9.1%；城乡社区支出9870万元，下降15.2%；一般公共服务支出16240万元，与上年持平。',
      '全县一般公共预算收入64210万元，加上级补助收入152300万元、债务转贷收入21400万元。',
      '年末全县政府债务余额352100万元，其中一般债务余额131600万元、专项债务余额220500万元。',
    ]);
    expect(observed(r)).toEqual([
      ['政府性基金预算收入', 'level', 31260],
      ['政府性基金预算收入', 'growth', -12.4],
      ['国有资本经营预算支出', 'level', 540],
      ['社会保障和就业支出', 'level', 38620],
      ['社会保障和就业支出', 'growth', 9.1],
      ['城乡社区支出', 'level', 9870],
      ['城乡社区支出', 'growth', -15.2],
      ['一般公共服务支出', 'level', 16240],
      ['一般公共服务支出', 'growth', 0],
      ['一般公共预算收入', 'level', 64210],
      ['上级补助收入', 'level', 152300],
      ['债务转贷收入', 'level', 21400],
      ['政府债务余额', 'level', 352100],
      ['一般债务余额', 'level', 131600],
      ['专项债务余额', 'level', 220500],
    ]);
  });
});

describe('the budget draft (二、2024年预算草案) sets next year’s targets', () => {
  it('reads 预计安排/安排 figures as next-year goals, named accounts too', () => {
    const r = budget(
      ['全县一般公共预算收入完成64210万元。全县政府性基金预算收入完成31260万元。'],
      ['全县一般公共预算收入预计安排68000万元，比上年增长5.9%；全县政府性基金预算收入安排33000万元。'],
    );
    expect(r.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.unit])).toEqual([
      ['一般公共预算收入', 'next-year', 68000, '万元'],
      ['一般公共预算收入', 'next-year', 5.9, '%'],
      ['政府性基金预算收入', 'next-year', 33000, '万元'],
    ]);
    expect(observed(r)).not.toContainEqual(['一般公共预算收入', 'level', 68000]);
  });
});

describe('the draft’s items named in a list after 其中, and the balance sentence’s totals', () => {
  it('reads 非税收入, 上级补助收入预计…, 收入总计 as next-year goals of those accounts', () => {
    const r = budget(
      [
        '全县一般公共预算收入完成64210万元，其中：非税收入完成20150万元。',
        '全县一般公共预算收入64210万元，加上级补助收入152300万元，收入总计216510万元。',
      ],
      [
        '全县一般公共预算收入预计安排68000万元，其中：税收收入47000万元；非税收入21000万元。加上级补助收入预计150000万元，收入总计218000万元。',
      ],
    );
    expect(observed(r)).toContainEqual(['收入总计', 'level', 216510]);
    expect(r.targets.map((t) => [t.indicatorName, t.value])).toEqual([
      ['一般公共预算收入', 68000],
      ['税收收入', 47000],
      ['非税收入', 21000],
      ['上级补助收入', 150000],
      ['收入总计', 218000],
    ]);
  });
});

describe('a named revenue with only its share of the budget (土地出让收入仅完成年初预算的A%)', () => {
  it('keeps the share under the name as written', () => {
    const r = budget([
      '全县一般公共预算收入完成64210万元。',
      '土地出让收入仅完成年初预算的21.6%，基金预算平衡压力较大。',
    ]);
    expect(observed(r)).toContainEqual(['土地出让收入', 'share', 21.6]);
  });
});

describe('projects the budget’s funds support (支持甲、乙等项目建设, 安排…资金X元支持甲建设)', () => {
  it('names each project; the funds are no project’s investment', () => {
    const r = budget([
      '全县一般公共预算收入完成64210万元。',
      '争取新增专项债券资金21000万元，支持岚漪工业园供水工程、北塘片区老旧小区改造项目等项目建设。',
      '安排专项债券资金9000万元支持岚漪物流园冷链仓储项目建设。',
    ]);
    expect(r.projects.map((p) => [p.name, p.mentions.map((m) => m.plannedInvestment ?? null)])).toEqual([
      ['岚漪工业园供水工程', [null]],
      ['北塘片区老旧小区改造项目', [null]],
      ['岚漪物流园冷链仓储项目', [null]],
    ]);
  });
});
