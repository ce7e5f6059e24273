// Forms held-out-32's dongping and fengya showed (docs/prose-forms.md, "Held-out-32's title page, goals
// table and statuses (fixdongping)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixdongping.txt' });

describe('a 政府工作报告 whose meeting line is printed over two lines (…人民代表大 / 会第一次会议上)', () => {
  const body = [
    '各位代表：',
    '现在，我代表县人民政府，向大会报告工作，请予审议。',
    '一、2015年工作回顾',
    '全县地区生产总值完成52.17亿元，增长9.4%；全社会固定资产投资完成41.3亿元，增长18.2%。',
  ];

  it('reads the autonomous county and the year before the session from the joined line', () => {
    const { report, problems } = parse(
      '政府工作报告',
      '——2016年1月20日在柘岭蒙古族自治县第十届人民代表大',
      '会第五次会议上',
      '县长 某某某',
      ...body,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report?.meta.region).toBe('柘岭蒙古族自治县');
    expect(report?.meta.period).toBe('2015-FY');
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'level',
      52.17,
    ]);
  });

  it('reads a bracketed meeting line broken after 大会 the same way', () => {
    const { report } = parse(
      '政府工作报告',
      '（2016年1月20日在柘岭县第十届人民代表大会',
      '第五次会议上）',
      ...body,
    );
    expect(report?.meta.region).toBe('柘岭县');
    expect(report?.meta.period).toBe('2015-FY');
  });

  it('still refuses when no line under the title names the place', () => {
    const { report, problems } = parse(
      '政府工作报告',
      '县长 某某某',
      ...body.slice(0, 2),
      '全年工作完成良好。',
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('no-region');
  });
});

describe('a goals table with a bare 增速 row under 地区生产总值', () => {
  it('reads the row as the growth of the row above, not an indicator of its own', () => {
    const { report } = parse(
      '关于柘川县2018年国民经济和社会发展计划执行情况与2019年计划草案的报告',
      '2018年，全县预计实现地区生产总值88.4亿元，增长7.1%。',
      '2019年柘川县主要经济指标计划（草案）',
      '指标\t单位\t2018年预计\t2019年目标',
      '地区生产总值\t亿元\t88.4\t94.6',
      '增速\t%\t7.1\t7.5左右',
      '社会消费品零售总额\t亿元\t36.2\t39.4',
    );
    const codes = new Set(
      [...(report?.observations ?? []), ...(report?.targets ?? [])].map((x) => x.indicatorCode),
    );
    expect([...codes].filter((code) => code.startsWith('x-'))).toEqual([]);
    expect(
      report?.targets.filter((t) => t.indicatorCode === 'gdp').map((t) => [t.value, t.unit, t.comparator]),
    ).toContainEqual([7.5, '%', 'approx']);
    expect(
      report?.observations
        .filter((o) => o.indicatorCode === 'gdp' && o.measure === 'growth')
        .map((o) => o.quantity?.value),
    ).toContain(7.1);
  });
});

describe('project statuses 全面完工 and 建成投用 after a building', () => {
  const names = (sentence: string) =>
    parse(
      '关于柘川县2018年国民经济和社会发展计划执行情况与2019年计划草案的报告',
      '2018年，全县预计实现地区生产总值88.4亿元，增长7.1%。',
      sentence,
    ).report?.projects.map((p) => p.name);

  it('keeps 某某水库除险加固工程 before 全面完工', () => {
    expect(names('柘川物流园（一期）建成投产，柘溪水库除险加固工程全面完工。')).toEqual([
      '柘川物流园(一期)',
      '柘溪水库除险加固工程',
    ]);
  });

  it('keeps 某县人民医院门诊综合楼 whole before 建成投用', () => {
    expect(names('柘川光伏电站并网发电，柘川县人民医院门诊综合楼建成投用。')).toEqual([
      '柘川光伏电站',
      '柘川县人民医院门诊综合楼',
    ]);
  });
});
