// Forms the two-hundred-and-eightieth and two-hundred-and-eighty-third held-out batches showed the parser missed
// (session 39, branch fix280): a score in points, 分 (F5801); the province monitoring's composite rank of the
// report's own place, named by the monitoring the sentence opens with (F5802). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { sectionReport, sheetReport } from '../helpers/report.js';

/** A county's key-project progress sheet whose subtotal row says in brackets what it sums. */
const PROGRESS_SHEET: SheetCell[][] = [
  ['涔岙县2026年1-10月重点项目建设进展情况表', null, null, null, null],
  ['单位：万元', null, null, null, null],
  ['序号', '项目名称', '总投资', '1-10月完成投资', '进展情况'],
  [1, '涔岙县智能装备产业园', 42000, 16500, '主体施工'],
  [2, '涔岙县城东污水处理厂', 8600, 5200, '设备安装'],
  [null, '小计（列示项目）', 50600, 21700, null],
];

describe('fix280 forms', () => {
  it('F5803: reads a subtotal row with a bracketed note (小计（列示项目）) as no project', () => {
    const names = sheetReport(PROGRESS_SHEET, 'projects.xlsx').projects.map((p) => p.name);
    expect(names).toEqual(['涔岙县智能装备产业园', '涔岙县城东污水处理厂']);
  });

  it('F5801: reads a score in points (分) as a figure in 分, not a bare number', () => {
    const report = sectionReport('liuxi.txt', '涔岙县2026年前三季度县域经济考核情况', [
      '前三季度，全县地区生产总值增长6.1%。',
      '我县以综合得分88.47分位居全市9个县（市、区）第3位；综合得分80分以上的为第一方阵。',
      '会议于上午9时30分召开，历时40分钟，三分之一的指标增速高于全市。',
    ]);
    const points = report.facts.filter((f) => f.quantity.unit === '分').map((f) => f.quantity.value);
    expect(points).toEqual([88.47, 80]);
  });

  it('F5802: names a composite rank after 我县 and its period by the monitoring the sentence opens with', () => {
    const report = sectionReport('liuxi.txt', '涔岙县2026年前三季度经济运行情况', [
      '全县地区生产总值增长6.1%。在全省县域经济发展质量监测中，我县前三季度综合排名居全省96个县（市）第31位，较上半年前移4位。',
    ]);
    expect(report.rankings.map((r) => [r.subject, r.rank, r.of, r.change])).toContainEqual([
      '县域经济发展质量监测',
      31,
      96,
      4,
    ]);
  });
  it('F5804: reads the rank of the funds won (争取资金总额) as a standing, not a goal', () => {
    const report = sectionReport('cenao.txt', '涔岙县发展和改革局2026年工作总结', [
      '全县地区生产总值增长6.1%。',
      '全年共争取中央预算内投资项目21个，到位资金2.41亿元，同比增长15.2%。争取资金总额居全市第3位。力争明年争取资金总额排名全市第一。',
    ]);
    expect(report.rankings.map((r) => [r.subject, r.rank])).toEqual([['争取资金总额', 3]]);
  });
});
