// Forms the two-hundred-and-eighty-sixth held-out batch showed the parser missed (session 39, branch fix286):
// a 分别 pair of the town and country halves moved from one year's figures to another's (F5881). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const observations = (prose: string) =>
  parseReportText(
    ['筠溪县2025年国民经济和社会发展计划执行情况的报告', '一、2025年执行情况', prose].join('\n'),
    {
      sourceName: 'junxi.txt',
    },
  ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('fix286 forms', () => {
  it.each([
    '城乡居民人均可支配收入分别由2020年的31460元、15280元增加到2025年的40870元、20950元，年均分别增长5.4%和6.5%。',
    '城乡居民人均可支配收入分别由31460元、15280元增加到40870元、20950元。',
    '城镇和农村居民人均可支配收入分别从2020年的31460元和15280元提高到2025年的40870元和20950元。',
  ])('F5881: splits a 分别 pair moved from…to into the urban and rural levels reached: %s', (prose) => {
    expect(observations(prose)).toEqual([
      ['urban-disposable-income-per-capita', 'level', 40870, '元'],
      ['rural-disposable-income-per-capita', 'level', 20950, '元'],
    ]);
  });

  it('F5881: keeps a 分别 pair reached and its growths as before', () => {
    expect(observations('城乡居民人均可支配收入分别达到40870元和20950元，分别增长5.4%和6.5%。')).toEqual([
      ['urban-disposable-income-per-capita', 'level', 40870, '元'],
      ['rural-disposable-income-per-capita', 'level', 20950, '元'],
      ['urban-disposable-income-per-capita', 'growth', 5.4, '%'],
      ['rural-disposable-income-per-capita', 'growth', 6.5, '%'],
    ]);
  });
});

const projects = (prose: string) =>
  parseReportText(
    [
      '政府工作报告',
      '——2026年1月10日在筠溪县第十八届人民代表大会第五次会议上',
      '一、2025年工作回顾',
      prose,
    ].join('\n'),
    { sourceName: 'junxi-report.txt' },
  ).report?.projects.map((p) => p.name);

describe('fix286 project forms', () => {
  it('F5882: names a project whose main works topped out (主体工程封顶) beside others built', () => {
    expect(
      projects(
        '全年实施重点项目118个。筠溪储能电池项目一期建成投产，筠溪大道完工通车，筠溪县中医院新院区主体工程封顶。',
      ),
    ).toEqual(['筠溪储能电池项目一期', '筠溪大道', '筠溪县中医院新院区']);
  });
});
