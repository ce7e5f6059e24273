// Titles of the genre in the forms they are published in: region, parent region, year and period.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const metaOf = (title: string) => {
  const report = parsedReport(`${title}\n一、执行情况\n全县实现地区生产总值86.4亿元。`, {
    sourceName: 'title.txt',
  });
  const { region, parentRegion, period } = report.meta;
  return [region, parentRegion, period];
};

describe('titles', () => {
  it.each([
    [
      '关于临江市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告',
      ['临江市', null, '2023-FY'],
    ],
    ['关于清河县2022年国民经济和社会发展计划执行情况及2023年计划的报告', ['清河县', null, '2022-FY']],
    ['东山区2021年1-6月国民经济和社会发展计划执行情况的报告', ['东山区', null, '2021-H1']],
    ['2019年前三季度北湖区国民经济和社会发展计划执行情况的报告', ['北湖区', null, '2019-Q3']],
    ['关于西林县二〇二一年上半年国民经济和社会发展计划执行情况的报告', ['西林县', null, '2021-H1']],
    ['石城市2023年1—9月国民经济和社会发展计划执行情况', ['石城市', null, '2023-Q3']],
    ['北京市海淀区2021年上半年国民经济和社会发展计划执行情况的报告', ['海淀区', '北京市', '2021-H1']],
    ['清远市连州市2020年上半年国民经济和社会发展计划执行情况的报告', ['连州市', '清远市', '2020-H1']],
    [
      '湘西土家族苗族自治州2022年国民经济和社会发展计划执行情况的报告',
      ['湘西土家族苗族自治州', null, '2022-FY'],
    ],
    ['浦东新区2023年上半年国民经济和社会发展计划执行情况的报告', ['浦东新区', null, '2023-H1']],
    ['市中区2023年上半年国民经济和社会发展计划执行情况的报告', ['市中区', null, '2023-H1']],
    ['关于2023年上半年国民经济和社会发展计划执行情况的报告——大安县发展和改革局', ['大安县', null, '2023-H1']],
    // The period between the plan's name and 执行情况, as reports to a standing committee write it.
    ['关于汾阳区2015年国民经济和社会发展计划上半年执行情况的报告', ['汾阳区', null, '2015-H1']],
    ['青梅县2012年国民经济和社会发展计划前三季度执行情况', ['青梅县', null, '2012-Q3']],
  ])('%s', (title, expected) => {
    expect(metaOf(title)).toEqual(expected);
  });
});

describe('source lines', () => {
  it('reads a publisher and a date given on lines of their own, and keeps both out of the text', () => {
    const { report } = parseReportText(
      [
        '癸县2021年上半年国民经济和社会发展计划执行情况的报告',
        '信息来源：癸县发展和改革局',
        '发布时间：2021-07-30',
        '一、上半年执行情况',
        '全县实现地区生产总值45.6亿元，同比增长8.2%。',
      ].join('\n'),
      { sourceName: 'source-lines.txt' },
    );
    expect([report?.meta.publisher, report?.meta.publishedAt]).toEqual([
      '癸县发展和改革局',
      '2021-07-30T00:00:00+08:00',
    ]);
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['45.6亿元', '增长8.2%']);
  });

  it('reads an 作者…来源…更新时间 line as the source line, with the time it was updated', () => {
    const { report } = parseReportText(
      [
        '丁县2011年上半年国民经济和社会发展计划执行情况的报告',
        '作者：县发改局　　来源：丁县发展和改革局　　更新时间：2011-8-12 9:41:07　　点击数：',
        '一、上半年计划执行情况',
        '全县完成生产总值38.63亿元，同比增长11.2%。',
      ].join('\n'),
      { sourceName: 'updated.txt' },
    );
    expect([report?.meta.publisher, report?.meta.publishedAt]).toEqual([
      '丁县发展和改革局',
      '2011-08-12T09:41:07+08:00',
    ]);
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['38.63亿元', '增长11.2%']);
  });

  it('reads a date whose time a copied page glued to 来源, and takes the year and half from it', () => {
    const { report, problems } = parseReportText(
      [
        '丁县上半年经济运行情况',
        '2024-7-24 18:14:18来源：丁县统计局',
        '上半年，全县地区生产总值增长5.1%。',
      ].join('\n'),
      { sourceName: 'glued-source.txt' },
    );
    expect(problems).toEqual([]);
    expect([report?.meta.period, report?.meta.publisher, report?.meta.publishedAt]).toEqual([
      '2024-H1',
      '丁县统计局',
      '2024-07-24T18:14:18+08:00',
    ]);
    expect(report?.facts.map((f) => f.quantity.raw)).toEqual(['增长5.1%']);
  });
});

describe('a notice titled only 全市', () => {
  it('is about the place its site banner names', () => {
    const text = [
      '杉口市发展和改革委员会',
      '首页 > 重点项目 > 工作动态',
      '前三季度全市重点项目建设进展情况',
      '发布时间：2019-10-18　　来源：市重点项目办',
      '　　前三季度，全市92个重点项目完成投资118.4亿元，占年度计划的76.5%。',
    ].join('\n');
    const { report } = parseReportText(text, { sourceName: 'banner.txt' });
    expect([report?.meta.region, report?.meta.period]).toEqual(['杉口市', '2019-Q3']);
  });
});

describe("a key-project office's headline (session 10)", () => {
  it('reads the period and place of a headline that ends on how the work goes', () => {
    for (const [title, period] of [
      ['1—8月檀溪县重点项目建设有序推进', '2023-M1-8'],
      ['前三季度檀溪县重大项目建设稳步推进', '2023-Q3'],
      ['2023年上半年檀溪县重点项目进展顺利', '2023-H1'],
    ] as const) {
      const text = [
        title,
        '• 发布时间：2023-10-16',
        '• 信息来源：檀溪县发展和改革局',
        '　　今年全县安排重点项目64个，年度投资计划38.5亿元，累计完成投资27.2亿元，完成年度计划投资的70.6%。',
      ].join('\n');
      const { report, problems } = parseReportText(text, { sourceName: 'project-headline.txt' });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect([report?.meta.genre, report?.meta.region, report?.meta.period]).toEqual([
        'statistics-analysis',
        '檀溪县',
        period,
      ]);
    }
  });

  it('still refuses a headline of an event about key projects', () => {
    const text = [
      '檀溪县召开1—8月重点项目建设推进会',
      '发布时间：2023-09-06　来源：檀溪县发展和改革局',
      '　　9月5日，县里召开会议，听取各项目进展汇报，部署下一步工作。',
    ].join('\n');
    const { report, problems } = parseReportText(text, { sourceName: 'project-meeting.txt' });
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});

describe("a paper's page", () => {
  it('passes over the date-and-page line and reads the year and place from the subtitle under the slogans', () => {
    const text = [
      '苕川日报数字报',
      '2021年01月15日 星期五　第04版：区县经济',
      '上一版　下一版　　返回目录',
      '稳投资 育产业 兴乡村',
      '——2020年桐岙县经济社会发展综述',
      '本报记者 岑一舟',
      '2020年，桐岙县地区生产总值完成98.2亿元，同比增长6.1%。',
    ].join('\n');
    const { report } = parseReportText(text, { sourceName: 'epaper.txt' });
    expect([report?.meta.title, report?.meta.region, report?.meta.period]).toEqual([
      '稳投资 育产业 兴乡村——2020年桐岙县经济社会发展综述',
      '桐岙县',
      '2020-FY',
    ]);
    expect(report?.observations.map((o) => o.quantity?.raw)).toEqual(['98.2亿元', '增长6.1%']);
  });
});
