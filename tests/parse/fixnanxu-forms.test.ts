// Forms of a county bureau's 1—9月 analysis (held-out-17's nanxu, branch fixnanxu): a group of
// counties written without 个 before the rank (居全州6县第2位), 500万元以上项目固定资产投资 as a table
// row's name, and two projects' completed investment with the verb first (完成投资分别为a和b).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) =>
  parsedReport(['岑汀县2013年前三季度经济运行分析', ...lines].join('\n'), { sourceName: 'centing.txt' });

describe('a group of counties without 个 before the rank', () => {
  it.each(['居全州6县第2位', '居全市7区县第3位', '列全盟9旗县第4位'])(
    '%s: the group is no figure',
    (form) => {
      const parsed = report([`1—9月，全县实现生产总值31.27亿元，同比增长12.4%，${form}。`]);
      const size = Number(/(\d)[旗县区]/.exec(form)?.[1]);
      expect(parsed.facts.map((f) => f.quantity.value)).not.toContain(size);
      expect(parsed.rankings.map((r) => [r.rank, r.of])).toEqual([
        [Number(/第(\d)位/.exec(form)?.[1]), size],
      ]);
    },
  );
});

describe('500万元以上项目固定资产投资 as a table row', () => {
  it('is the catalogue’s fixed-asset investment', () => {
    const parsed = report([
      '附表：岑汀县2013年1—9月主要经济指标',
      '指标名称\t单位\t1—9月\t同比增长（%）',
      '生产总值\t亿元\t31.27\t12.4',
      '500万元以上项目固定资产投资\t亿元\t25.62\t28.6',
    ]);
    const investment = parsed.observations.filter(
      (o) => o.source === 'table' && /投资/.test(o.indicatorName),
    );
    expect(investment.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'level', 25.62],
      ['fixed-asset-investment', 'growth', 28.6],
    ]);
  });
});

describe('two projects’ completed investment with the verb first', () => {
  it.each([
    ['完成投资分别为4.26亿元和1.83亿元', [426000000, 183000000]],
    ['完成投资分别达到4.26亿元、1.83亿元', [426000000, 183000000]],
  ])('岑汀水电站、岑汀工业园区硅铁技改项目%s', (form, amounts) => {
    const parsed = report([
      `1—9月，全县完成固定资产投资25.62亿元，同比增长28.6%。全县在建项目64个。岑汀水电站、岑汀工业园区硅铁技改项目${form}。`,
    ]);
    expect(parsed.projects.map((p) => [p.name, p.mentions[0]?.completedInvestment])).toEqual([
      ['岑汀水电站', amounts[0]],
      ['岑汀工业园区硅铁技改项目', amounts[1]],
    ]);
  });
});
