// Forms held-out-405, 407, 408, 409 and 410 showed the parser misreading (session 47, fixer fix407). Sentences of
// our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { cleanName, isAggregate, validName } from '../../src/parse/project-names.js';

const projectNames = (text: string) =>
  parseReportText(text, { sourceName: 'lanxi.txt' }).report?.projects.map((p) => p.name) ?? [];

const factRaws = (text: string) =>
  parseReportText(text, { sourceName: 'lanxi.txt' }).report?.facts.map((f) => f.quantity.raw) ?? [];

describe('F8411: a name that is only a kind of works or a class is no project', () => {
  it('drops a kind of works with only a generic area before it', () => {
    for (const name of ['县城污水管网', '农业综合开发', '土地开发整理', '城区供热管网']) {
      expect(isAggregate(name), name).toBe(true);
    }
  });

  it('drops big projects and the central stimulus class', () => {
    expect(isAggregate('大项目')).toBe(true);
    expect(isAggregate('中央扩大内需项目')).toBe(true);
  });

  it('keeps one job on a kind of works, and a district’s own development', () => {
    for (const name of ['城区供水管网改造工程', '澜溪县城东片区综合开发项目', '中央商务区综合体项目']) {
      expect(isAggregate(name), name).toBe(false);
    }
  });

  it('reads no project from a plan’s sentence of kinds', () => {
    const names = projectNames(
      [
        '澜溪县2015年上半年国民经济和社会发展计划执行情况的报告',
        '1—9月，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '全县新修小型水利工程210处，农业综合开发、土地开发整理等项目进展顺利。加快县城污水管网和垃圾收运设施建设。',
        '',
      ].join('\n'),
    );
    expect(names).toEqual([]);
  });
});

describe('F8412: a concession’s 但也存在 opens no project’s name', () => {
  it('leaves the class, which is none', () => {
    expect(cleanName('但也存在一些项目')).toBe('一些项目');
    expect(validName(cleanName('但仍存在部分项目'), true)).toBe(false);
  });
});

describe('F8413: the preposition 对 before a named project is no part of it', () => {
  it('takes 对 off, and keeps 对口 and 对外', () => {
    expect(cleanName('对澜溪至岙川一级公路')).toBe('澜溪至岙川一级公路');
    expect(cleanName('对口帮扶产业园项目')).toBe('对口帮扶产业园项目');
  });
});

describe('F8414: 等 inside a name closes examples of a kind, a class', () => {
  it('drops 节日市场 after its examples', () => {
    expect(validName('春节等节日市场', true)).toBe(false);
  });

  it('keeps 中等 and a list closed by its class of works', () => {
    expect(validName('澜溪县中等职业学校', true)).toBe(true);
    expect(validName('澜溪水厂二期等重点项目', true)).toBe(true);
  });
});

describe('F8418: a town’s 新区 is a zone, its infrastructure project one project', () => {
  it('reads 县城新区基础设施建设项目 with its amounts', () => {
    const report = parseReportText(
      [
        '澜溪县2010年上半年经济运行分析',
        '1—9月，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '1—6月，全县重点项目进展顺利。县城新区基础设施建设项目总投资3.2亿元，今年计划投资1.1亿元，已完成0.7亿元。',
        '',
      ].join('\n'),
      { sourceName: 'lanxi.txt' },
    ).report;
    const project = report?.projects.find((p) => p.name === '县城新区基础设施建设项目');
    expect(project?.mentions[0]?.plannedInvestment).toBe(320000000);
  });

  it('still sorts a county’s infrastructure projects as a class', () => {
    expect(isAggregate('澜溪县基础设施建设项目')).toBe(true);
  });
});

describe('F8415: an audit finding’s subhead that names a shortcoming', () => {
  it('holds the audit’s amounts, no level of the county', () => {
    const report = parseReportText(
      [
        '关于澜溪县2014年度县级预算执行和其他财政收支的审计工作报告',
        '一、县本级财政管理审计情况',
        '2014年全县公共财政收入完成5.62亿元，增长11.2%，其中非税收入1.48亿元。',
        '（一）非税收入未及时缴库。截至2014年末，县住建局等3个单位应缴未缴非税收入1675万元。',
        '',
      ].join('\n'),
      { sourceName: 'lanxi.txt' },
    ).report;
    const nonTax = report?.observations
      .filter((o) => o.indicatorName.includes('非税收入'))
      .map((o) => o.quantity?.raw);
    expect(nonTax).toEqual(['1.48亿元']);
  });
});

describe('F8416: 结存N年以上的 names the age of the funds, no figure', () => {
  it('keeps the balance and drops the age', () => {
    const raws = factRaws(
      [
        '澜溪县2014年1—9月经济运行分析',
        '1—9月，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '截至9月底，县财政专户结存资金2.81亿元，其中结存3年以上的项目资金1320万元尚未盘活。',
        '',
      ].join('\n'),
    );
    expect(raws).not.toContain('3年以上');
    expect(raws).toContain('1320万元');
  });
});

describe('F8417: 前N户企业 names the top firms, no count', () => {
  it('drops the cut and keeps the share', () => {
    const raws = factRaws(
      [
        '澜溪县2014年1—9月经济运行分析',
        '1—9月，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '工业集中度偏高，全县前8户企业产值占规模以上工业总产值的七成以上；新增规上企业6户。',
        '',
      ].join('\n'),
    );
    expect(raws).not.toContain('8户');
    expect(raws).toContain('6户');
  });
});

describe('F8419: a counted group’s 主营业务收入 after its members and a verb', () => {
  it('reads the group’s level, growth and share', () => {
    const report = parseReportText(
      [
        '澜溪县2016年上半年国民经济和社会发展计划执行情况的报告',
        '上半年，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '装备制造、现代纺织、生物医药三大主导产业实现主营业务收入86.3亿元，增长11.7%，占规模以上工业的57.2%。',
        '',
      ].join('\n'),
      { sourceName: 'lanxi.txt' },
    ).report;
    const group = (report?.observations ?? []).filter((o) => o.indicatorName.includes('三大主导产业'));
    expect(group.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 86.3],
      ['growth', 11.7],
      ['share', 57.2],
    ]);
  });
});

describe('F8420: a park opening a sentence after 1—10月 holds its ；-part', () => {
  it('reads the park’s infrastructure investment as no figure of the county', () => {
    const report = parseReportText(
      [
        '澜溪县2011年1—10月经济运行分析',
        '1—10月，全县地区生产总值完成45.2亿元，增长9.8%；全社会固定资产投资完成31.6亿元，增长20.1%。',
        '1—10月，澜溪工业园区实现规模以上工业总产值52.4亿元，同比增长21.3%；园区新入驻企业9家，完成基础设施投资4.18亿元。',
        '',
      ].join('\n'),
      { sourceName: 'lanxi.txt' },
    ).report;
    expect(report?.observations.map((o) => o.indicatorName)).not.toContain('基础设施投资');
  });
});
