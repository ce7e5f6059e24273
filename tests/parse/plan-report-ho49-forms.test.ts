// Forms of a county's report on the year's plan and the next year's draft (held-out-49's sangmei): a price
// rise's named ceiling, a ratio of good air days named without 空气质量, plan-part goals with the goal verb
// after the name and the budget's 财政 before it, 该项目总投资 in the clause after a project, a capacity in
// a project's name before 年内开工. Sentences of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('plan.txt');
const TITLE = '关于桐岙县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告';
const RESULTS = '一、2019年国民经济和社会发展计划执行情况';
const PLAN = '二、2020年国民经济和社会发展计划草案';
const plan = (results: string[], goals: string[] = []) => report(TITLE, RESULTS, ...results, PLAN, ...goals);

describe('a price rise with its named ceiling (居民消费价格上涨A%，低于B%的调控目标)', () => {
  it('keeps the ceiling a full-year target at most B, met, not a second result', () => {
    const parsed = plan(['——居民消费价格上涨2.4%，低于3.5%的调控目标。']);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['cpi', 'growth', 2.4],
    ]);
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([['cpi', 'full-year', 3.5, 'lte', 'met']]);
  });
});

describe('the ratio of good air days named after the day count (空气质量优良天数N天，优良天数比率A%)', () => {
  it('names the ratio in full and keeps its change', () => {
    const code = generatedCode('空气质量优良天数比率');
    const parsed = plan(['全年空气质量优良天数230天，优良天数比率63.2%，比上年提高4.1个百分点。']);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      [code, 'rate', 63.2],
      [code, 'change', 4.1],
    ]);
  });
});

describe('plan-part goals of names the results gave (PM2.5平均浓度力争下降A%以上, 财政民生支出占比保持在B%以上)', () => {
  it('reads each as a next-year target of the name the results used', () => {
    const pm = generatedCode('PM2.5平均浓度');
    const spending = generatedCode('民生支出');
    const parsed = plan(
      [
        '一般公共预算支出30.1亿元，其中民生支出24.2亿元，占一般公共预算支出的80.4%。',
        '全年PM2.5平均浓度52微克/立方米，下降9.8%。',
      ],
      [
        '（五）坚持生态优先。PM2.5平均浓度力争下降6%以上，完成造林绿化2万亩。',
        '（六）兜牢民生底线。财政民生支出占比保持在78%以上，新建学校3所。',
      ],
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.attainment])).toEqual([
      [pm, 'next-year', -6, 'unknown'],
      [spending, 'next-year', 78, 'unknown'],
    ]);
  });
});

describe('a project to start within the year, its total in the next clause (…项目年内开工，该项目总投资X亿元)', () => {
  it('gives the total to the project and keeps the capacity in its name no figure', () => {
    const parsed = plan(
      ['全县地区生产总值增长6.1%。'],
      ['（一）稳定有效投资。推动桐岙3万吨饲料加工项目年内开工，该项目总投资6.4亿元。'],
    );
    expect(
      parsed.projects.map((p) => [p.name, p.mentions.map((m) => m.plannedInvestment).filter(Boolean)]),
    ).toEqual([['桐岙3万吨饲料加工项目', [640000000]]]);
    expect(parsed.facts.map((f) => f.quantity.raw)).not.toContain('3万吨');
  });
});

describe('goods listed before the processing they share (加快中药材、马铃薯精深加工项目建设)', () => {
  it('names kinds of project, no project; one place’s processing project stays one', () => {
    const parsed = plan(
      ['全县地区生产总值增长6.1%。'],
      [
        '（三）培育工业经济。加快中药材、马铃薯精深加工项目建设，提升非煤产业比重。',
        '推进果蔬、肉类加工等项目建设。',
        '加快桐岙县马铃薯精深加工项目建设。',
      ],
    );
    expect(parsed.projects.map((p) => p.name)).toEqual(['桐岙县马铃薯精深加工项目']);
  });
});
