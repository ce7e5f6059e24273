// Forms held-out-417, 408 and 410 showed the parser misreading (session 47, fixer fix417). Sentences of our own,
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { cleanName, isAggregate, validName } from '../../src/parse/project-names.js';

const parsed = (text: string, sourceName = 'lanxi.txt') => parseReportText(text, { sourceName }).report;

const projectNames = (text: string) => parsed(text)?.projects.map((p) => p.name) ?? [];

const PLAN = '澜溪县2014年上半年国民经济和社会发展计划执行情况的报告';

describe('F8671: a bare sector word is never a project', () => {
  it('drops the sectors a class is listed by', () => {
    for (const name of ['交通', '水利', '能源', '市政', '农业', '电力']) {
      expect(isAggregate(name), name).toBe(true);
      expect(validName(name, true), name).toBe(false);
    }
    expect(isAggregate('澜溪县城市政广场')).toBe(false);
  });

  it('reads no project from a list of sectors before their class', () => {
    const names = projectNames(
      [
        PLAN,
        '上半年，全县完成全社会固定资产投资6.2亿元，同比增长24.5%。国家投资项目建设有序推进，农业、水利、电力、城建等基础设施项目开复工率明显提高。',
        '',
      ].join('\n'),
    );
    expect(names).toEqual([]);
  });
});

describe('F8672: projects the state’s money pays for are a class', () => {
  it('drops 国家投资项目', () => {
    expect(isAggregate('国家投资项目')).toBe(true);
    expect(isAggregate('国家重点项目')).toBe(true);
  });
});

describe('F8673: a shortfall’s 仍有 opens no name', () => {
  it('takes 仍有 and 还有 off, leaving the class', () => {
    expect(cleanName('仍有部分项目')).toBe('部分项目');
    expect(validName(cleanName('还有少数项目'), true)).toBe(false);
  });

  it('reads no project from a problem’s clause', () => {
    const names = projectNames(
      [
        PLAN,
        '上半年，全县完成全社会固定资产投资6.2亿元，同比增长24.5%。全县15个重点项目中已开工11个，仍有部分项目因资金不到位未能开工。',
        '',
      ].join('\n'),
    );
    expect(names).toEqual([]);
  });
});

describe('F8675: 抓紧做好 a project’s 的前期工作 names it', () => {
  it('reads the project, without 的前期工作', () => {
    expect(cleanName('澜溪县湿地公园项目的前期工作')).toBe('澜溪县湿地公园项目');
    const names = projectNames(
      [
        PLAN,
        '上半年，全县完成全社会固定资产投资6.2亿元，同比增长24.5%。',
        '下半年，抓紧做好澜溪县湿地公园项目的前期工作。',
        '',
      ].join('\n'),
    );
    expect(names).toEqual(['澜溪县湿地公园项目']);
  });
});

describe('F8674: a part-year meeting’s news page is of the months its figures cover', () => {
  const page = (headline: string, date: string, body: string[]) =>
    [headline, `发布时间：${date} 10:20　来源：澜溪县融媒体中心`, ...body, ''].join('\n');

  it('reads 1—8月 under a third quarter’s 观摩会', () => {
    const report = parsed(
      page('我县召开2019年第三季度重点项目观摩会', '2019-09-21', [
        '9月20日，我县召开2019年第三季度重点项目观摩会，观摩团先后察看了8个项目现场。',
        '1—8月，全县固定资产投资完成26.4亿元，同比增长8.1%，增速居全市第2位。',
      ]),
      'lanxi-news.html',
    );
    expect(report?.meta.period).toBe('2019-M1-8');
  });

  it('reads the latest months under a second half’s work meeting', () => {
    const report = parsed(
      page('我县召开2011年下半年经济工作会议', '2011-08-05', [
        '8月4日，县委、县政府召开全县下半年经济工作会议。',
        '上半年，全县实现生产总值18.3亿元，同比增长12.4%。1—7月，全县完成财政总收入1.26亿元，增长15.2%。',
      ]),
      'lanxi-news.html',
    );
    expect(report?.meta.period).toBe('2011-M1-7');
  });

  it('keeps the headline’s quarter when the body gives no months', () => {
    const report = parsed(
      page('我县召开2019年第三季度重点项目观摩会', '2019-09-21', [
        '9月20日，我县召开2019年第三季度重点项目观摩会，观摩团先后察看了8个项目现场，总投资42.5亿元。',
        '今年以来，全县固定资产投资同比增长8.1%，增速居全市第2位。',
      ]),
      'lanxi-news.html',
    );
    expect(report?.meta.period).toBe('2019-Q3');
  });
});

describe('F8676: 争取 before what is sought opens no name', () => {
  it('takes 争取 off, leaving a class of funding', () => {
    expect(cleanName('争取中央预算内投资和地方政府专项债券项目')).toBe(
      '中央预算内投资和地方政府专项债券项目',
    );
    expect(isAggregate('地方政府专项债券项目')).toBe(true);
    expect(validName(cleanName('争取中央预算内投资和地方政府专项债券项目的前期工作'), true)).toBe(false);
  });
});
