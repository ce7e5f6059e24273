// Forms the one-hundred-and-ninety-seventh held-out batch showed the parser missed (session 35, branch fix197): a
// key-project workbook whose header runs over two rows, 投资（万元） spanning 总投资 and the year's plan (every
// project was lost); a plan table's %-row naming an indicator the catalogue lacks with 增长 glued on.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { joinedHeader, restatesSpanningHeader } from '../../src/parse/table-header-pieces.js';
import { sheetReport } from '../helpers/report.js';

/** A county's key-project plan sheet: the header over two rows, class rows, the 合计 row last, a 说明 row. */
const PLAN_SHEET: SheetCell[][] = [
  ['甲川县2026年重点建设项目计划表', null, null, null, null, null, null],
  ['序号', '项目名称', '建设性质', '起止年限', '投资（万元）', null, '责任单位'],
  [null, null, null, null, '总投资', '2026年计划投资', null],
  ['一、产业项目（2个）', null, null, null, 47000, 15000, null],
  [1, '甲川县新型材料产业园（一期）', '新建', '2026-2028', 35000, 10000, '县工信局'],
  [2, '乙镇茶叶精深加工项目', '续建', '2025-2026', 12000, 5000, '县农业局'],
  ['二、社会事业项目（1个）', null, null, null, 9400, 4000, null],
  [3, '甲川县中医医院住院楼', '新建', '2026-2027', 9400, 4000, '县卫健局'],
  ['合计（3个）', null, null, null, 56400, 19000, null],
  ['说明：全县安排重点建设项目3个，总投资5.64亿元。', null, null, null, null, null, null],
];

describe('a project workbook’s header over two rows, 投资（万元） spanning 总投资 and the year’s plan (F4171)', () => {
  it('reads every project with its 总投资 in 元, the spanning cell’s unit its own', () => {
    const projects = sheetReport(PLAN_SHEET, 'projects.xlsx').projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      ['甲川县新型材料产业园(一期)', 350000000, null],
      ['乙镇茶叶精深加工项目', 120000000, null],
      ['甲川县中医医院住院楼', 94000000, null],
    ]);
  });

  it('joins a sub-header restating the spanning word under the spanning unit, any other as before', () => {
    expect(restatesSpanningHeader('投资（万元）', '总投资')).toBe(true);
    expect(restatesSpanningHeader('投资（万元）', '丙村道路')).toBe(false);
    expect(restatesSpanningHeader('投资（万元）', '投资')).toBe(false);
    expect(joinedHeader('投资（万元）', '总投资')).toBe('总投资（万元）');
    expect(joinedHeader('投资（万元）', '2026年计划投资')).toBe('2026年计划投资（万元）');
    expect(joinedHeader('1-6月', '绝对值')).toBe('1-6月绝对值');
  });
});
