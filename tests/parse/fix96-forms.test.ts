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

describe('a meeting’s goals for the year’s end (F2173, F2174)', () => {
  const HEAD = [
    '苈溪县2024年前三季度经济运行情况',
    '前三季度，全县实现地区生产总值412.5亿元，同比增长5.9%。固定资产投资增长4.6%。社会消费品零售总额98.3亿元，增长4.2%。一般公共预算收入30.12亿元，增长2.9%。',
  ];
  const targets = (...lines: string[]) =>
    parsedReport([...HEAD, ...lines].join('\n'), { sourceName: 'news.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.unit,
      t.comparator,
      t.derived,
    ]);

  it('reads a growth brought back by the year’s end (增速年底回升至A%以上) as the year’s goal', () => {
    expect(targets('县长要求，确保固定资产投资增速年底回升至7%以上、社会消费品零售总额增长5%以上。')).toEqual(
      expect.arrayContaining([
        ['fixed-asset-investment', 7, '%', 'gte', false],
        ['retail-sales', 5, '%', 'gte', false],
      ]),
    );
  });

  it('reads a growth to turn positive by the year’s end (增速年底前转正) as a goal above zero', () => {
    expect(targets('下半年，力争固定资产投资增速年底前转正。')).toEqual(
      expect.arrayContaining([['fixed-asset-investment', 0, '%', 'gt', false]]),
    );
  });
});

describe('a growth told on a supposition of a part left out (F2175)', () => {
  it('is a fact only, not the indicator’s growth beside its own', () => {
    const text = [
      '关于苈泾区2024年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '固定资产投资同比下降2.8%，低于预期目标8.8个百分点；若剔除房地产开发投资，全区固定资产投资增长3.6%。工业投资增长5.1%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'growth')
        .map((o) => o.quantity?.value),
    ).toEqual([-2.8]);
    expect(report.facts.map((f) => f.quantity.value)).toContain(3.6);
  });
});

describe('the rest of a counted programme (其余项目均按计划推进) (F2176)', () => {
  it('is no project', () => {
    const text = [
      '关于苈泾区2024年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '区政府年初确定的12件民生实事项目已完成5件，其余项目均按计划推进。苈泾污水处理厂二期总投资3.2亿元，已完成投资1.1亿元。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'plan.txt' }).projects.map((p) => p.name)).toEqual([
      '苈泾污水处理厂二期',
    ]);
  });
});
