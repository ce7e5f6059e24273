// Forms the fifty-fourth held-out batch showed the parser missed (session 21, branch fix54): a key-project
// 通报 sent as a workbook, the issuing office (某某市重点项目建设工作领导小组办公室) on a row above a title that
// names no place (关于2022年1—10月市级重点项目建设进展情况的通报), its group rows naming a class by …类
// alone (一、产业发展类（5个）); and 全年 in a report on part of a year, the year's own horizon.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A 通报 as a workbook's sheet gives it: the office, the title, the number, the table and its 说明. */
const NOTICE: SheetCell[][] = [
  ['岚柘市重点项目建设工作领导小组办公室', null, null, null, null, null],
  ['关于2023年1—9月市级重点项目建设进展情况的通报', null, null, null, null, null],
  ['岚重项办〔2023〕7号', null, null, null, null, null],
  ['单位：万元', null, null, null, null, null],
  ['序号', '项目名称', '总投资', '2023年计划投资', '1—9月完成投资', '形象进度'],
  [null, '合计', '91000', '30500', '24100', null],
  ['一、产业发展类（2个）', null, null, null, null, null],
  ['1', '岚柘市茶叶精深加工园', '41000', '12000', '10300', '厂房主体完工'],
  ['2', '年产3万吨饲料加工项目', '22000', '8500', '6200', '设备安装'],
  ['二、社会民生类（1个）', null, null, null, null, null],
  ['3', '岚柘市妇幼保健院迁建工程', '28000', '10000', '7600', '主体封顶'],
  ['说明：全市共安排市级重点项目3个，1—9月累计完成投资2.41亿元。', null, null, null, null, null],
];

describe('a key-project 通报 as a workbook, its office on the row above a placeless title', () => {
  it('reads the region from the office that issues it', () => {
    const report = sheetReport(NOTICE, 'notice.xlsx');
    expect(report.meta.region).toBe('岚柘市');
    expect(report.meta.publisher).toBe('岚柘市重点项目建设工作领导小组办公室');
    expect(report.meta.period).toBe('2023-Q3');
  });

  it('reads the numbered rows as projects, not the …类 group rows', () => {
    // The title names the place here: the group rows alone are under test.
    const titled = NOTICE.map((row, r) =>
      r === 1 ? ['关于岚柘市2023年1—9月市级重点项目建设进展情况的通报'] : row,
    );
    const report = sheetReport(titled, 'notice.xlsx');
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['岚柘市茶叶精深加工园', 410000000, 103000000],
      ['年产3万吨饲料加工项目', 220000000, 62000000],
      ['岚柘市妇幼保健院迁建工程', 280000000, 76000000],
    ]);
  });
});

describe('全年 in a report on part of a year, beside 为明年…打好基础', () => {
  it('reads the goals as the year’s own, not the next year’s', () => {
    const report = parsedReport(
      [
        '棠溪县2023年前三季度经济运行稳中向好',
        '前三季度，全县实现地区生产总值52.4亿元，同比增长5.9%。',
        '县长在会上表示，第四季度要紧盯全年目标任务，确保全年地区生产总值增长6.8%以上、固定资产投资增长12%以上，为明年经济工作打好基础。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '棠溪县' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'full-year', 6.8],
      ['fixed-asset-investment', 'full-year', 12],
    ]);
  });
});
