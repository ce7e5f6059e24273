// Forms the one-hundred-and-sixteenth held-out batch showed the parser missed (session 31, branch fix116): a
// county news piece on its key projects with a numbered signing list (1.甲项目，投资X亿元；), a project named by
// a scene at its site (甲项目施工现场…。该项目总投资…), a works' amount done over 1—N月 written with a long dash,
// a breakdown by park (从园区看，甲经济开发区完成投资…；乙产业园完成投资…) whose parks are no projects and whose
// park is not the report's place. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NEWS = [
  '蓼岙县融媒体中心',
  '1—5月全县重点项目完成投资31.2亿元 项目建设提速',
  '',
  '来源：蓼岙县融媒体中心　　发布时间：2026-06-10 09:36',
  '',
  '初夏时节，蓼岙大地项目建设热潮涌动。记者从县发展和改革局获悉，1—5月，全县42个重点项目完成投资31.2亿元，占年度计划的45.1%，同比增长10.3%。',
  '',
  '同期，全县固定资产投资同比增长7.6%，高于全市平均水平1.1个百分点。',
  '',
  '从园区看，蓼岙经济开发区完成投资12.7亿元，占全县重点项目完成投资的40.7%；蓼岙县智能制造产业园完成投资5.4亿元。',
  '',
  '一批重大项目加速推进。在蓼岙经济开发区，蓼岙县光伏组件产业园项目施工现场热火朝天。该项目总投资22亿元，今年计划投资6亿元，1—5月完成投资3.1亿元。蓼岙县城区供水管网改造（三期）工程1—5月完成投资0.54亿元，完成年度计划的60.2%。',
  '',
  '招商引资持续发力。5月20日，在蓼岙县（长沙）招商推介会上，集中签约项目4个，总投资19.5亿元，分别是：',
  '1.年产3万吨精密铜管项目，投资8亿元；',
  '2.蓼岙县农产品冷链物流中心项目，投资6.2亿元；',
  '3.竹木精深加工项目，投资3.1亿元；',
  '4.文旅康养综合体项目，投资2.2亿元。',
].join('\n');

const report = (text = NEWS) => parsedReport(text, { sourceName: 'news.txt' });
const project = (name: string, text = NEWS) => report(text).projects.find((p) => p.name === name);
const amounts = (name: string, text = NEWS) =>
  project(name, text)?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]);

describe('a numbered list of signed projects, each 投资X亿元 (F2581)', () => {
  it('reads each item’s bare 投资 as its planned total', () => {
    expect(amounts('年产3万吨精密铜管项目')).toEqual([[800000000, null]]);
    expect(amounts('蓼岙县农产品冷链物流中心项目')).toEqual([[620000000, null]]);
    expect(amounts('竹木精深加工项目')).toEqual([[310000000, null]]);
    expect(amounts('文旅康养综合体项目')).toEqual([[220000000, null]]);
  });

  it('reads no bare 投资 after a name in prose, off an item’s line', () => {
    const prose = NEWS.replace(
      '1.年产3万吨精密铜管项目，投资8亿元；',
      '签约的年产3万吨精密铜管项目，投资8亿元；',
    );
    expect(amounts('年产3万吨精密铜管项目', prose)).toBeUndefined();
  });
});

describe('a project named by a scene at its site, 该项目 in the next sentence (F2582)', () => {
  it('gives the project its total and amount done', () => {
    expect(amounts('蓼岙县光伏组件产业园项目')).toContainEqual([2200000000, 310000000]);
  });

  it('names no project from a scene with no 该项目 after it', () => {
    const alone = NEWS.replace('该项目总投资22亿元，今年计划投资6亿元，1—5月完成投资3.1亿元。', '');
    expect(project('蓼岙县光伏组件产业园项目', alone)).toBeUndefined();
  });
});

describe('a works’ amount done over 1—N月, the span with a long dash (F2583)', () => {
  it('keeps the span out of the name', () => {
    const names = report().projects.map((p) => p.name);
    expect(names).toContain('蓼岙县城区供水管网改造(三期)工程');
    expect(names.some((n) => n.includes('1—5月'))).toBe(false);
    expect(amounts('蓼岙县城区供水管网改造(三期)工程')).toEqual([[null, 54000000]]);
  });
});

describe('a breakdown by park (F2584, F2585)', () => {
  it('reads no park of the breakdown as a project (F2584)', () => {
    expect(project('蓼岙县智能制造产业园')).toBeUndefined();
  });

  it('keeps a park’s project outside the breakdown', () => {
    const outside = NEWS.replace('从园区看，', '');
    expect(project('蓼岙县智能制造产业园', outside)).toBeDefined();
  });

  it('takes the county, not the breakdown’s park, as the report’s place (F2585)', () => {
    expect(report().meta.region).toBe('蓼岙县');
  });
});
