// Forms first met in held-out-423, 422, 411 and 387 (session 47, fixer fix423). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';
import { PartMeasures } from '../../src/parse/table-part-measure.js';

const parse = (title: string, ...lines: string[]) => {
  const report = parseReportText([title, ...lines].join('\n'), { sourceName: 'fix423-forms.txt' }).report;
  if (!report) throw new Error('no report');
  return report;
};

describe('引进市外资金到位 as the investment attracted (F8741)', () => {
  it('reads the level and the growth', () => {
    const found = parse(
      '澄岭县2018年政府工作报告',
      '（五）开放合作不断扩大。实际利用外资0.84亿美元，增长6.1%；引进县外资金到位42.7亿元，增长10.3%。',
    ).observations.filter((o) => o.indicatorCode === 'investment-attracted');
    expect(found.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 42.7],
      ['growth', 10.3],
    ]);
  });
});

describe('为全年实现…以上奠定基础: the year’s goal named in the phrase (F8742)', () => {
  const report = parse(
    '澄岭县2019年1—2月经济运行平稳开局',
    '1—2月，全县规模以上工业增加值增长6.4%。',
    '会议要求，各部门要抓紧抓实一季度各项工作，为全年实现地区生产总值增长7.5%以上奠定坚实基础。',
  );
  it('gives a full-year target at least 7.5%', () => {
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toContainEqual([
      'gdp',
      'full-year',
      'gte',
      7.5,
    ]);
  });
  it('gives no observation of it', () => {
    expect(report.observations.filter((o) => o.indicatorCode === 'gdp')).toEqual([]);
  });
});

describe('a bare whole’s row: each column names its measure (F8743)', () => {
  it('gives the whole’s row the 产值 column’s own measure, none to the first header’s column', () => {
    const heads = ['澄岭县2019年1-5月规模以上工业分行业情况', '行业', '增加值增速（%）', '产值（亿元）'];
    const parts = new PartMeasures(heads);
    expect(parts.next('规模以上工业', '规模以上工业')).toBe('规模以上工业增加值');
    expect(parts.columnName('增加值增速（%）')).toBeNull();
    expect(parts.columnName('产值（亿元）')).toBe('规模以上工业产值');
    expect(lookupIndicator('规模以上工业产值')?.code).toBe('industrial-output');
    parts.next('食品制造业', '食品制造业');
    expect(parts.columnName('产值（亿元）')).toBeNull();
  });
});

describe('a programme quoted whole is no project (F8744)', () => {
  it('names none for “天网工程”, one for works quoted whole', () => {
    const names = parse(
      '澄岭县2018年政府工作报告',
      '二、2019年工作安排',
      '（七）抓社会治理。推进“天网工程”建设，新增监控点位800个；加快“澄江大桥工程”建设。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['澄江大桥工程']);
  });
});

describe('a day of the month after 于 between a project and its status (F8745)', () => {
  it('keeps the project named before 于M月D日', () => {
    const names = parse(
      '澄岭县2024年一季度重点项目建设情况',
      '城北快速通道工程一季度完成投资0.92亿元；国网澄岭110千伏输变电工程于2月26日建成投运。',
    ).projects.map((p) => p.name);
    expect(names).toContain('国网澄岭110千伏输变电工程');
  });
});

describe('a note’s scope threshold is a fact (F8746)', () => {
  const facts = parse(
    '澄岭县2008年1-4月主要经济指标',
    '1-4月，全县固定资产投资增长21.6%。',
    '注：1.规模以上工业增加值增速按可比价格计算。',
    '2.全社会固定资产投资为50万元以上项目口径，不含农户投资。',
    '3.固定资产投资统计口径为城镇50万元以上项目投资和农村固定资产投资。',
  ).facts.filter((f) => f.quantity.unit === '万元');
  it('gives each threshold once, as a fact', () => {
    expect(facts.map((f) => f.quantity.value)).toEqual([50, 50]);
  });
});
