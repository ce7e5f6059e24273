// Forms the sixty-fourth held-out batch showed the parser missed (session 24, branch fix64): a numbered table
// note giving the goal columns a growth unit with an exception inside the clause (2.年度目标、市下达目标除
// 实际利用外资为总量（万美元）外，均为增长（%）). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (
  lines: readonly string[],
  title = '关于岚溪县2021年上半年国民经济和社会发展计划执行情况的报告',
) => parsedReport([title, ...lines].join('\n'), { sourceName: 'fix64.txt' });

const tableTargets = (lines: readonly string[]) =>
  report(lines)
    .targets.filter((t) => t.provenance && t.raw.length <= 5)
    .map((t) => [t.indicatorCode, t.kind, t.value, t.unit].join(' '))
    .sort();

describe('a numbered note: 2.年度目标、市下达目标除A为总量（万美元）外，均为增长（%）', () => {
  const lines = [
    '一、上半年计划执行情况',
    '上半年，全县实现地区生产总值92.35亿元，比增6.1%。',
    '附表：岚溪县2021年上半年主要经济指标完成情况',
    '指标名称\t单位\t年度目标\t市下达目标\t1—6月完成\t增速（%）\t全市排位',
    '地区生产总值\t亿元\t7\t6.5\t92.35\t6.1\t4',
    '实际利用外资\t万美元\t2400\t2200\t1310\t—\t—',
    '城镇居民人均可支配收入\t元\t6\t—\t21034\t5.2\t3',
    '注：1.全市排位为增速在澄岭市8个县（市、区）中的排位。2.年度目标、市下达目标除实际利用外资为总量（万美元）外，均为增长（%）。',
  ];
  it('reads the goal columns as growths and the excepted row in its own unit', () => {
    expect(tableTargets(lines)).toEqual([
      'foreign-investment guidance 2200 万美元',
      'foreign-investment target 2400 万美元',
      'gdp guidance 6.5 %',
      'gdp target 7 %',
      'urban-disposable-income-per-capita target 6 %',
    ]);
  });
});

describe('a gap to the year goal with the goal in brackets: 低于年度目标（7%）1.2个百分点', () => {
  const text = [
    '关于澄岭县2023年上半年经济运行情况的视察报告',
    '上半年，全县规上工业增加值同比增长4.6%，但低于年度目标（6%）1.4个百分点。',
  ].join('\n');
  it('reads no observation from the bracketed goal and derives no goal from the gap', () => {
    const parsed = parsedReport(text, { sourceName: 'fix64.txt' });
    const observations = parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(observations).toEqual([
      ['industrial-value-added', 'growth', 4.6],
      ['industrial-value-added', 'comparison', -1.4],
    ]);
    expect(parsed.targets.filter((t) => t.value !== 6).map((t) => [t.indicatorCode, t.value])).toEqual([]);
  });
});

const observed = (...lines: string[]) =>
  parsedReport(lines.join('\n'), { sourceName: 'fix64.txt' }).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.quantity?.unit ?? null,
    o.period ?? null,
  ]);

describe('a monthly table: N月 | 同比±% beside 1—N月累计 | 同比±%', () => {
  it('reads the month’s level and the growth beside it as that month’s', () => {
    expect(
      observed(
        '岚岙县2022年1—8月主要经济指标',
        '指标\t单位\t8月\t同比±%\t1—8月累计\t同比±%',
        '规模以上工业增加值\t亿元\t6.21\t5.4\t47.83\t6.6',
      ),
    ).toEqual([
      ['industrial-value-added', 'level', 6.21, '亿元', '2022-M8-8'],
      ['industrial-value-added', 'growth', 5.4, '%', '2022-M8-8'],
      ['industrial-value-added', 'level', 47.83, '亿元', null],
      ['industrial-value-added', 'growth', 6.6, '%', null],
    ]);
  });
});

describe('a balance’s 比年初增减 column', () => {
  it('is a change in the balance’s unit, not a growth', () => {
    expect(
      observed(
        '岚岙县2022年1—8月主要经济指标',
        '指标\t单位\t8月末余额\t同比±%\t比年初增减',
        '金融机构本外币贷款余额\t亿元\t612.4\t10.2\t41.37',
      ),
    ).toEqual([
      ['loans', 'level', 612.4, '亿元', null],
      ['loans', 'growth', 10.2, '%', null],
      ['loans', 'change', 41.37, '亿元', null],
    ]);
  });
});
