// Session 43, fix337: forms held-out-337 showed the parser missing (docs/prose-forms.md, "Session 43 fixes:
// fix337"). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const COMPARED = [
  '棠汐县2031年1—10月主要经济指标与全市对比',
  '指标\t本县\t增速\t全市\t增速\t本县位次',
  '地区生产总值（亿元，前三季度）\t96.41\t5.7\t1024.6\t5.1\t2',
  '社会消费品零售总额（亿元）\t41.08\t4.2\t530.7\t4.6\t5',
  '城镇居民人均可支配收入（元，1-9月）\t30418\t4.9\t35120\t4.4\t3',
  '农村居民人均可支配收入（前三季度，元）\t14906\t6.3\t16880\t6.1\t1',
  '注：增速单位为%；本县位次为增速在全市6个县（市、区）中的位次。',
];
const compared = () =>
  parsedReport(COMPARED.join('\n'), { sourceName: 'compared.txt', period: '2031-M1-10' });

describe('F6961 a row named with its unit and its period in one bracket', () => {
  it('reads 地区生产总值（亿元，前三季度） as the GDP in 亿元 for the third quarter', () => {
    const gdp = compared().observations.filter((o) => o.indicatorCode === 'gdp');
    expect(gdp.map((o) => [o.measure, o.quantity?.value, o.quantity?.unit, o.period])).toEqual(
      expect.arrayContaining([
        ['level', 96.41, '亿元', '2031-Q3'],
        ['growth', 5.7, '%', '2031-Q3'],
      ]),
    );
  });

  it('reads 1-9月 as the first three quarters, and either order of the unit and the period', () => {
    const { observations } = compared();
    const level = (code: string) =>
      observations.find((o) => o.indicatorCode === code && o.measure === 'level');
    expect(level('urban-disposable-income-per-capita')).toMatchObject({
      quantity: { value: 30418, unit: '元' },
      period: '2031-Q3', // 1-9月 is the first three quarters
    });
    expect(level('rural-disposable-income-per-capita')).toMatchObject({
      quantity: { value: 14906, unit: '元' },
      period: '2031-Q3',
    });
  });

  it('ranks the catalogued indicator the row names', () => {
    const ranks = compared().rankings.map((r) => [r.indicatorCode, r.rank, r.of]);
    expect(ranks).toEqual(
      expect.arrayContaining([
        ['gdp', 2, 6],
        ['urban-disposable-income-per-capita', 3, 6],
        ['rural-disposable-income-per-capita', 1, 6],
      ]),
    );
  });
});

const ANALYSIS = [
  '棠汐县2031年1—10月经济运行情况',
  '1—10月，全县地区生产总值增长5.1%。',
  '（八）重点项目建设。棠汐县璟漪新材料产业园项目总投资30亿元，1—10月完成投资5.2亿元，一期厂房已竣工，预计年底前首条生产线投产；预计年内棠汐港区3号泊位工程竣工。',
];

describe('F6962 a forecast and a deadline before the part of works a clause speaks of', () => {
  it('makes no project of 预计年底前首条生产线投产, and keeps a name after 预计年内', () => {
    const report = parsedReport(ANALYSIS.join('\n'), { sourceName: 'analysis.txt', period: '2031-M1-10' });
    expect(report.projects.map((p) => p.name)).toEqual(['棠汐县璟漪新材料产业园项目', '棠汐港区3号泊位工程']);
  });
});

describe('F6963 a rank column headed by the own place (本县位次) beside the compared place’s columns', () => {
  it('ranks in 全市, the place the sheet compares with, not in 本县', () => {
    const scopes = compared().rankings.map((r) => r.scope);
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes)).toEqual(new Set(['全市']));
  });

  it('takes the city the note names for that scope', () => {
    const named = COMPARED.map((line) =>
      line.startsWith('注：') ? '注：增速单位为%；本县位次为增速在璟漪市6个县（市、区）中的位次。' : line,
    );
    const { rankings } = parsedReport(named.join('\n'), { sourceName: 'named.txt', period: '2031-M1-10' });
    expect(rankings.find((r) => r.indicatorCode === 'gdp')).toMatchObject({
      rank: 2,
      of: 6,
      scope: '璟漪市',
    });
  });

  it('gives no scope when no column names the compared place', () => {
    const alone = [
      '棠汐县2031年1—10月主要经济指标',
      '指标\t1—10月\t增速\t本县位次',
      '社会消费品零售总额（亿元）\t41.08\t4.2\t5',
      '注：本县位次为增速在全市6个县（市、区）中的位次。',
    ];
    const { rankings } = parsedReport(alone.join('\n'), { sourceName: 'alone.txt', period: '2031-M1-10' });
    expect(rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['retail-sales', 5, '']]);
  });
});
