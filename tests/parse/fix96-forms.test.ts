// Forms the ninety-sixth held-out batch showed the parser missed (session 29, branch fix96): a statistics bureau's
// monthly table whose group row closes with the time of its balances (五、金融（11月末）), the balances in the
// month's column; a gap to the year's goal with the goal's figure in brackets after the indicator's own name
// (固定资产投资增速低于年度目标（8%）2.6个百分点). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a monthly table’s group row closing with the time of its balances (F2171)', () => {
  const TEXT = [
    '苈川县2024年1—10月主要经济指标',
    '指标\t单位\t10月\t1—10月累计\t同比增长%',
    '一、工业',
    '规模以上工业总产值\t亿元\t18.42\t176.35\t7.6',
    '二、金融（10月末）',
    '金融机构各项存款余额\t亿元\t402.18\t—\t8.3',
    '金融机构各项贷款余额\t亿元\t268.05\t—\t10.2',
    '三、外贸',
    '外贸进出口总额\t万美元\t2860\t30415\t15.4',
  ].join('\n');
  const observations = () =>
    parsedReport(TEXT, { sourceName: 'monthly.txt' }).observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
      o.period ?? null,
    ]);

  it('reads the rows under it and after it, not ending the table at the group row', () => {
    expect(observations()).toEqual(
      expect.arrayContaining([
        ['deposits', 'growth', 8.3, null],
        ['loans', 'growth', 10.2, null],
        ['foreign-trade', 'level', 2860, '2024-M10-10'],
        ['foreign-trade', 'level', 30415, null],
        ['foreign-trade', 'growth', 15.4, null],
      ]),
    );
  });

  it('gives a balance in the last month’s column the report’s own end, not the month alone', () => {
    expect(observations()).toEqual(
      expect.arrayContaining([
        ['deposits', 'level', 402.18, null],
        ['loans', 'level', 268.05, null],
        ['industrial-output', 'level', 18.42, '2024-M10-10'],
      ]),
    );
  });
});

describe('a gap to the year’s goal with the goal’s figure in brackets after the name (F2172)', () => {
  it('is the named indicator’s comparison and goal, even where no figure of it opens the clause', () => {
    const text = [
      '苈溪县2024年前三季度经济运行情况',
      '前三季度，全县实现地区生产总值412.5亿元，同比增长5.9%。固定资产投资增长4.6%。社会消费品零售总额98.3亿元，增长4.2%。',
      '对照年度目标，固定资产投资、社会消费品零售总额2项指标仍有差距，其中固定资产投资增速低于年度目标（7%）2.4个百分点，社会消费品零售总额增速低于年度目标（5%）0.8个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([
      ['fixed-asset-investment', -2.4],
      ['retail-sales', -0.8],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['fixed-asset-investment', 7, 'full-year', 'missed'],
      ['retail-sales', 5, 'full-year', 'missed'],
    ]);
  });
});
