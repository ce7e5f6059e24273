// Forms first met in held-out-415 (session 47, fixer fix415): a county 统计局's 新闻发布会 page, a county 政协's
// 调研报告 on the half-year economy and key projects, and a county-level city 发改局's half-year work summary.
// Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix415-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const observed = (report: Report, code: string) =>
  (report?.observations ?? [])
    .filter((o) => o.indicatorCode === code || o.indicatorName === code)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

const PRESSER = [
  '柘岩县统计局举行2007年上半年全县经济运行情况新闻发布会',
  '发布时间：2007-07-18　来源：柘岩县人民政府网',
  '　　主持人：各位记者，今天我们请县统计局介绍上半年全县经济运行情况。',
  '　　县统计局局长：上半年，全县实现地区生产总值21.36亿元，同比增长13.4%。',
];

describe('a bare 增加值 after the same firms’ output is of the output’s head (F8471)', () => {
  it('reads 实现增加值 after 规模以上工业企业完成工业总产值 as industrial value added, and its rank', () => {
    const report = parse(
      ...PRESSER,
      '　　工业生产加快。全县规模以上工业企业完成工业总产值31.27亿元，同比增长19.5%；实现增加值9.46亿元，增长17.2%，增速居全市第2位。',
    ).report;
    expect(observed(report, 'industrial-value-added')).toEqual([
      ['level', 9.46, '亿元'],
      ['growth', 17.2, '%'],
    ]);
    expect((report?.rankings ?? []).map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['industrial-value-added', 2],
    ]);
  });

  it('leaves a bare 增加值 after a figure of another kind unnamed', () => {
    const report = parse(
      ...PRESSER,
      '　　工业生产加快。全县工业用电量2.31亿千瓦时，同比增长9.5%；实现增加值9.46亿元，增长17.2%。',
    ).report;
    expect(observed(report, 'industrial-value-added')).toEqual([]);
  });
});

const SUMMARY = [
  '岑溪市发展和改革局2006年上半年工作总结和下半年工作打算',
  '一、上半年工作完成情况',
  '（一）抓好重点项目建设。今年全市确定重点建设项目31个，总投资24.6亿元，年度计划投资11.8亿元。截至6月末，已开复工项目27个，累计完成投资5.92亿元。',
];

describe('funds won from above with no kind named (F8472)', () => {
  it('reads 共争取上级资金 and its change as an observation named 上级资金', () => {
    const report = parse(
      ...SUMMARY,
      '（二）积极争取上级资金。上半年共向上申报项目42个，共争取上级资金3260万元，比上年同期增加840万元。其中，国债资金1850万元。',
    ).report;
    expect(observed(report, '上级资金')).toEqual([
      ['level', 3260, '万元'],
      ['change', 840, '万元'],
    ]);
  });

  it('leaves funds won of all kinds (上级各类资金) a fact', () => {
    const report = parse(...SUMMARY, '（二）积极争取上级资金。上半年共争取上级各类资金3260万元。').report;
    expect(observed(report, '上级资金')).toEqual([]);
    expect(observed(report, '上级各类资金')).toEqual([]);
  });
});

describe('a project’s main works with the share of them done (F8473)', () => {
  it('reads 甲工程主体工程已完成N% as the project with its progress', () => {
    const report = parse(
      ...SUMMARY,
      '岑溪市第二自来水厂工程主体工程已完成65%；岑溪市中医院住院楼工程已于4月开工建设。',
    ).report;
    expect(projects(report)).toContain('岑溪市第二自来水厂工程');
  });
});

describe('a project still at its papers (F8474)', () => {
  it('reads 仍在进行前期工作 as a lagging project’s status', () => {
    const report = parse(...SUMMARY, '也有个别项目进展迟缓，城东垃圾处理场二期工程仍在进行前期工作。').report;
    expect(projects(report)).toContain('城东垃圾处理场二期工程');
  });
});

describe('a plant’s base works are a part of the project before them (F8475)', () => {
  it('reads 锅炉基础工程已完工 as the plant’s progress, not a project', () => {
    const report = parse(
      ...SUMMARY,
      '岑溪热电厂扩建工程总投资1.42亿元，上半年完成投资2600万元，锅炉基础工程已完工；岑溪至梧峰公路改造工程已完成投资1500万元。',
    ).report;
    expect(projects(report)).toContain('岑溪热电厂扩建工程');
    expect(projects(report)).not.toContain('锅炉基础工程');
  });
});
