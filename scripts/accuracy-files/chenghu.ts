// The seventy-second held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts writes
// its): 澂浒县's (under 琅湄市, Yunnan) 2023年1—8月 county-level key-project 月度调度表 as its development and reform bureau
// sends it round: a title row merged across the sheet, a line with the compiling unit and the unit (万元), one header
// row of eleven columns (序号 | 项目名称 | 建设性质 | 总投资 | 2023年计划投资 | 1—8月累计完成 | 完成率（%） | 开工时间 |
// 计划竣工时间 | 形象进度 | 存在问题), a 合计 row first, class sub-heading rows (一、产业发展类（4个）…) carrying their
// subtotals, dates as text (2022.03), a project with nothing done, a notes row and a 填报人/审核人 line. 完成率 cells are
// computed doubles shown through a 0.0 format. Invented place, projects and figures; its answers are
// tests/accuracy/chenghu-2023-m8-projects.answers.json.

import * as XLSX from '@e965/xlsx';

export const chenghu = { name: 'chenghu-2023-m8-projects' };

type Value = string | number | null;

/** 项目名称, 建设性质, 总投资, 年度计划投资, 1—8月累计完成 (万元), 开工时间, 计划竣工时间, 形象进度, 存在问题. */
type Project = readonly [string, string, number, number, number, string, string, string, string];

const classes: [string, Project[]][] = [
  [
    '产业发展类',
    [
      [
        '澂浒县高原特色农产品冷链物流园',
        '续建',
        38600,
        12000,
        9350,
        '2022.03',
        '2024.06',
        '冷库主体完工，分拣车间装修中',
        '无',
      ],
      [
        '琅湄澂浒10万吨咖啡精深加工项目',
        '新建',
        52000,
        15000,
        6120,
        '2023.04',
        '2025.12',
        '1#厂房基础施工',
        '项目用地报批滞后',
      ],
      [
        '澂浒县工业园区绿色硅材料配套产业园（一期）',
        '新建',
        86500,
        20000,
        13880,
        '2023.02',
        '2025.06',
        '场地平整完成80%',
        '110千伏电力接入方案未落实',
      ],
      [
        '澂浒县茶叶初制所提质改造项目',
        '续建',
        4800,
        2600,
        2410,
        '2022.09',
        '2023.10',
        '主体完工，设备调试',
        '无',
      ],
    ],
  ],
  [
    '基础设施类',
    [
      [
        '澂浒至勐垄二级公路改扩建工程',
        '续建',
        124000,
        30000,
        22650,
        '2021.11',
        '2024.12',
        '路基完成75%，桥梁下部结构完成60%',
        '沿线征地拆迁尚余12户',
      ],
      [
        '澂浒县城南片区市政道路及管网工程',
        '续建',
        18700,
        6500,
        4980,
        '2022.05',
        '2024.06',
        '3条道路沥青摊铺完成',
        '无',
      ],
      [
        '南帕河中型水库工程',
        '新建',
        96300,
        18000,
        0,
        '2023.10',
        '2027.12',
        '初步设计待批复',
        '初步设计未批复，未入库',
      ],
    ],
  ],
  [
    '社会民生类',
    [
      [
        '澂浒县人民医院住院综合楼',
        '续建',
        21500,
        8000,
        6740,
        '2022.03',
        '2024.09',
        '主体封顶，内外装饰施工',
        '无',
      ],
      [
        '澂浒县第一中学扩建工程',
        '新建',
        9600,
        5000,
        3150,
        '2023.03',
        '2024.08',
        '教学楼二层主体施工',
        '资金缺口1200万元',
      ],
      [
        '澂浒县城区老旧小区改造项目（2023年）',
        '新建',
        7350,
        7350,
        4020,
        '2023.05',
        '2023.12',
        '23个小区已完工14个',
        '无',
      ],
    ],
  ],
];

const all = classes.flatMap(([, list]) => list);
const total = (list: Project[], i: 2 | 3 | 4): number => list.reduce((s, p) => s + p[i], 0);
const rate = (done: number, plan: number): number => (done / plan) * 100;
const numerals = ['一', '二', '三'];

export function chenghuXls(): Buffer {
  const width = 11;
  const blank = (): Value[] => Array.from({ length: width }, () => null);
  const line = (first: Value, at = 0): Value[] => {
    const row = blank();
    row[at] = first;
    return row;
  };
  const sumRow = (label: string, list: Project[]): Value[] => [
    label,
    null,
    null,
    total(list, 2),
    total(list, 3),
    total(list, 4),
    rate(total(list, 4), total(list, 3)),
    null,
    null,
    null,
    null,
  ];
  const rows: Value[][] = [line('澂浒县2023年县级重点项目建设月度调度表（1—8月）')];
  const unitLine = line('填报单位：澂浒县发展和改革局（重点项目推进办公室）');
  unitLine[9] = '单位：万元';
  rows.push(unitLine);
  rows.push([
    '序号',
    '项目名称',
    '建设性质',
    '总投资',
    '2023年计划投资',
    '1—8月累计完成',
    '完成率（%）',
    '开工时间',
    '计划竣工时间',
    '形象进度',
    '存在问题',
  ]);
  rows.push(sumRow(`合计（${all.length}个）`, all));
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: 5 } },
    { s: { r: 3, c: 0 }, e: { r: 3, c: 2 } },
  ];
  let n = 0;
  for (const [k, [name, list]] of classes.entries()) {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: 2 } });
    rows.push(sumRow(`${numerals[k]}、${name}（${list.length}个）`, list));
    for (const [pname, kind, all2, plan, done, start, end, progress, problem] of list) {
      n += 1;
      rows.push([n, pname, kind, all2, plan, done, rate(done, plan), start, end, progress, problem]);
    }
  }
  const noteAt = rows.length;
  rows.push(
    line(
      '注：1．完成率＝1—8月累计完成÷2023年计划投资；2．形象进度截至8月31日；3．南帕河中型水库工程1—8月未完成投资，列入下月重点督办；4．本表数据为项目业主单位填报，以统计部门最终核定数为准。',
    ),
  );
  merges.push({ s: { r: noteAt, c: 0 }, e: { r: noteAt, c: width - 1 } });
  const sign = blank();
  sign[1] = '填报人：杨丽芬';
  sign[5] = '审核人：李国忠';
  sign[9] = '填报日期：2023年9月6日';
  rows.push(sign);
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, '0', '0', '0', '0.0', null, null, null, null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cellRef = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cellRef && typeof value === 'number' && format) cellRef.z = format;
    }
  sheet['!merges'] = merges;
  sheet['!cols'] = [6, 34, 8, 10, 12, 12, 10, 10, 12, 30, 26].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1—8月调度');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
