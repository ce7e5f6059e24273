// Forms held-out-339 showed the parser missing (session 42, fixer fix339). Sentences and sheets of our own,
// invented places (杳泽市 and its counties) and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('F6861: a city sheet of its counties whose sub-header reads 增长% (a bare %, no bracket)', () => {
  it('reads the 全市 row’s growths beside its levels', () => {
    const report = parseReportText(
      [
        '杳泽市2023年各县（市、区）主要经济指标',
        '单位：亿元、%',
        '地区\t地区生产总值\t\t\t固定资产投资\t\t社会消费品零售总额\t',
        '\t总量\t增长%\t位次\t增长%\t位次\t总量\t增长%',
        '全市\t1532.18\t4.9\t\t2.6\t\t684.05\t6.1',
        '泖岑县\t402.33\t5.3\t2\t4.1\t1\t151.27\t5.8',
        '泖川区\t388.72\t4.4\t4\t-1.2\t4\t203.66\t6.4',
        '杳西县\t311.90\t5.6\t1\t3.3\t2\t98.41\t5.2',
        '杳东县\t276.45\t4.7\t3\t2.9\t3\t88.30\t6.0',
        '注：位次按增速在全市4个县（市、区）中排列。',
        '',
      ].join('\n'),
      { sourceName: 'yaoze.txt' },
    ).report;
    const growths = report?.observations
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);
    expect(growths).toEqual([
      ['gdp', 4.9, '%'],
      ['fixed-asset-investment', 2.6, '%'],
      ['retail-sales', 6.1, '%'],
    ]);
  });
});
