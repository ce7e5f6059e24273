// Forms the three-hundred-and-fifty-second and -third held-out batches showed the parser missed (session 43, branch
// fix352): a speech naming its county in full only once (F7161). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a speech naming its county in full once, by its bare stem elsewhere (F7161)', () => {
  const speech = [
    '在全县经济工作会议上的讲话',
    '——凝心聚力谋发展 奋力谱写新时代砾洄建设新篇章',
    '（2019年12月20日）',
    '同志们：',
    '今年以来，全县经济运行稳中有进。预计全年实现地区生产总值312.4亿元，增长6.5%；一般公共预算收入20.16亿元，增长4.1%。',
    '砾洄智能制造产业园总投资18亿元，年内完成投资6.2亿元；砾洄县中医院迁建项目总投资5.3亿元，已主体封顶。',
    '要加快砾洄港区二期工程建设。',
  ].join('\n');
  const report = parsedReport(speech, { sourceName: 'speech.docx' });

  it('reads the county the full name and its stem say', () => {
    expect(report.meta.region).toBe('砾洄县');
  });

  it('leaves a text whose one full name its stem does not back without a region', () => {
    const bare = speech
      .replace('砾洄智能制造', '智能制造')
      .replace('新时代砾洄', '新时代')
      .replace('砾洄港区', '港区');
    expect(() => parsedReport(bare, { sourceName: 'speech.docx' })).toThrow(/no-region/);
  });
});

describe('a year-end meeting charging the next first quarter dates nothing (F7162)', () => {
  it('reads the year the meeting reviews, not the quarter it charges', () => {
    const report = parsedReport(
      [
        '全县经济工作会议召开',
        '发布时间：2020-01-08 09:15　来源：砾洄县融媒体中心',
        '1月6日，全县经济工作会议召开。',
        '会上指出，2019年，全县上下稳中求进。预计全年实现地区生产总值312.4亿元，增长6.5%。',
        '县长强调，各部门要抓早抓实一季度各项工作，力争一季度地区生产总值增长6%以上。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    expect(report.meta.period).toBe('2019-FY');
  });
});

describe('分别占甲的a%和b% after the branches it distributes over (F7163)', () => {
  const shares = (sentence: string) =>
    parsedReport(`砾洄县2019年国民经济和社会发展统计公报\n${sentence}`, {
      sourceName: 'communique.txt',
      region: '砾洄县',
      period: '2019-FY',
    })
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorName, o.quantity?.value]);

  it('gives each branch told in a clause of its own its share', () => {
    expect(
      shares(
        '规模以上工业中，高新技术产业增加值增长11.6%，装备制造业增加值增长8.4%，分别占规模以上工业增加值的52.7%和36.1%。',
      ),
    ).toEqual([
      ['高新技术产业增加值', 52.7],
      ['装备制造业增加值', 36.1],
    ]);
  });

  it('gives each branch of a list its share', () => {
    expect(
      shares(
        '高新技术产业、装备制造业增加值分别增长11.6%和8.4%，分别占规上工业增加值的比重为52.7%和36.1%。',
      ).map(([, value]) => value),
    ).toEqual([52.7, 36.1]);
  });
});

describe('a rank after 甲由A增加到B: the move is the indicator’s (F7164)', () => {
  it('ranks GDP, not the verb of its move', () => {
    const report = parsedReport(
      [
        '砾洄县2026年政府工作报告',
        '五年来，地区生产总值由2020年的186.42亿元增加到263.17亿元，年均增长7.1%，总量在全市的位次由第7位前移至第5位。',
      ].join('\n'),
      { sourceName: 'report.txt', region: '砾洄县', period: '2025-FY' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['gdp', 5]]);
  });
});

describe('a kind of project judged too few is no project (F7165)', () => {
  it('names no project in a speech’s shortfall', () => {
    const report = parsedReport(
      [
        '在全县经济工作会议上的讲话',
        '（2019年12月20日）',
        '同志们：',
        '2019年，砾洄县地区生产总值增长6.5%。三是项目支撑不足，投资超30亿元的重大产业项目偏少。',
      ].join('\n'),
      { sourceName: 'speech.txt', region: '砾洄县', period: '2019-FY' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});
