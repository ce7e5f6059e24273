// Forms the seventy-first held-out batch showed the parser missed (session 25, branch fix71): a county
// secretary's speech at the year-end economic-work meeting (在全县经济工作会议上的讲话), dated and placed by the
// lines under its title, whose part on next year's work (做好明年经济工作) plans; a portal's 图解 page of a
// 政府工作报告, its cells (a name, a big figure, a growth written out) and its goal list set out line by line
// without bullets or 。; a threshold's 以上 ending a line; events counted in 场次.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument, parseReportText } from '../../src/parse/index.js';
import { ingestedDocument, parsedReport } from '../helpers/report.js';

const speech = (title: string, date: string) =>
  [
    title,
    '',
    date,
    '',
    '中共榆岙县委书记　林某某',
    '',
    '同志们：',
    '一、充分肯定今年经济工作取得的成绩',
    '据初步测算，全年可实现地区生产总值206.3亿元，增长5.6%；规模工业增加值增长7.1%。',
    '二、准确把握明年经济工作的主要目标',
    '明年全县经济社会发展的主要预期目标是：',
    '1.地区生产总值增长6%左右；',
    '2.规模工业增加值增长8%以上。',
    '三、全力以赴做好明年经济工作',
    '（一）坚定不移抓产业。力争规模工业总产值突破300亿元，实际使用外资3000万美元。',
    '谢谢大家！',
  ].join('\n');

describe('a speech at the economic-work meeting', () => {
  it('reads it as a plan-and-draft report of the year its December date sums up, placed by its speaker', () => {
    const { meta } = parsedReport(speech('在全县经济工作会议上的讲话', '（2023年12月22日）'), {
      sourceName: 'speech.txt',
    });
    expect([meta.genre, meta.region, meta.period]).toEqual(['plan-execution-and-draft', '榆岙县', '2023-FY']);
  });

  it('dates a January meeting’s speech to the year before', () => {
    const { meta } = parsedReport(speech('在全县经济工作会议上的讲话', '（2024年1月9日）'), {
      sourceName: 'speech.txt',
    });
    expect(meta.period).toBe('2023-FY');
  });

  it('reads the part on next year’s work (做好明年经济工作) as the plan: its goals are next year’s', () => {
    const { targets } = parsedReport(speech('在全县经济工作会议上的讲话', '（2023年12月22日）'), {
      sourceName: 'speech.txt',
    });
    expect(targets.map((t) => [t.indicatorName, t.horizon, t.value])).toEqual([
      ['地区生产总值', 'next-year', 6],
      ['规模工业增加值', 'next-year', 8],
      ['规模工业总产值', 'next-year', 300],
      ['实际使用外资', 'next-year', 3000],
    ]);
  });

  it('still refuses a speech on another subject', () => {
    const { report, problems } = parseReportText(
      speech('在全县安全生产工作会议上的讲话', '（2023年12月22日）'),
      {
        sourceName: 'speech.txt',
      },
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe('a portal’s 图解 page of a 政府工作报告', () => {
  const html = [
    '<html><head><meta charset="utf-8"><title>图解丨一图读懂2024年榆岙县政府工作报告</title></head><body>',
    '<div class="article"><h1>图解丨一图读懂2024年榆岙县政府工作报告</h1>',
    '<h3>2023年 成绩单</h3>',
    '<div class="grid">',
    '<div class="cell"><p>地区生产总值</p><p class="num">206.3亿元</p><p>增长5.6%</p><p>增速居槐岭市7个县（市、区）第3位</p></div>',
    '<div class="cell"><p>规上工业增加值</p><p class="num">增长7.1%</p><p>高于全市1.2个百分点</p></div>',
    '<div class="cell"><p>一般公共预算收入</p><p class="num">9.84亿元</p><p>同口径增长4.3%</p></div>',
    '</div>',
    '<h3>2024年 主要预期目标</h3>',
    '<ul><li>地区生产总值增长6%左右</li><li>全社会固定资产投资增长7%以上</li>',
    '<li>粮食产量稳定在28万吨以上</li><li>节能减排完成市下达目标</li></ul>',
    '<h3>2024年 重点工作</h3>',
    '<p>抓消费：举办促消费活动30场次，发放消费券500万元。</p>',
    '</div></body></html>',
  ].join('');
  const read = async () => {
    const document = await ingestedDocument(new TextEncoder().encode(html), { name: 'tujie.html' });
    const { report, problems } = parseDocument(document, { sourceName: 'tujie.html', sha256: '0' });
    if (!report) throw new Error(JSON.stringify(problems));
    return report;
  };

  it('reads it as the report of the year before the session', async () => {
    const { meta } = await read();
    expect([meta.genre, meta.region, meta.period]).toEqual(['plan-execution-and-draft', '榆岙县', '2023-FY']);
  });

  it('reads each cell as one sentence: the name, the big figure, the growth under it', async () => {
    const { observations } = await read();
    expect(
      observations
        .filter((o) => o.measure === 'level' || o.measure === 'growth')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['gdp', 'level', 206.3],
      ['gdp', 'growth', 5.6],
      ['industrial-value-added', 'growth', 7.1],
      ['general-budget-revenue', 'level', 9.84],
      ['general-budget-revenue', 'growth', 4.3],
    ]);
  });

  it('reads the goal list under its heading, item by item, to its words-only last line', async () => {
    const { targets } = await read();
    expect(targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'next-year', 6],
      ['fixed-asset-investment', 'next-year', 7],
      ['grain-output', 'next-year', 28],
      ['energy-emission-targets', 'next-year', null],
    ]);
  });

  it('counts events in 场次', async () => {
    const { facts } = await read();
    expect(facts.filter((f) => f.quantity.unit === '场次').map((f) => f.quantity.value)).toEqual([30]);
  });
});

describe('deposits and loans named as one balance with one figure', () => {
  it('gives the figure to no loan balance (存贷款余额 is both together)', () => {
    const { observations } = parsedReport(
      [
        '2023年榆岙县国民经济和社会发展统计公报',
        '一、金融',
        '年末金融机构存贷款余额512.6亿元，比年初增加31.4亿元。',
      ].join('\n'),
      { sourceName: 'bank.txt' },
    );
    expect(observations.filter((o) => o.indicatorCode === 'loans')).toEqual([]);
  });
});

describe('a speech’s lead-in to its projects', () => {
  it('names no project 以下项目 (重点抓好以下项目：…)', () => {
    const { projects } = parsedReport(
      [
        '2023年榆岙县国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '二、2024年工作安排',
        '重点抓好以下项目：槐岭新材料产业园项目二期，总投资30亿元；县城第二水厂，总投资4.2亿元。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(projects.map((p) => p.name)).not.toContain('以下项目');
    expect(projects.map((p) => p.name)).toContain('槐岭新材料产业园项目二期');
  });
});
