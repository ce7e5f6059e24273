// Small forms session 21 left (session 22, branch fixsmall): a project's status before its works start
// (已完成土地摘牌) or its trial run (进入试生产). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '柳川县2023年前三季度经济运行情况';
const HEADLINE = '前三季度，全县实现地区生产总值45.6亿元，同比增长6.1%。';

function report(...lines: string[]) {
  return parsedReport([TITLE, HEADLINE, ...lines].join('\n'), { sourceName: 'news.txt' });
}

const projects = (r: ReturnType<typeof report>) =>
  r.projects.map((p) => [p.name, p.mentions[0]?.completedInvestment ?? null, p.mentions[0]?.status ?? null]);

describe('a project whose clause gives only a status before or after its works', () => {
  it('reads 已完成土地摘牌 (the land won) as a status, the name with its capacity kept', () => {
    const r = report(
      '柳川县城供热改造项目完成投资0.3亿元；年产5万吨饲料加工项目已完成土地摘牌，计划11月底开工。',
    );
    expect(projects(r)).toEqual([
      ['柳川县城供热改造项目', 30000000, null],
      ['年产5万吨饲料加工项目', null, '已完成土地摘牌'],
    ]);
    expect(r.facts.map((f) => f.quantity.raw)).not.toContain('5万吨');
  });

  it('reads 进入试生产 as a status, as 进入…阶段 is', () => {
    const r = report('县人民医院迁建项目主体封顶；年产8千吨竹浆纸项目进入试生产。');
    expect(projects(r)).toEqual([
      ['县人民医院迁建项目', null, '主体封顶'],
      ['年产8千吨竹浆纸项目', null, '进入试生产'],
    ]);
  });
});

describe('a capacity inside a phase project’s name (甲园区12万吨乙项目（一期）建成投产)', () => {
  it('reads the capacity as the name’s, not a figure, the phase kept', () => {
    const r = report('柳川工业园区12万吨生物基材料项目（一期）建成投产，总投资9.6亿元。');
    expect(r.facts.map((f) => f.quantity.raw)).not.toContain('12万吨');
    expect(r.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['柳川工业园区12万吨生物基材料项目(一期)', 960000000],
    ]);
  });
});

describe('a size class of projects with its share of all investment (亿元以上项目N个，完成投资占全部投资的A%)', () => {
  const shares = (r: ReturnType<typeof report>) =>
    r.observations.filter((o) => o.measure === 'share').map((o) => [o.indicatorName, o.quantity?.value]);

  it('reads the share as the class’s investment, its paragraph under an investment heading', () => {
    const r = report(
      '二、固定资产投资降幅收窄',
      '1—9月，全县固定资产投资同比下降4.2%。',
      '全县在建5000万元以上项目38个，比上年同期减少5个。其中，亿元以上项目17个，完成投资占全部投资的61.4%。',
    );
    expect(shares(r)).toEqual([['亿元以上项目完成投资', 61.4]]);
  });

  it('keeps a programme’s class a fact: the whole is the key projects’ investment', () => {
    const r = report(
      '1—9月，全县固定资产投资同比下降4.2%。',
      '其中，亿元以上项目17个，完成投资占全部重点项目投资的61.4%。',
    );
    expect(shares(r)).toEqual([]);
  });
});

describe('an item number run into a year (说明：1.2022年共安排…)', () => {
  it('reads neither 1.2022 nor the year as a figure', () => {
    const r = report('说明：1.2022年共安排县级重点项目9个，总投资31.2亿元。');
    expect(r.facts.map((f) => f.quantity.raw)).not.toContain('1.2022年');
    expect(r.facts.map((f) => f.quantity.value)).toEqual([45.6, 6.1, 9, 31.2]);
  });
});

describe('a share of the whole written 占全市份额 right after its subject', () => {
  it('reads the share (and its change) as the indicator’s, as 占全市的比重 is', () => {
    const r = report(
      '全县规上工业产值占全市份额为12.4%，比上年同期提高0.6个百分点；出口总额占全市的份额为21.3%。',
    );
    expect(r.observations.slice(2).map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-output', 'share', 12.4],
      ['industrial-output', 'change', 0.6],
      ['exports', 'share', 21.3],
    ]);
  });
});

describe('a head-of-stock capacity inside a project’s name (甲50万头生猪屠宰项目总投资…)', () => {
  it('reads the capacity as the name’s, a herd’s figure still a fact', () => {
    const r = report(
      '其中，柳川50万头生猪屠宰及肉制品加工项目总投资6.2亿元。全县生猪出栏42.6万头，增长3.2%。',
    );
    const raws = r.facts.map((f) => f.quantity.raw);
    expect(raws).not.toContain('50万头');
    expect(raws).toContain('42.6万头');
  });
});
