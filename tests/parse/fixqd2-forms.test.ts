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
