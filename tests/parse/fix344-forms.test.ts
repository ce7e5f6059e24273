// Forms the three-hundred-and-forty-fourth held-out batch showed the parser missed (session 43, branch fix344): the
// signed-for foreign investment with 比上年增长 after it (F7001); the industry a district's or a town's government holds
// (区属工业, 镇属工业: F7002); a plan and its result with 仅 (计划下降A%，实际仅下降B%: F7003); the catalogue's energy
// intensity judged as a fall (F7004); a five-year goal against the report's own year, the plan's base (F7005). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const communique = (...prose: string[]) =>
  parsedReport(['缙潾区2005年国民经济和社会发展统计公报', '一、对外经济', ...prose].join('\n'), {
    sourceName: 'communique.txt',
  });

const observed = (...prose: string[]) =>
  communique(...prose).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('合同利用外资X亿美元，比上年增长A% (F7001)', () => {
  it('is the signed-for investment with its level and growth, as 同比增长 gives them', () => {
    expect(
      observed('全年新批外商投资项目74个，合同利用外资7.38亿美元，比上年增长6.2%；实际利用外资3.05亿美元。'),
    ).toEqual(
      expect.arrayContaining([
        ['合同利用外资', 'level', 7.38],
        ['合同利用外资', 'growth', 6.2],
      ]),
    );
  });
});

describe('区属工业完成产值, 镇属工业完成产值 under 其中 (F7002)', () => {
  it('are the industry each level holds, named as written with their level and growth', () => {
    expect(
      observed(
        '全年完成工业总产值642.3亿元，比上年增长17.4%。其中，区属工业完成产值208.6亿元，增长15.2%；镇属工业完成产值317.9亿元，增长20.7%。',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['区属工业产值', 'level', 208.6],
        ['区属工业产值', 'growth', 15.2],
        ['镇属工业产值', 'level', 317.9],
        ['镇属工业产值', 'growth', 20.7],
      ]),
    );
  });

  it('reads a 区属地方工业 value added likewise', () => {
    expect(observed('区属地方工业完成增加值21.4亿元，同比增长12.6%。')).toEqual([
      ['区属地方工业增加值', 'level', 21.4],
      ['区属地方工业增加值', 'growth', 12.6],
    ]);
  });
});

const planReport = (...prose: string[]) =>
  parsedReport(
    ['缙潾县2005年国民经济和社会发展计划执行情况的报告', '一、2005年计划执行情况', ...prose].join('\n'),
    {
      sourceName: 'plan.txt',
    },
  );

describe('计划下降A%，实际仅下降B% among the unmet indicators (F7003)', () => {
  const report = planReport(
    '列入计划的20项主要指标中，有2项指标未完成年度计划，其中万元GDP能耗计划下降3.5%，实际仅下降1.2%；农民增收难度加大。',
  );

  it('gives the year’s goal from the 计划 figure and the result from the 实际 clause', () => {
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toEqual([
      ['energy-emission-targets', 'full-year', 'eq', -3.5],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['energy-emission-targets', 'growth', -1.2],
    ]);
  });
});

describe('the catalogue’s 万元GDP能耗 goal of a fall (F7004)', () => {
  it('is missed by a shallower fall', () => {
    const report = planReport('万元GDP能耗仅下降0.7%，距年度下降2.5%的目标差距较大。');
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['energy-emission-targets', -2.5, 'missed'],
    ]);
  });

  it('is met by a deeper one', () => {
    const report = planReport('万元GDP能耗计划下降3%，实际下降3.4%。');
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual([
      ['energy-emission-targets', -3, 'met'],
    ]);
  });
});

describe('到2010年…万元GDP能耗比2005年下降A%左右 in the base year’s own plan report (F7005)', () => {
  it('is the 十一五 goal though the base year is the year reported', () => {
    const report = planReport(
      '三、“十一五”发展目标和2006年主要预期目标',
      '根据县委确定的“十一五”发展目标，到2010年，全县地区生产总值达到260亿元，年均增长12%以上；万元GDP能耗比2005年下降18%左右。',
    );
    expect(
      report.targets
        .filter((t) => t.indicatorCode === 'energy-emission-targets')
        .map((t) => [t.horizon, t.comparator, t.value]),
    ).toEqual([['five-year', 'approx', -18]]);
  });
});

describe('年综合能耗A吨标准煤以上的N家重点企业 (F7006)', () => {
  const facts = (...prose: string[]) => planReport(...prose).facts.map((f) => f.quantity?.raw);

  it('is the bound of a class of firms, no fact; the count of firms stays one', () => {
    const raws = facts('对全县年综合能耗3000吨标准煤以上的18家重点企业实行节能目标责任制。');
    expect(raws).toContain('18家');
    expect(raws.some((raw) => raw?.includes('吨标准煤'))).toBe(false);
  });

  it('leaves the energy a place used a fact', () => {
    expect(facts('全年能源消费总量64.3万吨标准煤。')).toContain('64.3万吨标准煤');
  });
});

describe('甲项目要抓紧做好前期工作, 乙项目要力争上半年建成投运 in a 审议意见’s 建议 (F7007)', () => {
  it('names each project before its modal and status', () => {
    const report = parsedReport(
      [
        '缙潾县人大常委会关于2005年计划执行情况的审议意见',
        '三、几点建议',
        '（二）加快重点项目建设。缙潾工业园区热电厂项目要力争上半年建成投运；县图书馆项目要抓紧做好前期工作，年内开工。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual(['缙潾工业园区热电厂项目', '县图书馆项目']);
  });
});
