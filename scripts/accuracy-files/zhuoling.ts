// The twenty-ninth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts
// writes its): 卓岭县's (Fujian) 2011年1-8月 key-project progress table as its project office attaches it: a
// title row merged across the sheet, a unit line, a TWO-ROW header whose 1-8月 cell is merged over 完成投资 and
// 占年计划% while the other headers are merged down, a 合计 row, eight projects (capacities and phases in names,
// one not started: a `—` cell), a 注 row and the office's signature. Shares are computed doubles shown through
// a 0.0 format. Invented place, projects and figures; its answers are
// tests/accuracy/zhuoling-2011-m8-projects.answers.json.

import * as XLSX from '@e965/xlsx';

export const zhuoling = { name: 'zhuoling-2011-m8-projects' };

type Value = string | number | null;

/** 项目名称, 建设性质, 建设内容及规模, 总投资, 2011年计划投资, 1-8月完成投资 (万元; null: not started), 形象进度. */
type Project = readonly [string, string, string, number, number, number | null, string];

const projects: Project[] = [
  ['卓岭县城东污水处理厂二期工程', '续建', '日处理污水2万吨', 12600, 5000, 4120, '主体工程完成85%'],
  ['卓岭经济开发区标准厂房（一期）', '续建', '建筑面积12万平方米', 28000, 9000, 7650, '6栋厂房已封顶'],
  ['卓岭至闽澄二级公路改建工程', '续建', '全长21.6公里', 36500, 12000, 8260, '路基完成70%'],
  ['卓岭县医院综合大楼', '新建', '建筑面积3.2万平方米', 15800, 6000, 3580, '桩基施工完成'],
  ['卓岭县保障性住房（廉租房）项目', '新建', '廉租房480套', 6200, 4000, 4350, '主体封顶'],
  ['卓岭溪流域防洪堤工程', '续建', '堤防长8.5公里', 9400, 5000, 5260, '已完工'],
  ['卓岭县3万吨竹木制品加工项目', '新建', '年产竹木制品3万吨', 22000, 8000, 2150, '厂房基础施工'],
  ['卓岭县城北客运站', '新建', '二级客运站', 4800, 3000, null, '前期工作，尚未开工'],
];

const total = (i: 3 | 4 | 5): number => projects.reduce((s, p) => s + (p[i] ?? 0), 0);
const share = (done: number | null, plan: number): number | string =>
  done === null ? '—' : (done / plan) * 100;

export function zhuolingXls(): Buffer {
  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  const rows: Value[][] = [
    ['卓岭县2011年重点项目1-8月进展情况表', ...blank(8)],
    [...blank(8), '单位：万元'],
    ['序号', '项目名称', '建设性质', '建设内容及规模', '总投资', '2011年计划投资', '1-8月', null, '形象进度'],
    [null, null, null, null, null, null, '完成投资', '占年计划%', null],
    ['合计', null, null, null, total(3), total(4), total(5), share(total(5), total(4)), null],
    ...projects.map(([name, kind, scale, all, plan, done, progress], i): Value[] => [
      i + 1,
      name,
      kind,
      scale,
      all,
      plan,
      done ?? '—',
      share(done, plan),
      progress,
    ]),
    ['注：形象进度截至8月31日；卓岭县城北客运站正在办理用地手续，1-8月未完成投资。', ...blank(8)],
    [...blank(6), '卓岭县重点项目建设领导小组办公室', null, null],
    [...blank(6), '2011年9月8日', null, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, null, '0', '0', '0', '0.0', null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format) cell.z = format;
    }
  const note = rows.length - 3;
  const down = (c: number) => ({ s: { r: 2, c }, e: { r: 3, c } });
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 8 } },
    down(0),
    down(1),
    down(2),
    down(3),
    down(4),
    down(5),
    { s: { r: 2, c: 6 }, e: { r: 2, c: 7 } },
    down(8),
    { s: { r: 4, c: 0 }, e: { r: 4, c: 3 } },
    { s: { r: note, c: 0 }, e: { r: note, c: 8 } },
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1-8月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
