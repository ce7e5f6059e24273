// Forms held-out-414 showed the parser missing (session 47, fixer fix414). Sentences of our own, invented places and
// figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const planReport = (body: string) =>
  parseReportText(
    ['岚川县2004年国民经济和社会发展计划执行情况的报告', '一、2004年计划执行情况', body].join('\n'),
    { sourceName: 'plan.txt' },
  ).report;
const communique = (body: string) =>
  parseReportText(['岚川县2004年国民经济和社会发展统计公报', '岚川县统计局', body].join('\n'), {
    sourceName: 'communique.txt',
  }).report;

const projectNames = (body: string) => (planReport(body)?.projects ?? []).map((p) => p.name);
const observed = (report: ReturnType<typeof planReport>) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value] as const);

describe('a road done over its whole length is a project with its status (F8501)', () => {
  it('reads 全线完工 and 全线竣工 after the works', () => {
    expect(
      projectNames(
        '岚川水厂扩建工程总投资3.4亿元，当年完成投资1.25亿元；省道217线岚川过境段改建工程全线完工；西河大桥连接线工程全线竣工。',
      ),
    ).toEqual(['岚川水厂扩建工程', '省道217线岚川过境段改建工程', '西河大桥连接线工程']);
  });
});

describe('a trunk road’s number is part of its name, not a figure (F8502)', () => {
  it('drops 国道N线 and N国道 from the facts', () => {
    const report = planReport(
      '国道215线岚川段改造工程完成投资2600万元；加快推进318国道岚川至石门段改建工程。',
    );
    const bare = (report?.facts ?? []).filter((f) => f.quantity.unit === '').map((f) => f.quantity.raw);
    expect(bare).toEqual([]);
  });
});

describe('抓紧做好 leads the list whose preparatory work it hurries (F8503)', () => {
  it('reads every name of the list, not the last alone', () => {
    expect(
      projectNames('同时，抓紧做好岚石公路和县城垃圾处理厂等项目的前期工作，争取列入省级投资计划。'),
    ).toEqual(['岚石公路', '县城垃圾处理厂']);
  });
});

describe('集中力量 before the lead, and the works’ 续建, are no part of the names (F8504)', () => {
  it('reads the three works of the list', () => {
    expect(projectNames('集中力量抓好岚川灌区工程续建、县城北环路改造工程和岚川工业园区建设。')).toEqual([
      '岚川灌区工程',
      '县城北环路改造工程',
      '岚川工业园区',
    ]);
  });
});

describe('the sales of industry’s firms above the size line are a named aggregate (F8505)', () => {
  it('reads 规模以上工业企业实现销售收入 as an observation with its growth', () => {
    const report = communique(
      '全年规模以上工业增加值3.12亿元，增长17.5%。规模以上工业企业实现销售收入7.84亿元，增长20.6%；实现利税0.92亿元，增长11.8%。',
    );
    expect(observed(report).filter(([name]) => /销售收入/.test(name))).toEqual([
      ['规模以上工业企业销售收入', 'level', 7.84],
      ['规模以上工业企业销售收入', 'growth', 20.6],
    ]);
  });
});

describe('基本建设投资, a part of all investment in older reports, is a named aggregate (F8506)', () => {
  it('reads its level and growth under 其中', () => {
    const report = communique(
      '全年完成全社会固定资产投资4.52亿元，比上年增长28.4%。其中，基本建设投资3.06亿元，增长35.1%。',
    );
    expect(observed(report).filter(([name]) => name === '基本建设投资')).toEqual([
      ['基本建设投资', 'level', 3.06],
      ['基本建设投资', 'growth', 35.1],
    ]);
  });

  it('leaves a farmland programme’s 基本建设投资 alone', () => {
    const report = communique('全年完成农田水利基本建设投资3180万元，新增节水灌溉面积1.2万亩。');
    expect(observed(report).filter(([name]) => /基本建设/.test(name))).toEqual([]);
  });
});
