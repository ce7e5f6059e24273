// The twenty-fourth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as yaosha.ts
// writes its): 鹤湍县's (under 泾岚市, Ningxia) 2017年1-9月 key-project schedule as its development and reform
// bureau attaches it: a title row merged across the sheet, a unit line, one header row (序号 | 项目名称 |
// 建设性质 | 总投资 | 年度计划 | 1-9月完成 | 完成年度计划% | 形象进度), a 合计 row, a 注 row and the
// bureau's signature. Shares are computed doubles shown through a 0.0 format. Invented place, projects and
// figures; its answers are tests/accuracy/hetuan-2017-m9-projects.answers.json.

import * as XLSX from '@e965/xlsx';

export const hetuan = { name: 'hetuan-2017-m9-projects' };

type Value = string | number | null;

/** 项目名称, 建设性质, 总投资, 年度计划, 1-9月完成 (万元), 形象进度. */
type Project = readonly [string, string, number, number, number, string];

const projects: Project[] = [
  ['鹤湍县城区集中供热二期工程', '续建', 21500, 8600, 7140, '主管网铺设完成，换热站设备安装中'],
  ['鹤湍工业园区枸杞精深加工项目', '续建', 36800, 12000, 10320, '主体厂房封顶'],
  ['湍河流域综合治理工程（一期）', '续建', 15200, 6500, 6860, '已完工'],
  ['鹤湍至沙泉公路改建工程', '新建', 42600, 15000, 9450, '路基完成60%'],
  ['鹤湍县第二中学教学综合楼', '新建', 6800, 4200, 3150, '主体施工至三层'],
  ['鹤湍县10万千瓦光伏发电项目', '新建', 68000, 30000, 0, '前期手续办理中，尚未开工'],
];

const sum = (i: 2 | 3 | 4): number => projects.reduce((s, p) => s + p[i], 0);
const share = (done: number, plan: number): number => (done / plan) * 100;

export function hetuanXls(): Buffer {
  const rows: Value[][] = [
    ['鹤湍县2017年1-9月重点项目建设进度表', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, '单位：万元'],
    ['序号', '项目名称', '建设性质', '总投资', '年度计划', '1-9月完成', '完成年度计划%', '形象进度'],
    ['合计', null, null, sum(2), sum(3), sum(4), share(sum(4), sum(3)), null],
    ...projects.map(([name, kind, total, plan, done, progress], i): Value[] => [
      i + 1,
      name,
      kind,
      total,
      plan,
      done,
      share(done, plan),
      progress,
    ]),
    ['注：形象进度截至9月30日；光伏发电项目1-9月未完成投资。', null, null, null, null, null, null, null],
    [null, null, null, null, null, '鹤湍县发展和改革局', null, null],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, '0', '0', '0', '0.0', null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format) cell.z = format;
    }
  const last = rows.length - 1;
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 7 } },
    { s: { r: 3, c: 0 }, e: { r: 3, c: 2 } },
    { s: { r: last - 1, c: 0 }, e: { r: last - 1, c: 7 } },
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1-9月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
