// Forms the eighty-eighth held-out batch showed the parser missed (session 28, branch fix88): a development
// zone's 管委会 summary titled by the zone, a county audit office's report on the budget's execution, a
// department's reply to a deputy's suggestion; a park named with its parts in brackets; a zone's rank among
// the city's parks; a project's total after its length or after where it stands in the plans; projects an
// audit lists with bracketed totals. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'page.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

describe('F2001 a development zone’s 管委会 summary titled by the zone', () => {
  it('reads the zone as the region, its 经济 kept in the name', () => {
    const text = [
      '四川棠溪经济开发区管理委员会2025年上半年工作总结和下半年工作安排',
      '1—6月，园区实现规上工业总产值92.6亿元，同比增长8.4%；固定资产投资同比增长11.2%。',
    ].join('\n');
    const { meta } = parsedReport(text, { sourceName: 'zone.docx' });
    expect([meta.region, meta.genre, meta.period]).toEqual([
      '四川棠溪经济开发区',
      'plan-execution',
      '2025-H1',
    ]);
  });

  it('keeps a 经济技术开发区 whole too', () => {
    const text = [
      '棠溪经济技术开发区管理委员会2024年上半年工作总结',
      '上半年，园区实现规上工业总产值41.3亿元，同比增长6.1%。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'zone.docx' }).meta.region).toBe('棠溪经济技术开发区');
  });
});

describe('F2002 a county audit office’s report on the budget’s execution', () => {
  it('is a review of the budget, dated by its title', () => {
    const text = [
      '关于棠坪县2024年度县级预算执行和其他财政收支的审计工作报告',
      '——2025年8月20日在棠坪县第十八届人民代表大会常务委员会第二十次会议上',
      '　　——财政收入稳中有增。全县一般公共预算收入完成8.42亿元，为年初预算的102.3%，同比增长4.6%。',
      '　　——重点支出保障有力。全县一般公共预算支出31.75亿元，完成调整预算的95.1%。',
    ].join('\n');
    const { meta, observations } = parsedReport(text, { sourceName: 'audit.txt' });
    expect([meta.region, meta.genre, meta.period]).toEqual(['棠坪县', 'review-opinion', '2024-FY']);
    expect(
      observations.filter((o) => o.indicatorCode === 'general-budget-revenue').map((o) => o.quantity?.value),
    ).toEqual([8.42, 102.3, 4.6]);
  });
});

describe('F2002 an audit report that gives no headline figure', () => {
  it('is refused, as session 14 refused every audit report', () => {
    const text = [
      '关于棠坪县2024年度县级预算执行和其他财政收支的审计工作报告',
      '　　审计结果表明，县级预算执行和其他财政收支情况总体较好。',
    ].join('\n');
    const { report, problems } = parseReportText(text, { sourceName: 'audit.txt' });
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('F2003 a department’s reply to a deputy’s suggestion', () => {
  const head = [
    '重庆市棠川县发展和改革委员会',
    '关于县十九届人大四次会议第52号建议的答复函',
    '棠川发改函〔2025〕12号',
    '李某某代表：',
    '　　您提出的《关于加快县域产业发展的建议》收悉，现答复如下：',
  ];
  const close = ['重庆市棠川县发展和改革委员会', '2025年6月3日'];

  it('reads one that quotes the year’s headline figures as a news summary of that year', () => {
    const text = [
      ...head,
      '　　2024年，全县实现地区生产总值204.3亿元，同比增长5.9%；规模以上工业增加值同比增长8.1%。',
      '　　下一步，力争2025年全县地区生产总值增长6%左右。',
      ...close,
    ].join('\n');
    const { meta, observations } = parsedReport(text, { sourceName: 'reply.html' });
    expect([meta.region, meta.genre, meta.period]).toEqual(['棠川县', 'news-summary', '2024-FY']);
    expect(observations.filter((o) => o.indicatorCode === 'gdp').map((o) => o.quantity?.value)).toEqual([
      204.3, 5.9,
    ]);
  });

  it('reads a 复函 and a 办理情况的答复函 alike', () => {
    for (const title of [
      '关于县十九届人大四次会议第52号建议的复函',
      '关于县十九届人大四次会议第0052号建议办理情况的答复函',
    ]) {
      const text = [
        title,
        '李某某代表：',
        '　　2024年，全县实现地区生产总值204.3亿元，同比增长5.9%。',
        ...close,
      ].join('\n');
      expect(parsedReport(text, { sourceName: 'reply.html' }).meta.genre).toBe('news-summary');
    }
  });

  it('refuses one about a road that gives no headline figure', () => {
    const text = [
      ...head,
      '　　您反映的乡道改造问题，我委已会同交通部门纳入明年计划，积极争取上级资金。',
      ...close,
    ].join('\n');
    const { report, problems } = parseReportText(text, { sourceName: 'reply.html' });
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('F2004 a park named with its parts in brackets, counting what it has', () => {
  it('keeps the park’s output a fact, not the county’s', () => {
    const text = [
      '棠川县2024年经济运行情况',
      '2024年，全县实现地区生产总值204.3亿元，同比增长5.9%。',
      '全县工业园区（东城、西城两个组团）现有规上工业企业41家，2024年实现规上工业产值96.2亿元，同比增长9.7%，占全县规上工业产值的71.3%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.observations.filter((o) => o.indicatorCode === 'industrial-output')).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([96.2, 9.7, 71.3]));
  });
});

describe('F2005 a zone’s rank among the city’s parks', () => {
  it('reads the rank and the group’s size, and the group no fact', () => {
    const text = [
      '四川棠溪经济开发区管理委员会2025年上半年工作总结和下半年工作安排',
      '1—6月，园区实现规上工业总产值92.6亿元，同比增长8.4%，增速居全市6个重点园区第3位。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'zone.docx' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['industrial-output', 3, 6],
    ]);
    expect(report.facts.some((f) => f.quantity.value === 6 && f.quantity.unit === '个')).toBe(false);
  });
});

describe('F2006 a project’s total after its length, or after where it stands in the plans', () => {
  it('reads 一是…，全长N公里，总投资X，…累计完成投资Y and …已纳入…规划，估算总投资X', () => {
    const text = [
      '棠川县2024年重点项目建设情况',
      '一是省道S201棠川段改建工程，全长24.2公里，总投资9.6亿元，目前完成路基工程45%，累计完成投资4.3亿元。',
      '二是棠川至岚口高速公路已纳入全市高速公路网规划，估算总投资86亿元，目前正在开展前期工作。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([
      ['省道S201棠川段改建工程', 960000000, 430000000],
      ['棠川至岚口高速公路', 8600000000, null],
    ]);
  });
});

describe('F2007 projects an audit lists with their totals in brackets', () => {
  it('reads each name and its total before 等N个…项目进行了审计, and the amount done a finding gives after 工期滞后', () => {
    const text = [
      '关于棠坪县2024年度县级预算执行和其他财政收支的审计工作报告',
      '　　全县一般公共预算收入完成8.42亿元，同比增长4.6%。',
      '　　对棠坪县城区雨污分流改造工程（总投资1.36亿元）、县中医院住院综合楼建设项目（总投资2.05亿元）等4个政府投资项目进行了审计，审计金额4.1亿元。',
      '　　发现：县中医院住院综合楼建设项目建设工期滞后6个月，完成投资1.12亿元，仅占总投资的54.6%。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([
      ['棠坪县城区雨污分流改造工程', 136000000, null],
      ['县中医院住院综合楼建设项目', 205000000, 112000000],
    ]);
  });
});

describe('F2008 the part of a zone’s funds received from outside the province', () => {
  it('names 其中省外到位资金 as written', () => {
    const text = [
      '四川棠溪经济开发区管理委员会2025年上半年工作总结和下半年工作安排',
      '上半年，招商引资到位资金31.4亿元，同比增长9.6%，其中省外到位资金22.7亿元。',
    ].join('\n');
    const { observations } = parsedReport(text, { sourceName: 'zone.docx' });
    expect(
      observations.filter((o) => o.indicatorName === '省外到位资金').map((o) => o.quantity?.value),
    ).toEqual([22.7]);
  });
});
