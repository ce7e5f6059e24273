// The genre's siblings: title forms → genre, region, period; page hints; --region/--period; refusals.
// Every place and figure here is invented.

import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/ingest/types.js';
import { parseDocument, parseReport, parseReportText } from '../../src/parse/index.js';
import { parsePeriodOption } from '../../src/parse/report-meta.js';

const BODY = '一、执行情况\n全县实现地区生产总值86.4亿元,同比增长5.2%。\n';
const parse = (head: string, options: { region?: string; period?: string } = {}) =>
  parseReportText(`${head}\n${BODY}`, { sourceName: 'genre.txt', ...options });
const metaOf = (head: string) => {
  const { report, problems } = parse(head);
  if (!report) throw new Error(JSON.stringify(problems));
  const { genre, region, period } = report.meta;
  return [genre, region, period];
};
const codes = (result: { problems: Array<{ code: string; severity: string }> }) =>
  result.problems.map((p) => `${p.severity}:${p.code}`);

const documentOf = (text: string, title: string | null, infoLine: string | null): SourceDocument => ({
  format: 'html',
  mediaType: 'text/html',
  text,
  originalText: null,
  blocks: [],
  hints: { title, infoLine, charset: 'utf-8', convertedFromTraditional: false },
});

describe('title forms of the genre and its siblings', () => {
  it.each([
    [
      '关于青川县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告',
      ['plan-execution-and-draft', '青川县', '2021-FY'],
    ],
    [
      '云岭市2022年国民经济和社会发展计划执行情况和2023年国民经济和社会发展计划的报告',
      ['plan-execution-and-draft', '云岭市', '2022-FY'],
    ],
    // A title printed over three short lines, as on a report's cover.
    [
      '石门区2020年国民经济和社会发展\n计划执行情况与2021年国民经济和\n社会发展计划草案的报告',
      ['plan-execution-and-draft', '石门区', '2020-FY'],
    ],
    // A notice that publishes the report names it in 《》.
    [
      '关于印发《石门区2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知',
      ['plan-execution-and-draft', '石门区', '2024-FY'],
    ],
    // A year's plan, issued by a notice, reports the year before it and sets the year's goals.
    [
      '云岭市人民政府关于印发云岭市2023年国民经济和社会发展计划的通知\n各县(区)人民政府,市政府各部门:',
      ['plan-execution-and-draft', '云岭市', '2022-FY'],
    ],
    [
      '关于印发《青川县2024年国民经济和社会发展计划(草案)》的通知',
      ['plan-execution-and-draft', '青川县', '2023-FY'],
    ],
    ['2022年上半年青川县经济运行情况', ['statistics-analysis', '青川县', '2022-H1']],
    ['青川县2023年1-5月统计月报', ['statistics-analysis', '青川县', '2023-M1-5']],
    ['2021年一季度云岭市经济运行简析', ['statistics-analysis', '云岭市', '2021-Q1']],
    [
      '关于青川县2021年上半年国民经济和社会发展计划执行情况的审查意见',
      ['review-opinion', '青川县', '2021-H1'],
    ],
    [
      '青川县人民代表大会常务委员会关于青川县2021年国民经济和社会发展计划执行情况的初步审查意见',
      ['review-opinion', '青川县', '2021-FY'],
    ],
    [
      '关于石门区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的审查报告',
      ['review-opinion', '石门区', '2022-FY'],
    ],
    ['青川县2021年国民经济和社会发展统计公报', ['statistical-communique', '青川县', '2021-FY']],
    ['2022年云岭市国民经济和社会发展统计公报', ['statistical-communique', '云岭市', '2022-FY']],
    ['【权威发布】2022年前三季度青川县经济运行情况', ['news-summary', '青川县', '2022-Q3']],
    [
      '青川县前三季度地区生产总值增长5.2%\n发布时间:2022-10-25 来源:云岭日报',
      ['news-summary', '青川县', '2022-Q3'],
    ],
    [
      '上半年我县经济运行稳中向好\n来源:青川县融媒体中心 发布时间:2022-07-20',
      ['news-summary', '青川县', '2022-H1'],
    ],
    // A full year's news is published in the next year.
    [
      '全年我县经济稳中有进\n来源:青川县融媒体中心 发布时间:2023-01-28',
      ['news-summary', '青川县', '2022-FY'],
    ],
    ['石门区:一季度经济实现开门红\n来源:云岭日报 发布时间:2023-04-21', ['news-summary', '石门区', '2023-Q1']],
    [
      '1-6月全县经济运行简析\n来源:青川县统计局 发布时间:2022-07-18',
      ['statistics-analysis', '青川县', '2022-H1'],
    ],
  ])('%s', (head, expected) => {
    expect(metaOf(head)).toEqual(expected);
  });

  it('still reads a plan-execution report as one', () => {
    expect(metaOf('青川县2022年上半年国民经济和社会发展计划执行情况的报告')).toEqual([
      'plan-execution',
      '青川县',
      '2022-H1',
    ]);
  });
});

describe('plain-text files', () => {
  it('take --region and --period through parseReport too', () => {
    const bytes = new TextEncoder().encode(
      '全县经济运行总体平稳。\n全县实现地区生产总值48.2亿元,同比增长4.1%。\n',
    );
    const { report } = parseReport(bytes, { sourceName: 'bare.txt', region: '青川县', period: '2022-Q3' });
    expect([report?.meta.region, report?.meta.period]).toEqual(['青川县', '2022-Q3']);
  });

  it('prefer a plan report’s title to a headline above it', () => {
    expect(
      metaOf('上半年经济运行情况通报\n关于青川县2022年上半年国民经济和社会发展计划执行情况的报告'),
    ).toEqual(['plan-execution', '青川县', '2022-H1']);
  });
});

describe('texts without a title', () => {
  it('takes the period from the first sentence and the region from a 统计局 source line', () => {
    const { report } = parseReportText(
      '来源:青川县统计局 发布时间:2022-07-21\n上半年,全县实现地区生产总值48.2亿元,同比增长4.1%。\n',
      { sourceName: 'untitled.txt' },
    );
    expect(report?.meta).toMatchObject({
      title: '',
      genre: 'statistics-analysis',
      region: '青川县',
      period: '2022-H1',
      periodLabel: '上半年',
      publisher: '青川县统计局',
    });
  });

  it('takes a place named in the first sentence, and a year written before the period', () => {
    const { report } = parseReportText('2022年前三季度,青川县实现地区生产总值71.5亿元,同比增长3.8%。\n', {
      sourceName: 'untitled.txt',
    });
    expect([report?.meta.region, report?.meta.period]).toEqual(['青川县', '2022-Q3']);
  });

  it('reads a news page’s bare date and bracketed source, and takes no place from 根据地区生产总值', () => {
    const { report } = parseReportText(
      [
        '石门区:上半年经济运行稳中向好',
        '2023-08-02 10:05:31 [来源:云岭日报] [作者:张三]',
        '根据地区生产总值统一核算结果,上半年全区实现地区生产总值48.2亿元,同比增长4.1%。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(report?.meta).toMatchObject({
      genre: 'news-summary',
      region: '石门区',
      period: '2023-H1',
      publisher: '云岭日报',
      publishedAt: '2023-08-02T10:05:31+08:00',
    });
    const untitled = parseReportText(
      '根据地区生产总值统一核算结果,一季度全县实现地区生产总值21.5亿元,同比增长3.1%。\n',
      { sourceName: 'untitled.txt', period: '2023-Q1' },
    );
    expect(codes(untitled)).toEqual(['error:no-region']);
  });

  it('takes a whole year from 2010年， as the first sentences’ time when no part of a year is named', () => {
    const head = [
      '石门县第十五届人民代表大会第五次会议隆重开幕',
      '来源：石门新闻网　时间：2011-02-16',
      '2月15日上午，石门县第十五届人民代表大会第五次会议隆重开幕。',
    ];
    const year = parseReportText(
      [...head, '报告指出，2010年，全县实现生产总值152376万元，同比增长14.2%。'].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect([year.report?.meta.region, year.report?.meta.period]).toEqual(['石门县', '2010-FY']);
    // A part of a year named anywhere in the opening wins; 2010年是… is no time of a report.
    const half = parseReportText(
      [...head, '报告指出，2010年，全县经济平稳。', '上半年，全县实现生产总值52.1亿元，同比增长9.2%。'].join(
        '\n',
      ),
      { sourceName: 'news.txt' },
    );
    expect(half.report?.meta.period).toBe('2010-H1');
    const none = parseReportText(
      [...head, '2010年是“十一五”的最后一年，全县实现生产总值152376万元。'].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(codes(none)).toContain('error:no-period');
  });

  it('reads no year’s plan title from a part headed with the plan', () => {
    const { report } = parse(
      '上半年我县经济运行稳中向好\n2023-07-28 10:00 来源:青川县融媒体中心\n二、2023年国民经济和社会发展计划',
    );
    expect(report?.meta).toMatchObject({ genre: 'news-summary', region: '青川县', period: '2023-H1' });
  });

  it('reads a 政府信息公开 breadcrumb without 首页 as page junk', () => {
    const { report } = parse(
      '青川县2022年国民经济和社会发展统计公报\n青川县人民政府 > 政府信息公开 > 统计数据',
    );
    expect(report?.sentences.map((s) => s.kind).slice(0, 2)).toEqual(['title', 'heading']);
  });

  it('reads a news page’s date written 年月日 before a 来源, its banner as junk', () => {
    const { report, problems } = parseReportText(
      [
        '云岭新闻网　首页 > 本地新闻',
        '上半年我县经济运行稳中有进',
        '2023年7月28日 16:40　来源：石门县融媒体中心　【打印】【关闭】',
        '【字号：大 中 小】',
        '记者从县统计局获悉，上半年，全县实现地区生产总值48.2亿元，同比增长4.1%。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(problems).toEqual([]);
    expect(report?.meta).toMatchObject({
      genre: 'news-summary',
      region: '石门县',
      period: '2023-H1',
      publisher: '石门县融媒体中心',
      publishedAt: '2023-07-28T16:40:00+08:00',
    });
    // The site banner and the 字号 bar are page junk, not content.
    expect(report?.sentences.map((s) => s.kind)).toEqual(['title', 'prose']);
  });

  it('reads 文章来源 after a bare date, and a 字体: bar as junk', () => {
    const { report } = parse(
      [
        '关于2020年上半年国民经济和社会发展计划执行情况的报告',
        '2020-08-12 15:20　文章来源：青川县发展和改革局',
        '字体：【大 中 小】　打印',
      ].join('\n'),
    );
    expect(report?.meta).toMatchObject({
      genre: 'plan-execution',
      region: '青川县',
      period: '2020-H1',
      publisher: '青川县发展和改革局',
      publishedAt: '2020-08-12T15:20:00+08:00',
    });
  });

  it('takes the place from the article’s fuller repeat of a title the page heads without it', () => {
    const { report } = parse(
      [
        '青川县人民政府门户网站',
        '关于2020年上半年国民经济和社会发展计划执行情况的报告',
        '2020-08-12 15:20',
        '关于青川县2020年上半年国民经济和社会发展计划执行情况的报告',
      ].join('\n'),
    );
    expect(report?.meta).toMatchObject({ genre: 'plan-execution', region: '青川县', period: '2020-H1' });
    // The banner is junk and the repeat is the title's, not content.
    expect(report?.sentences.filter((s) => s.kind !== 'title' && s.text.includes('报告'))).toEqual([]);
    expect(report?.sentences[0]?.kind).toBe('title');
    // A title of another year further down is not a repeat.
    const other = parse(
      '关于2020年上半年国民经济和社会发展计划执行情况的报告\n关于青川县2019年上半年国民经济和社会发展计划执行情况的报告',
    );
    expect(codes(other)).toEqual(['error:no-region']);
  });

  it('reads the publisher and date of an 信息公开 page’s metadata grid', () => {
    const { report } = parse(
      [
        '[ 发布机构 ] | 石门区发展和改革委员会 | ||',
        '[ 发布日期 ] | 2025-02-21 |',
        '石门区2024年国民经济和社会发展计划执行情况与2025年计划草案报告',
      ].join('\n'),
    );
    expect([report?.meta.publisher, report?.meta.publishedAt, report?.meta.genre]).toEqual([
      '石门区发展和改革委员会',
      '2025-02-21T00:00:00+08:00',
      'plan-execution-and-draft',
    ]);
  });

  it('reads a communiqué’s publisher and date signed on lines of their own', () => {
    const { report } = parse('青川县2021年国民经济和社会发展统计公报\n青川县统计局\n2022年3月18日');
    expect([report?.meta.publisher, report?.meta.publishedAt]).toEqual([
      '青川县统计局',
      '2022-03-18T00:00:00+08:00',
    ]);
  });

  it('never takes the period from a sentence deep in the body', () => {
    const lines = ['来源:青川县统计局 发布时间:2022-07-21', '全县经济运行总体平稳。'];
    for (let i = 0; i < 12; i++) lines.push(`第${i + 1}项工作稳步推进。`);
    lines.push('前三季度,全县实现地区生产总值71.5亿元。');
    const result = parseReportText(lines.join('\n'), { sourceName: 'deep.txt' });
    expect(codes(result)).toEqual(['error:no-period']);
  });
});

describe('page hints from the ingest stage', () => {
  it('uses the page title and info line when the text has neither', () => {
    const result = parseDocument(
      documentOf(
        '今年以来,全县经济稳步恢复。\n全县实现地区生产总值48.2亿元,同比增长4.1%。\n',
        '2022年上半年青川县经济运行情况',
        '来源:青川县统计局 发布时间:2022-07-21 09:30',
      ),
      { sourceName: 'page.html', sha256: 'x' },
    );
    expect(result.report?.meta).toMatchObject({
      title: '2022年上半年青川县经济运行情况',
      genre: 'statistics-analysis',
      region: '青川县',
      period: '2022-H1',
      publisher: '青川县统计局',
      publishedAt: '2022-07-21T09:30:00+08:00',
    });
  });

  it('takes the region from the site a page title names when nothing else does', () => {
    const result = parseDocument(
      documentOf(
        '上半年我县经济运行稳中向好\n上半年,全县实现地区生产总值48.2亿元,同比增长4.1%。\n',
        '上半年我县经济运行稳中向好_石门县人民政府',
        '发布时间:2023-07-25',
      ),
      { sourceName: 'page.html', sha256: 'x' },
    );
    expect(result.report?.meta).toMatchObject({ genre: 'news-summary', region: '石门县', period: '2023-H1' });
  });

  it('prefers the text’s own title and source line to the hints', () => {
    const result = parseDocument(
      documentOf(
        `青川县2021年国民经济和社会发展统计公报\n来源:青川县统计局 发布时间:2022-03-10\n${BODY}`,
        '统计公报 - 云岭市人民政府',
        '来源:云岭市人民政府办公室',
      ),
      { sourceName: 'page.html', sha256: 'x' },
    );
    expect([result.report?.meta.region, result.report?.meta.publisher]).toEqual(['青川县', '青川县统计局']);
  });
});

describe('--region and --period', () => {
  const untitled = '全县经济运行总体平稳。\n全县实现地区生产总值48.2亿元,同比增长4.1%。';

  it('fill what the text does not say', () => {
    const { report, problems } = parseReportText(untitled, {
      sourceName: 'bare.txt',
      region: '青川县',
      period: '2022-M1-6',
    });
    expect(problems).toEqual([]);
    expect(report?.meta).toMatchObject({
      region: '青川县',
      year: 2022,
      period: '2022-H1',
      periodLabel: '上半年',
    });
  });

  it('win over what the text says, with a warning', () => {
    const result = parse('2022年上半年青川县经济运行情况', { region: '云岭市', period: '2022-Q3' });
    expect([result.report?.meta.region, result.report?.meta.period]).toEqual(['云岭市', '2022-Q3']);
    expect(codes(result)).toEqual(['warning:option-overrides', 'warning:option-overrides']);
  });

  it('refuse a period written otherwise', () => {
    const result = parse('2022年上半年青川县经济运行情况', { period: '2022上半年' });
    expect(result.report).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'bad-period', severity: 'error' });
    expect(result.problems[0]?.message).toContain('2022-H1');
  });

  it.each([
    ['2022-H1', { year: 2022, code: 'H1', label: '上半年' }],
    ['2021-FY', { year: 2021, code: 'FY', label: '全年' }],
    ['2023-M1-9', { year: 2023, code: 'Q3', label: '前三季度' }],
    ['2023-M1-5', { year: 2023, code: 'M1-5', label: '1-5月' }],
    ['2023-M1-13', null],
    ['H1', null],
  ])('reads %s', (written, expected) => {
    expect(parsePeriodOption(written)).toEqual(expected);
  });
});

describe('refusals', () => {
  it('names the flag that supplies a missing region', () => {
    const result = parseReportText(`全县经济运行总体平稳。\n上半年,全县实现地区生产总值48.2亿元。\n`, {
      sourceName: 'x.txt',
      period: '2022-H1',
    });
    expect(codes(result)).toEqual(['error:no-region']);
    expect(result.problems[0]?.message).toContain('--region 某某县');
  });

  it('names the flag that supplies a missing period', () => {
    const result = parseReportText('来源:青川县统计局\n全县实现地区生产总值48.2亿元。\n', {
      sourceName: 'x.txt',
    });
    expect(codes(result)).toEqual(['error:no-period']);
    expect(result.problems[0]?.message).toContain('--period 2022-H1');
  });

  it('refuses a notice, whatever figures it quotes', () => {
    const result = parse('关于做好2022年上半年统计调查工作的通知');
    expect(codes(result)).toEqual(['error:not-a-report']);
    expect(result.problems[0]?.message).toContain('another kind of document');
  });

  it('reads a bulletin on a period’s key-project progress that gives investment figures', () => {
    const bulletin = (title: string, body: string) =>
      parseReportText(
        ['云岭市发展和改革委员会', title, '云发改〔2023〕12号', '各县(区)发展改革局:', body].join('\n'),
        { sourceName: 'bulletin.txt' },
      );
    const progress = bulletin(
      '关于2023年1-9月云岭市重大项目推进情况的通报',
      '1-9月,全市重大项目累计完成投资86.4亿元,占年度计划的71.2%。',
    );
    expect(progress.report?.meta).toMatchObject({
      genre: 'statistics-analysis',
      region: '云岭市',
      period: '2023-Q3',
      publisher: '云岭市发展和改革委员会',
    });
    // The letterhead, document number and addressees are not content.
    expect(progress.report?.sentences.map((s) => s.kind)).toEqual(['title', 'prose']);
    // The same subject with no figures, or figures under another subject, is another document.
    const noFigures = bulletin('关于2023年1-9月云岭市重大项目推进情况的通报', '各地要加快推进项目建设。');
    expect(codes(noFigures)).toEqual(['error:not-a-report']);
    const other = bulletin(
      '关于2023年上半年云岭市干部考核结果的通报',
      '全市完成投资86.4亿元,地区生产总值增长5.1%。',
    );
    expect(codes(other)).toEqual(['error:not-a-report']);
    expect(other.problems[0]?.message).toContain('another kind of document');
  });

  it('refuses a committee’s review of something other than the plan or budget, and another kind of 统计公报', () => {
    // The budget's execution, read at the same meeting as the plan's, is a sibling (session 14, gbudget).
    expect(metaOf('关于青川县2021年财政预算执行情况的审查意见')).toEqual([
      'review-opinion',
      '青川县',
      '2021-FY',
    ]);
    // The audit report on the budget's execution, refused since session 14, is read as the budget's review
    // when it quotes the headline figures (session 28, fix88; one without figures is refused: fix88-forms).
    expect(metaOf('关于青川县2021年度本级预算执行和其他财政收支的审计工作报告')).toEqual([
      'review-opinion',
      '青川县',
      '2021-FY',
    ]);
    expect(codes(parse('青川县2021年教育事业统计公报'))).toEqual(['error:not-a-report']);
    const about = '关于《青川县2021年国民经济和社会发展计划执行情况与2022年计划(草案)》的解读';
    // A 解读 that quotes the report's figures is news of it (session 28, fix91: F2031).
    expect(metaOf(about)[0]).toBe('news-summary');
  });

  it('refuses a news page about the economy that gives no figures', () => {
    const result = parseReportText(
      '我县召开上半年经济运行分析会\n会议听取了各部门的汇报,部署了下半年工作。\n',
      {
        sourceName: 'meeting.txt',
      },
    );
    expect(codes(result)).toEqual(['error:not-a-report']);
  });

  it('reads no title or region from a review’s document number, meeting line or salutation', () => {
    const result = parseReportText(
      [
        '云人大常发〔2021〕5号',
        '关于2021年上半年国民经济和社会发展计划执行情况的审查意见',
        '——2021年7月30日在云岭市第五届人民代表大会常务委员会第九次会议上',
        '主任、各位副主任、各位委员:',
        '上半年,全县地区生产总值完成48.2亿元,占年计划的47.3%,同比增长4.1%。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    expect(codes(result)).toEqual(['error:no-region']);
    const undashed = parseReportText(
      [
        '关于2021年上半年国民经济和社会发展计划执行情况的审查意见',
        '2021年7月30日在云岭市第五届人民代表大会常务委员会第九次会议上',
        '上半年,全县地区生产总值完成48.2亿元,占年计划的47.3%,同比增长4.1%。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    expect(codes(undashed)).toEqual(['error:no-region']);
    const withRegion = parseReportText(
      [
        '云人大常发〔2021〕5号',
        '关于青川县2021年上半年国民经济和社会发展计划执行情况的审查意见',
        '——2021年7月30日在云岭市第五届人民代表大会常务委员会第九次会议上',
        '主任、各位副主任、各位委员:',
        '上半年,全县地区生产总值完成48.2亿元,占年计划的47.3%,同比增长4.1%。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    expect(withRegion.report?.meta).toMatchObject({
      title: '关于青川县2021年上半年国民经济和社会发展计划执行情况的审查意见',
      genre: 'review-opinion',
      region: '青川县',
      period: '2021-H1',
    });
  });
});

describe('plan parts by genre', () => {
  it('reads a plan-and-draft report’s 主要预期目标 as next-year targets, never observations', () => {
    const { report } = parseReportText(
      [
        '关于青川县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告',
        '一、2022年计划执行情况',
        '全县实现地区生产总值112.6亿元,同比增长4.3%。',
        '二、2023年主要预期目标',
        '主要预期目标是:地区生产总值增长6%左右;城镇登记失业率控制在4%以内。',
      ].join('\n'),
      { sourceName: 'draft.txt' },
    );
    expect(report?.meta.period).toBe('2022-FY');
    expect(report?.targets.map((t) => `${t.indicatorCode} ${t.horizon} ${t.comparator} ${t.value}`)).toEqual([
      'gdp next-year approx 6',
      'urban-unemployment-rate next-year lte 4',
    ]);
    expect(report?.observations.map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value}`)).toEqual([
      'gdp level 112.6',
      'gdp growth 4.3',
    ]);
  });

  it('reads a statistics analysis’s 问题 part as results, not plans', () => {
    const { report } = parseReportText(
      [
        '2023年上半年云岭市经济运行情况',
        '一、主要指标',
        '地区生产总值156.32亿元,同比增长5.6%;',
        '二、存在的问题和建议',
        '固定资产投资同比下降3.5%。',
      ].join('\n'),
      { sourceName: 'stats.txt' },
    );
    expect(report?.sections.map((s) => `${s.number} ${s.phase}`)).toEqual(['一 reported', '二 reported']);
    expect(report?.observations.map((o) => o.indicatorCode)).toContain('fixed-asset-investment');
  });
});

describe('regions said only by whoever published the text', () => {
  it("reads the issuer's region when the title reviews only 县人民政府's report", () => {
    expect(
      metaOf('岭背县人大常委会关于县人民政府2019年上半年国民经济和社会发展计划执行情况报告的审议意见'),
    ).toEqual(['review-opinion', '岭背县', '2019-H1']);
  });

  it('names a news page by its local medium and the suffix the text calls its own place by', () => {
    const page = [
      '苇塘新闻网 > 本地要闻',
      '上半年我区工业经济稳中有进',
      '2021-07-20 09:00　来源：苇塘日报',
      '　　上半年，全区规模以上工业增加值增长9.1%，我区工业投资增长12.4%。',
    ].join('\n');
    const { report } = parseReportText(page, { sourceName: 'news.html' });
    expect([report?.meta.region, report?.meta.period]).toEqual(['苇塘区', '2021-H1']);
  });

  it('still refuses a page whose medium names no place', () => {
    const page =
      '本地要闻\n上半年我区工业经济稳中有进\n2021-07-20　来源：本网\n　　上半年，全区规模以上工业增加值增长9.1%。\n';
    expect(codes(parseReportText(page, { sourceName: 'news.html' }))).toEqual(['error:no-region']);
  });
});

describe('a forum copy of a news page on a year-end meeting', () => {
  // Invented: a Discuz-style thread whose headline names no year and whose first sentence dates the
  // meeting's review of the year and names the place by the committee that met.
  const thread = (opening: string) =>
    [
      '苇溪论坛 - 苇溪人的网上家园',
      '设为首页收藏本站',
      '切换到窄版',
      '请 登录 后使用快捷导航',
      '没有帐号？立即注册',
      '苇溪论坛 » 论坛 › 苇溪新闻 › 本地新闻 › 县委经济工作会议明确新一年任务 全县生产总值力争过百亿',
      '返回列表',
      '查看: 512|回复: 3',
      '县委经济工作会议明确新一年任务 全县生产总值力争突破120亿元 [复制链接]',
      '苇溪网友',
      '发表于 2017-1-6 08:12:30 | 显示全部楼层 |阅读模式',
      opening,
      '预计全县地区生产总值完成96.5亿元，增长8.4%。',
    ].join('\n');

  it('reads the year a meeting reviews as the whole year, and the place as the committee that met', () => {
    const { report } = parseReportText(
      thread('本报讯 12月28日，中共苇溪县委十三届二次全体会议召开，总结2016年工作，部署2017年任务。'),
      { sourceName: 'forum.txt' },
    );
    const meta = report?.meta;
    // The thread's title (…[复制链接]) is the headline: its figure is no goal of the text.
    expect(meta?.title).toBe('县委经济工作会议明确新一年任务 全县生产总值力争突破120亿元');
    expect(report?.targets).toEqual([]);
    expect([meta?.genre, meta?.region, meta?.period, meta?.publishedAt]).toEqual([
      'news-summary',
      '苇溪县',
      '2016-FY',
      '2017-01-06T08:12:30+08:00',
    ]);
  });

  it('still refuses when the meeting names no year it reviews', () => {
    const result = parseReportText(
      thread('本报讯 12月28日，中共苇溪县委十三届二次全体会议召开，部署新一年任务。'),
      {
        sourceName: 'forum.txt',
      },
    );
    expect(codes(result)).toEqual(['error:no-period']);
  });
});
