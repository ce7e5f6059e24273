// Session 15 (gxls): two Excel 97–2003 workbooks (.xls, BIFF8, written with SheetJS) of 瑶沙县 (under 岐川市),
// invented place, projects and figures. The accuracy fixture is the county development and reform bureau's
// 1-4月 key-project schedule as such bureaus attach it (…重点项目计划完成表.xls): a title row merged across
// the sheet, a unit line, one header row (序号 | 项目名称 | 建设内容及规模 | 总投资 | 年度计划投资 | 1-4月累计
// 完成投资 | 完成年度计划% | 形象进度), a 合计 row, 一、续建项目 / 二、新建项目 group rows merged over three
// columns with their subtotals, a 注 row, the bureau's signature, and the empty second sheet WPS leaves.
// Figures are doubles shown through their number formats (a completion share stored as 41.300000000000004
// in a 0.0 cell shows 41.3). Its answers are tests/accuracy/yaosha-2025-m4-projects.answers.json.
// The ingest fixture (tests/fixtures/formats/yaosha-2025-m4-indicators.xls) is the county statistics
// bureau's 主要经济指标: a two-row header with merged cells (指标名称 and 单位 merged down, 4月 and 1-4月
// each over 绝对值 and 增长%), one- and two-decimal formats, a percent format, a thousands separator, a
// date cell (制表日期), and a second sheet of month-end balances.

import * as XLSX from '@e965/xlsx';

export const yaosha = { name: 'yaosha-2025-m4-projects' };
export const yaoshaIndicators = { name: 'yaosha-2025-m4-indicators' };

type Value = string | number | null;
type Merge = [row: number, column: number, rows: number, columns: number];

/** A sheet from rows of values, each number given its format by column, with the merged ranges. */
function sheetOf(rows: Value[][], formats: (string | null)[], merges: Merge[]): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format) cell.z = format;
    }
  sheet['!merges'] = merges.map(([r, c, rows, columns]) => ({
    s: { r, c },
    e: { r: r + rows - 1, c: c + columns - 1 },
  }));
  return sheet;
}

const biff8 = (workbook: XLSX.WorkBook): Buffer =>
  XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });

/** 序号, 项目名称, 建设内容及规模, 总投资, 年度计划投资, 1-4月累计完成投资, 形象进度 (万元). */
type Project = readonly [number, string, string, number, number, number, string];

const continuing: Project[] = [
  [
    1,
    '瑶沙县城区供水管网改造工程',
    '改造供水主管网46公里，新建加压泵站2座',
    18600,
    6200,
    2560,
    '完成管网铺设19公里',
  ],
  [
    2,
    '瑶沙经济开发区新能源电池材料项目',
    '年产3万吨正极材料生产线',
    126000,
    38000,
    14630,
    '一号车间设备调试',
  ],
  [3, '岐瑶快速通道（瑶沙段）', '新建一级公路21.4公里', 74500, 22000, 8140, '路基完成60%'],
  [4, '瑶沙县中医医院迁建项目', '建筑面积5.8万平方米，床位500张', 46200, 12500, 5380, '主体施工至8层'],
];

const starting: Project[] = [
  [5, '瑶沙县冷链物流中心', '冷库库容3万吨，分拣中心1.2万平方米', 28400, 9600, 1730, '完成场地平整'],
  [6, '瑶沙县第二实验小学', '建筑面积2.6万平方米，学位1800个', 14800, 7000, 2310, '基础施工'],
  [7, '瑶沙县五万亩高标准农田建设项目', '建设高标准农田5万亩', 9000, 9000, 4220, '完成土地平整2.1万亩'],
];

const sum = (projects: Project[], at: 3 | 4 | 5) => projects.reduce((total, p) => total + p[at], 0);
/** The completion share as a spreadsheet computes it: a double, shown through the 0.0 format. */
const share = (done: number, planned: number) => (done / planned) * 100;

const groupRow = (label: string, projects: Project[]): Value[] => {
  const [year, done] = [sum(projects, 4), sum(projects, 5)];
  return [label, null, null, sum(projects, 3), year, done, share(done, year), null];
};

const projectRow = ([n, name, scope, planned, year, done, stage]: Project): Value[] => [
  n,
  name,
  scope,
  planned,
  year,
  done,
  share(done, year),
  stage,
];

export function yaoshaXls(): Buffer {
  const all = [...continuing, ...starting];
  const rows: Value[][] = [
    ['瑶沙县2025年1-4月县重点项目计划完成表', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, '单位：万元'],
    [
      '序号',
      '项目名称',
      '建设内容及规模',
      '总投资',
      '2025年计划投资',
      '1-4月累计完成投资',
      '完成年度计划%',
      '形象进度',
    ],
    groupRow('合计', all),
    groupRow(`一、续建项目（${continuing.length}个）`, continuing),
    ...continuing.map(projectRow),
    groupRow(`二、新建项目（${starting.length}个）`, starting),
    ...starting.map(projectRow),
    ['注：形象进度截至4月30日。', null, null, null, null, null, null, null],
    [null, null, null, null, null, '瑶沙县发展和改革局', null, null],
  ];
  const groups = rows.flatMap((row, r) => (/^(合计|[一二]、)/.test(String(row[0])) ? [r] : []));
  const merges: Merge[] = [
    [0, 0, 1, 8],
    [rows.length - 2, 0, 1, 8],
    ...groups.map((r): Merge => [r, 0, 1, 3]),
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    sheetOf(rows, ['0', null, null, '0', '0', '0', '0.0', null], merges),
    '1-4月',
  );
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([]), 'Sheet2');
  return biff8(workbook);
}

export function yaoshaIndicatorsXls(): Buffer {
  const main: Value[][] = [
    ['瑶沙县2025年1-4月主要经济指标', null, null, null, null, null],
    [null, null, null, null, null, '单位：万元'],
    ['指标名称', '单位', '4月', null, '1-4月', null],
    [null, null, '绝对值', '增长%', '绝对值', '增长%'],
    ['规模以上工业总产值', '万元', 38615, 7.1, 146273, 6.3],
    ['社会消费品零售总额', '万元', 21408.5, 0.1 + 0.2 + 4, 83127.25, 4.6],
    ['外贸进出口总额', '万美元', 1204, 0.152, 4712, 0.118],
    ['制表日期', null, new Date(Date.UTC(2025, 4, 12)) as unknown as number, null, null, null],
  ];
  const sheet = sheetOf(
    main,
    [null, null, '#,##0.0', '0.0', '#,##0.00', '0.0'],
    [
      [0, 0, 1, 6],
      [2, 0, 2, 1],
      [2, 1, 2, 1],
      [2, 2, 1, 2],
      [2, 4, 1, 2],
    ],
  );
  // 外贸 growth is kept as a fraction shown as a percent; the date cell in the bureau's 年月日 format.
  for (const c of ['D7', 'F7']) {
    const cell = sheet[c];
    if (cell) cell.z = '0.0%';
  }
  const dated = sheet.C8;
  if (dated) dated.z = 'yyyy"年"m"月"d"日"';
  const balances = sheetOf(
    [
      ['瑶沙县2025年4月末金融机构存贷款', null, null, null],
      ['指标名称', '4月末', '比年初增长%', '同比增长%'],
      ['金融机构本外币各项存款余额（亿元）', 152.36, 5.27, 8.4],
      ['金融机构本外币各项贷款余额（亿元）', 118.09, 3.1, 6.25],
    ],
    [null, '0.00', '0.00', '0.00'],
    [[0, 0, 1, 4]],
  );
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '主要指标');
  XLSX.utils.book_append_sheet(workbook, balances, '金融');
  return biff8(workbook);
}
