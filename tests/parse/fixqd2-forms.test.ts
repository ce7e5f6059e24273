// Forms of the twenty-eighth held-out batch (session 16, fixqd2): ranks given 分别 after two indicators
// written in clauses of their own (…；…，增速分别居全市第5位和第3位), a project that is the object of
// preparatory work (做好…前期工作). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '岚湾市2023年上半年国民经济和社会发展计划执行情况的报告') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixqd2.txt' });
const ranks = (lines: readonly string[]) =>
  report(lines).rankings.map((r) => [r.indicatorCode ?? r.subject, r.rank]);

describe('ranks given 分别 to indicators named in clauses of their own', () => {
  it('ranks each of two incomes after a ；', () => {
    expect(
      ranks([
        '城镇居民人均可支配收入23415元，增长5.2%；农村居民人均可支配收入12608元，增长6.9%，增速分别居全市第6位和第2位。',
      ]),
    ).toEqual([
      ['urban-disposable-income-per-capita', 6],
      ['rural-disposable-income-per-capita', 2],
    ]);
  });
});

describe('a project that is the object of preparatory work', () => {
  it.each([
    [
      '加快推进岚湾锂电材料产业园（三期）建设，做好岚北站综合交通枢纽前期工作。',
      ['岚湾锂电材料产业园(三期)', '岚北站综合交通枢纽'],
    ],
    ['做好岚湾至桐坪快速通道前期工作。', ['岚湾至桐坪快速通道']],
  ])('%s', (sentence, names) => {
    expect(report(['四、下半年工作', sentence]).projects.map((p) => p.name)).toEqual(names);
  });

  it('reads no project from other work done well', () => {
    expect(report(['四、下半年工作', '做好春耕备耕和防汛抗旱工作。']).projects).toEqual([]);
  });
});

describe('project names of a district plan (held-out-21)', () => {
  const names = (lines: readonly string[]) =>
    report(lines, '岚湾区2011年国民经济和社会发展计划执行情况的报告').projects.map((p) => p.name);

  it('reads a hub station (枢纽站) listed before a status', () => {
    expect(names(['岚湾新城综合枢纽站、岚湾开发区热电联产二期竣工投产。'])).toEqual([
      '岚湾新城综合枢纽站',
      '岚湾开发区热电联产二期',
    ]);
  });

  it('drops the tenants sought (招商) after a name', () => {
    expect(names(['加快岚湾商贸城二期招商，培育一批特色商业街区。'])).toEqual(['岚湾商贸城二期']);
  });

  it("folds a named project's ancillary works into it", () => {
    const parsed = report(
      ['桐北快速路（东段）主体完工。', '加快桐北快速路（东段）附属工程和岚湾湖生态公园建设。'],
      '岚湾区2011年国民经济和社会发展计划执行情况的报告',
    );
    expect(parsed.projects.map((p) => [p.name, p.mentions.length])).toEqual([
      ['桐北快速路(东段)', 2],
      ['岚湾湖生态公园', 1],
    ]);
  });

  it('keeps ancillary works a project when the report does not name the project itself', () => {
    expect(names(['加快桐坪科学城南区配套工程建设。'])).toEqual(['桐坪科学城南区配套工程']);
  });
});
