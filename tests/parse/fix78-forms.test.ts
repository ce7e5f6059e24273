// Forms the seventy-eighth held-out batch showed the parser missed (session 26, branch fix78): a span of
// months typed with a long dash before the clause's subject (1—5月新增就业岗位), the foreign investment
// signed for beside the investment received (合同利用外资), the registered unemployed counted at the month's
// end with their change, and an industry chain's output named with its parts (汽车及零部件产业产值).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const HEAD = ['棠溪区2025年1—5月经济运行简析', '1—5月，全区完成固定资产投资86.41亿元，同比增长6.3%。'];

const observationsOf = (lines: string[]) =>
  parsedReport([...HEAD, ...lines].join('\n'), { sourceName: 'analysis.html' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
    o.quantity?.unit,
  ]);

describe('a span of months typed with a long dash before the subject (1—5月新增就业岗位)', () => {
  it('reads the jobs created, their share of the year goal and the goal derived', () => {
    const report = parsedReport([...HEAD, '1—5月新增就业岗位0.92万个，完成年度目标的46.0%。'].join('\n'), {
      sourceName: 'analysis.html',
    });
    expect(
      report.observations.filter((o) => o.indicatorName === '新增就业岗位').map((o) => o.measure),
    ).toEqual(['level', 'share']);
    expect(
      report.targets
        .filter((t) => t.indicatorName === '新增就业岗位')
        .map((t) => [t.value, t.derived, t.horizon]),
    ).toEqual([[2, true, 'full-year']]);
  });
});

describe('the foreign investment signed for, beside the investment received (合同利用外资)', () => {
  it('is a result named as written, with its growth', () => {
    expect(
      observationsOf(['1—5月，全区合同利用外资4.36亿美元，同比增长8.1%；实到外资1.27亿美元，增长3.4%。']),
    ).toEqual([
      ['固定资产投资', 'level', 86.41, '亿元'],
      ['固定资产投资', 'growth', 6.3, '%'],
      ['合同利用外资', 'level', 4.36, '亿美元'],
      ['合同利用外资', 'growth', 8.1, '%'],
      ['实到外资', 'level', 1.27, '亿美元'],
      ['实到外资', 'growth', 3.4, '%'],
    ]);
  });

  it('stays a fact when it is the sum the firms just counted signed', () => {
    const names = observationsOf(['新批外商投资企业4家，合同外资1530万美元。']).map(([name]) => name);
    expect(names).not.toContain('合同外资');
  });
});

describe('the registered unemployed at the month’s end, with the change on last year', () => {
  it('reads the level and the change in 人', () => {
    expect(
      observationsOf(['截至5月末，全区城镇登记失业人数0.87万人，比上年同期减少0.05万人。']).filter(
        ([name]) => name === '城镇登记失业人数',
      ),
    ).toEqual([
      ['城镇登记失业人数', 'level', 0.87, '万人'],
      ['城镇登记失业人数', 'change', -0.05, '万人'],
    ]);
  });

  it('leaves a ceiling the count is held within to the facts', () => {
    const names = observationsOf(['城镇登记失业人数控制在0.9万人以内。']).map(([name]) => name);
    expect(names).not.toContain('城镇登记失业人数');
  });
});

describe('an industry chain’s output named with its parts (汽车及零部件产业产值)', () => {
  it('reads its level as well as its growth', () => {
    expect(
      observationsOf([
        '分产业看，船舶及配套产业产值73.2亿元，增长6.5%；生物医药产业产值31.8亿元，增长4.2%。',
      ]).slice(2),
    ).toEqual([
      ['船舶及配套产业产值', 'level', 73.2, '亿元'],
      ['船舶及配套产业产值', 'growth', 6.5, '%'],
      ['生物医药产业产值', 'level', 31.8, '亿元'],
      ['生物医药产业产值', 'growth', 4.2, '%'],
    ]);
  });
});

describe('a later phase named after a project whose own sentence told its first phase', () => {
  const text = (first: string) =>
    [
      '关于棠溪区2024年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全区地区生产总值增长5.1%，固定资产投资增长4.2%。',
      `重点项目加快推进。棠溪智能装备产业园项目总投资32亿元，${first}累计完成投资9.6亿元。`,
      '二、下半年工作安排',
      '加快棠溪智能装备产业园二期建设，确保全年目标实现。',
    ].join('\n');
  const projectsOf = (first: string) =>
    parsedReport(text(first), { sourceName: 'report.txt' }).projects.map((p) => p.name);

  it('is a stage of that project, one project', () => {
    expect(projectsOf('一期3栋厂房主体完工，')).toEqual(['棠溪智能装备产业园项目']);
  });

  it('stays a project of its own when the first phase was not told', () => {
    expect(projectsOf('')).toEqual(['棠溪智能装备产业园项目', '棠溪智能装备产业园二期']);
  });
});
