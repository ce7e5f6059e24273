// Forms held-out-314 and held-out-315 showed the parser missing (session 41, fixer fix314). Sentences and
// sheets of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { isAggregate } from '../../src/parse/project-names.js';
import { noteRowsInPoints } from '../../src/parse/table-note-points.js';

describe('F6421: a 统计年报 note naming the growth column of rate rows (的增长栏为比上年增减百分点)', () => {
  it.each([
    ['注：2.城镇化率、城镇登记失业率的增长栏为比上年增减百分点。', ['城镇化率', '城镇登记失业率']],
    ['注：森林覆盖率增速栏为增减百分点', ['森林覆盖率']],
    ['注：增长栏为比上年增长百分比。', []],
  ])('%s', (note, rows) => {
    expect([...noteRowsInPoints(note)]).toEqual(rows);
  });

  it('reads the rate rows’ 增长% cells as changes in points', () => {
    const report = parseReportText(
      [
        '砚岗县2015年国民经济主要指标（统计年报）',
        '主要指标\t单位\t2015年\t2014年\t增长%',
        '地区生产总值\t万元\t412300\t376100\t9.6',
        '城镇化率\t%\t31.4\t29.9\t1.5',
        '注：1.城镇化率的增长栏为比上年增减百分点。',
        '',
      ].join('\n'),
      { sourceName: 'yangang.txt' },
    ).report;
    const rows = report?.observations
      .filter((o) => o.indicatorName === '城镇化率')
      .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(rows).toEqual([
      ['rate', 31.4, '%'],
      ['change', 1.5, '个百分点'],
    ]);
  });
});

describe('F6422: 其中：工业增加值 under 第二产业增加值 in a GDP sheet', () => {
  const sheet = (industryRow: string, sizedRow = '规模以上工业增加值\t万元\t92600\t12.4') =>
    parseReportText(
      [
        '漆川县2016年国民经济主要指标',
        '主要指标\t单位\t2016年\t增长%',
        '地区生产总值\t万元\t503200\t8.9',
        '第二产业增加值\t万元\t187400\t10.2',
        `${industryRow}\t万元\t131900\t11.6`,
        '第三产业增加值\t万元\t228500\t8.1',
        sizedRow,
        '',
      ].join('\n'),
      { sourceName: 'qichuan.txt' },
    ).report?.observations.filter((o) => o.quantity?.value === 11.6);

  it('is industry of every size, as the secondary industry’s part', () => {
    expect(sheet('其中：工业增加值')?.map((o) => [o.indicatorCode, o.measure])).toEqual([
      ['all-industry-value-added', 'growth'],
    ]);
  });

  it('keeps the alias with no 规模以上 row beside it (maojing, as answered)', () => {
    expect(sheet('#工业增加值', '全社会用电量\t万千瓦时\t53100\t6.2')?.map((o) => o.indicatorCode)).toEqual([
      'industrial-value-added',
    ]);
  });

  it('keeps a row not marked as a part to the alias', () => {
    expect(sheet('工业增加值')?.map((o) => o.indicatorCode)).not.toContain('all-industry-value-added');
  });
});

describe('F6423: a 统计年报 sheet titled 国民经济主要指标（统计年报）', () => {
  it.each(['蔺溪县2014年国民经济主要指标（统计年报）', '蔺溪县2014年国民经济和社会发展主要指标'])(
    '%s is a statistics bureau’s analysis',
    (title) => {
      const report = parseReportText(
        [title, '主要指标\t单位\t2014年\t增长%', '地区生产总值\t万元\t386200\t10.4', ''].join('\n'),
        { sourceName: 'linxi.txt' },
      ).report;
      expect(report?.meta.genre).toBe('statistics-analysis');
    },
  );
});

describe('F6424: the GDP row numbered as a sheet item (一、地区生产总值（上半年）)', () => {
  it('gives its period to the industries under it', () => {
    const report = parseReportText(
      [
        '2022年1—8月芷坪县主要经济指标',
        '指标名称\t单位\t1—8月累计\t同比±%',
        '一、地区生产总值（上半年）\t亿元\t84.26\t5.7',
        '第一产业增加值\t亿元\t10.92\t3.9',
        '第三产业增加值\t亿元\t41.08\t6.3',
        '二、社会消费品零售总额\t万元\t356200\t7.1',
        '',
      ].join('\n'),
      { sourceName: 'zhiping.txt' },
    ).report;
    const periods = report?.observations
      .filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.period ?? null]);
    expect(periods).toEqual([
      ['gdp', '2022-H1'],
      ['agriculture-value-added', '2022-H1'],
      ['tertiary-industry-value-added', '2022-H1'],
      ['retail-sales', null],
    ]);
  });
});

describe('F6425: a row of the month alone under an indicator (其中：8月当月)', () => {
  it('is the indicator above in that month, not an indicator of its own', () => {
    const report = parseReportText(
      [
        '2022年1—8月芷坪县主要经济指标',
        '指标名称\t单位\t1—8月累计\t同比±%',
        '规模以上工业增加值\t%\t—\t5.2',
        '其中：8月当月\t%\t—\t-2.7',
        '社会消费品零售总额\t万元\t356200\t7.1',
        '',
      ].join('\n'),
      { sourceName: 'zhiping.txt' },
    ).report;
    const growths = report?.observations
      .filter((o) => o.source === 'table' && o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.period ?? null]);
    expect(growths).toEqual([
      ['industrial-value-added', 5.2, null],
      ['industrial-value-added', -2.7, '2022-M8-8'],
      ['retail-sales', 7.1, null],
    ]);
  });
});

describe('F6426: the 小康 monitoring index (全面小康实现程度达到A%，比上年提高B个百分点)', () => {
  it('is a rate named as written, with its move in points', () => {
    const report = parseReportText(
      [
        '砚岗县2013年国民经济和社会发展计划执行情况的报告',
        '2013年，全县地区生产总值增长13%。全面小康实现程度达到71.5%，比上年提高3.9个百分点。',
        '',
      ].join('\n'),
      { sourceName: 'yangang.txt' },
    ).report;
    const named = report?.observations
      .filter((o) => o.indicatorName === '全面小康实现程度')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['rate', 71.5],
      ['change', 3.9],
    ]);
  });
});

describe('F6427: the class of works rebuilding after a disaster (灾后恢复重建项目)', () => {
  it.each(['灾后恢复重建项目', '灾后重建项目', '恢复重建项目'])('%s is a class, not a project', (name) => {
    expect(isAggregate(name)).toBe(true);
  });

  it('keeps a named rebuilding work a project', () => {
    expect(isAggregate('漆川县人民医院灾后重建项目')).toBe(false);
  });
});
