// Forms the seventeenth held-out batch showed the parser missed (session 14, branch fixheshao): a
// key-project schedule titled with its months after 重点项目 (2024年重点项目1-8月建设进展情况表) whose
// group rows (一、续建项目（7个）) are merged over 序号 and 项目名称, and projects named in a closed list
// before the cause of their delay (甲工程、乙工程受征地拆迁影响) or before 征地拆迁 (加快甲工程、乙工程征地拆迁).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { readTitleText } from '../../src/parse/meta.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A schedule as a workbook's sheet gives it: a title row, a unit line, a header, group rows and projects. */
const SCHEDULE: SheetCell[][] = [
  ['丁禾区2023年重点项目1-7月建设进展情况表', null, null, null, null, null],
  ['单位：万元', null, null, null, null, null],
  ['序号', '项目名称', '总投资(万元)', '年度计划投资(万元)', '1-7月完成投资(万元)', '形象进度'],
  ['合计', null, '73400', '25600', '14210', null],
  ['一、续建项目（2个）', null, '51200', '17800', '10630', null],
  ['1', '丁禾区东河堤防加固工程', '32100', '11500', '6920', '完成堤身填筑'],
  ['2', '丁禾区第二人民医院门诊楼', '19100', '6300', '3710', '主体封顶'],
  ['二、新开工项目（1个）', null, '22200', '7800', '3580', null],
  ['3', '丁禾区农产品冷链物流园', '22200', '7800', '3580', '基础施工'],
  ['注：形象进度截至7月31日。', null, null, null, null, null],
];

describe('a key-project schedule with its months after 重点项目', () => {
  it.each([
    ['丁禾区2023年重点项目1-7月建设进展情况表', '2023-M1-7'],
    ['丁禾区2023年重大项目上半年推进情况', '2023-H1'],
    ['丁禾区2023年重点建设项目1-10月完成情况', '2023-M1-10'],
    ['丁禾区2023年重点项目建设进展情况表', '2023-FY'],
  ])('%s is of %s', (title, period) => {
    const read = readTitleText(title);
    expect(`${read?.year}-${read?.code}`).toBe(period);
    expect(read?.region).toBe('丁禾区');
  });

  it('reads the schedule’s period from its title and only its numbered rows as projects', () => {
    const report = sheetReport(SCHEDULE, 'schedule.xlsx');
    expect(report.meta.period).toBe('2023-M1-7');
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['丁禾区东河堤防加固工程', 321000000, 69200000],
      ['丁禾区第二人民医院门诊楼', 191000000, 37100000],
      ['丁禾区农产品冷链物流园', 222000000, 35800000],
    ]);
  });

  it('a group row written in the 项目名称 column (一、续建项目（2个）) names no project either', () => {
    const rows = SCHEDULE.map((row) =>
      typeof row[0] === 'string' && /^[一二]、/.test(row[0]) ? [null, row[0], ...row.slice(2)] : row,
    );
    expect(sheetReport(rows, 'schedule.xlsx').projects.map((p) => p.name)).toEqual([
      '丁禾区东河堤防加固工程',
      '丁禾区第二人民医院门诊楼',
      '丁禾区农产品冷链物流园',
    ]);
  });
});

describe('projects named before a cause of delay or before 征地拆迁', () => {
  const projects = (line: string) =>
    parsedReport(
      ['关于丙坪县2017年上半年国民经济和社会发展计划执行情况的报告', '一、存在的问题', line].join('\n'),
      {
        sourceName: 'review.txt',
      },
    ).projects.map((p) => p.name);

  it('甲工程、乙工程受征地拆迁影响，进度滞后: a closed list of projects before 受…影响', () => {
    expect(projects('丙坪港区货运码头工程、县城雨污分流改造工程受征地拆迁影响，进度滞后。')).toEqual([
      '丙坪港区货运码头工程',
      '县城雨污分流改造工程',
    ]);
  });

  it('加快甲工程、乙工程征地拆迁: 征地拆迁 is work on the last project, not part of its name', () => {
    expect(
      projects('加快丙坪港区货运码头工程、县城雨污分流改造工程征地拆迁，确保完成年度投资任务。'),
    ).toEqual(['丙坪港区货运码头工程', '县城雨污分流改造工程']);
    expect(projects('加快县城雨污分流改造工程征迁工作，确保按期开工。')).toEqual(['县城雨污分流改造工程']);
  });

  it('a list of words that are not projects before 受…影响 names none, nor does 个别项目', () => {
    expect(projects('工业、建筑业受原材料价格上涨影响，增速回落。')).toEqual([]);
    expect(projects('个别项目征地拆迁推进缓慢。')).toEqual([]);
  });
});

describe('a closed list before 受…影响 with its status in the same clause', () => {
  it('keeps the status (甲工程、乙工程受资金影响进展缓慢)', () => {
    const report = parsedReport(
      [
        '关于丙坪县2017年上半年国民经济和社会发展计划执行情况的报告',
        '一、存在的问题',
        '丙坪港区货运码头工程、县城雨污分流改造工程受资金影响进展缓慢。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['丙坪港区货运码头工程', '进展缓慢'],
      ['县城雨污分流改造工程', '进展缓慢'],
    ]);
  });
});
