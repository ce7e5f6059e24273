// Forms held-out-268's task table (qiyan) showed the ingest stage and the parser missed (session 38, branch
// fix268b): a county's table of the 政府工作报告's tasks, one row per task, whose 完成情况 cells are whole
// sentences the table reader cannot take apart. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { sheetReport as sheetReportOf } from '../helpers/report.js';

const report = (rows: SheetCell[][]) =>
  sheetReportOf(rows, 'renwu.xlsx', { region: '榆汀县', period: '2025-Q3' });

const TASKS: SheetCell[][] = [
  ['榆汀县2025年《政府工作报告》重点工作任务前三季度完成情况表', null, null, null, null],
  ['填报单位：榆汀县人民政府办公室　截至时间：2025年9月30日', null, null, null, null],
  ['序号', '工作任务', '责任单位', '完成情况', '进度（%）'],
  [
    1,
    '地区生产总值增长7%左右',
    '县统计局',
    '前三季度地区生产总值完成143.27亿元，同比增长6.1%，低于年度目标0.9个百分点，居澜川市9个县（市、区）第3位。',
    '—',
  ],
  [
    2,
    '固定资产投资增长9%',
    '县发展改革委',
    '固定资产投资同比增长10.4%，高于年度目标1.4个百分点，居全市第2位。',
    '—',
  ],
  ['注：进度栏为完成量占年度目标的比重。', null, null, null, null],
];

describe('a task table’s 完成情况 cells (F5521)', () => {
  it('reads the sentences of a 完成情况 cell as prose: observations and ranks, but no facts', () => {
    const parsed = report(TASKS);
    const gdp = parsed.observations.filter((o) => o.indicatorCode === 'gdp' && o.source === 'prose');
    expect(gdp.map((o) => [o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['level', 143.27],
        ['growth', 6.1],
      ]),
    );
    expect(parsed.rankings.some((r) => r.indicatorCode === 'gdp' && r.rank === 3)).toBe(true);
    expect(
      parsed.observations.some(
        (o) => o.indicatorCode === 'fixed-asset-investment' && o.quantity?.value === 10.4,
      ),
    ).toBe(true);
    expect(parsed.facts.filter((f) => [143.27, 10.4].includes(f.quantity.value))).toEqual([]);
  });
});

describe('a task table’s 工作任务 cells (F5522)', () => {
  it('reads each task’s goal as the year’s target, judged by the 完成情况 beside it', () => {
    const parsed = report(TASKS);
    const goals = parsed.targets.filter((t) => !t.derived);
    expect(goals.map((t) => [t.indicatorCode, t.value, t.attainment])).toEqual(
      expect.arrayContaining([
        ['gdp', 7, 'missed'],
        ['fixed-asset-investment', 9, 'met'],
      ]),
    );
  });

  it('takes no project from a task’s goal', () => {
    const rows: SheetCell[][] = [
      ...TASKS.slice(0, 4),
      [2, '推进榆汀新材料产业园项目建设，项目总投资24亿元，年内完成投资8亿元', '县工业和信息化局', '—', '—'],
    ];
    expect(parsed(rows)).toEqual([]);
  });
});

const parsed = (rows: SheetCell[][]) =>
  report(rows).projects.filter((p) => p.mentions.some((m) => m.plannedInvestment === 2400000000));
