// Session 39 (fix275): what held-out-275 (云南/广西 border counties) showed the parser missing. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { readTitleText } from '../../src/parse/meta.js';
import { parsedReport, sectionReport } from '../helpers/report.js';

describe('F5651 a border zone committee names the zone as its region', () => {
  it.each([
    ['澹峪边境经济合作区管理委员会2026年上半年工作总结和下半年工作计划', '澹峪边境经济合作区', '2026-H1'],
    ['澹峪跨境经济合作区管理委员会2025年上半年工作总结', '澹峪跨境经济合作区', '2025-H1'],
  ])('%s is the report of %s', (title, region, period) => {
    const read = readTitleText(title);
    expect(read?.region).toBe(region);
    expect(`${read?.year}-${read?.code}`).toBe(period);
  });

  it('still stops a county before its 经济运行情况', () => {
    expect(readTitleText('澹峪县2026年上半年经济运行情况')?.region).toBe('澹峪县');
  });
});

describe('F5652 a zone committee written short (管委会) before its summary', () => {
  it.each([
    ['澹峪边境经济合作区管委会2026年上半年工作总结', '澹峪边境经济合作区'],
    ['澹峪经济开发区管委会2026年上半年工作总结和下半年工作计划', '澹峪经济开发区'],
  ])('%s is the report of %s', (title, region) => {
    expect(readTitleText(title)?.region).toBe(region);
  });
});

/** A border county's half-year paragraph on its trade and its port (invented figures). */
const BORDER = sectionReport('border.txt', '澹峪县2026年上半年国民经济和社会发展计划执行情况的报告', [
  '上半年，全县地区生产总值完成38.2亿元，同比增长5.1%。',
  '全县边民互市贸易交易额完成17.44亿元，同比增长21.6%。其中，边民互市进口额15.02亿元，增长23.9%；互市出口2.42亿元，增长8.7%。',
  '澹峪口岸进出境人员13.65万人次，同比增长37.2%；出入境车辆4.81万辆次，增长11.3%；一般贸易进出口额9.36亿元，同比下降3.4%。',
]);

const observed = (code: string, measure: string) =>
  BORDER.observations.find((o) => o.indicatorCode === code && o.measure === measure)?.quantity;

describe('F5653 border trade and the port’s clearances (catalogue-border.ts)', () => {
  it.each([
    ['border-residents-trade', 'level', 17.44, '亿元'],
    ['border-residents-trade', 'growth', 21.6, '%'],
    ['border-crossings', 'level', 13.65, '万人次'],
    ['border-crossings', 'growth', 37.2, '%'],
    ['border-vehicles', 'growth', 11.3, '%'],
  ])('%s %s is %d %s', (code, measure, value, unit) => {
    expect(observed(code, measure)).toMatchObject({ value, unit });
  });
});

describe('F5654 vehicles counted by the crossing (万辆次)', () => {
  it('is a level in 万辆次, not 万辆 with a stray 次', () => {
    expect(observed('border-vehicles', 'level')).toMatchObject({ value: 4.81, unit: '万辆次' });
  });
});

describe('F5655 边民互市 is no city (…互市 before a catalogue name)', () => {
  it.each([
    ['border-residents-imports', 15.02, 23.9],
    ['border-residents-exports', 2.42, 8.7],
  ])('%s is read, not dropped as another place’s', (code, level, growth) => {
    expect(observed(code, 'level')?.value).toBe(level);
    expect(observed(code, 'growth')?.value).toBe(growth);
  });
});

describe('F5656 a zone’s own report names itself by its kind (合作区规模以上工业总产值…)', () => {
  const report = parsedReport(
    [
      '澹峪边境经济合作区管理委员会2026年上半年工作总结和下半年工作计划',
      '一、上半年工作完成情况',
      '上半年，合作区规模以上工业总产值完成16.38亿元，同比增长7.6%，完成年度目标任务36亿元的45.5%。',
    ].join('\n'),
    { sourceName: 'zone.txt' },
  );

  it('reads the figures as the zone’s, with the year’s goal', () => {
    const output = report.observations.filter((o) => o.indicatorCode === 'industrial-output');
    expect(output.map((o) => [o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['level', 16.38],
        ['growth', 7.6],
      ]),
    );
    expect(report.targets.find((t) => t.indicatorCode === 'industrial-output')?.value).toBe(36);
  });
});

/** A port's cargo both ways, then each way, and the border trade's goods processed where they came in. */
const PORT = sectionReport('port.txt', '澹峪县2026年上半年国民经济和社会发展计划执行情况的报告', [
  '上半年，澹峪口岸进出口货运量完成74.6万吨，同比增长11.8%；其中进口货运量51.3万吨，增长15.2%，出口货运量23.3万吨，增长4.9%。',
  '边民互市进口商品落地加工额5.46亿元，增长31.7%。',
]);

const named = (name: string, measure: string) =>
  PORT.observations.find((o) => o.indicatorName === name && o.measure === measure)?.quantity?.value;

describe('F5657 a port’s cargo one way (进口货运量, 出口货运量) is a part named as written', () => {
  it('keeps the two ways together as freight-volume', () => {
    const freight = PORT.observations.filter((o) => o.indicatorCode === 'freight-volume');
    expect(freight.map((o) => o.quantity?.value).sort()).toEqual([11.8, 74.6]);
  });

  it.each([
    ['进口货运量', 51.3, 15.2],
    ['出口货运量', 23.3, 4.9],
  ])('reads %s with its level and growth', (name, level, growth) => {
    expect(named(name, 'level')).toBe(level);
    expect(named(name, 'growth')).toBe(growth);
  });
});

describe('F5658 边民互市进口商品落地加工额, an aggregate named as written (互市 no city)', () => {
  it('has its level and growth', () => {
    expect(named('边民互市进口商品落地加工额', 'level')).toBe(5.46);
    expect(named('边民互市进口商品落地加工额', 'growth')).toBe(31.7);
  });
});

describe('F5659 the port a trade went through (经甲口岸的…) opens no part of its name', () => {
  const report = sectionReport('through.txt', '澹峪县2026年上半年国民经济和社会发展计划执行情况的报告', [
    '受铁矿石价格下行影响，经澹峪口岸的一般贸易进出口额为7.42亿元，同比下降5.3%。',
  ]);

  it('reads 一般贸易进出口额 as written', () => {
    const trade = report.observations.filter((o) => o.indicatorName === '一般贸易进出口额');
    expect(trade.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 7.42],
      ['growth', -5.3],
    ]);
  });
});

describe('F5660 a rank among the prefecture’s ports or the city’s border counties', () => {
  const report = sectionReport('ranks.txt', '澹峪县2026年上半年国民经济和社会发展计划执行情况的报告', [
    '上半年，经澹峪口岸实现进出口总额41.26亿元，同比增长12.9%，总量居全州5个口岸第3位。',
    '全县边民互市贸易额完成17.44亿元，同比增长21.6%，增速居全市3个边境县（市）第1位。',
  ]);

  it.each([
    ['foreign-trade', 3, 5],
    ['border-residents-trade', 1, 3],
  ])('%s ranks %d of %d', (code, rank, of) => {
    expect(report.rankings.find((r) => r.indicatorCode === code)).toMatchObject({ rank, of });
  });

  it('and the group’s size is no fact', () => {
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('5个');
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('3个');
  });
});
