// The one-hundred-and-thirteenth held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as chenghu.ts
// and hetuan.ts write theirs): 峱汶区's (under 汶岚市, Shandong) 2025年1—10月 市级以上重点项目推进情况表 as its development and
// reform bureau sends it round: a title row merged across the sheet, the compiling unit and the unit (万元), a summary line
// merged across the sheet (the programme's count, 总投资, 年度计划投资, 1—10月累计完成, 占年度计划的A%, 低于时序进度B个百分点
// with 时序进度按C%计, 开工率), one header row of nine columns (序号 | 项目名称 | 建设地点 | 总投资 | 2025年计划投资 | 1—10月
// 完成投资 | 进度（%） | 形象进度 | 责任单位), a project with nothing done, one ahead of its plan (108.0), a 合计 row last,
// a note row and a 填报人/审核人 line. 进度 cells are computed doubles shown through a 0.0 format. Invented place, projects and
// figures; its answers are tests/accuracy/naowen-2025-m10-projects.answers.json.

import * as XLSX from '@e965/xlsx';

export const naowen = { name: 'naowen-2025-m10-projects' };

type Value = string | number | null;

/** 项目名称, 建设地点, 总投资, 2025年计划投资, 1—10月完成投资 (万元), 形象进度, 责任单位. */
type Project = readonly [string, string, number, number, number, string, string];

const projects: Project[] = [
  [
    '峱汶区年产5万吨锂电池负极材料项目',
    '峱汶经济开发区',
    320000,
    85000,
    76500,
    '主体完工，设备安装调试中',
    '峱汶经济开发区管委会',
  ],
  [
    '汶岚北站综合交通枢纽项目',
    '汶北街道',
    186000,
    42000,
    31080,
    '站房主体施工，地下通道完成60%',
    '区交通运输局',
  ],
  [
    '峱汶区高端装备制造产业园（二期）',
    '峱汶经济开发区',
    150000,
    38000,
    34960,
    '6栋标准厂房封顶',
    '区工业和信息化局',
  ],
  [
    '峱汶区老旧小区改造提升工程',
    '城区各街道',
    48600,
    16000,
    15200,
    '已完成28个小区改造',
    '区住房和城乡建设局',
  ],
  ['峱汶区第二人民医院新院区', '汶南街道', 96000, 25000, 17500, '门诊楼主体施工至8层', '区卫生健康局'],
  ['峱汶区生活垃圾焚烧发电二期工程', '石岭镇', 62000, 20000, 21600, '已并网发电', '区城市管理局'],
  ['峱汶区智慧冷链物流园', '峱汶经济开发区', 55000, 12000, 0, '未开工（土地手续办理中）', '区商务局'],
  ['汶河峱汶段生态综合治理工程', '沿河三镇', 38500, 14000, 11340, '河道清淤完成80%', '区水利局'],
];

const total = (at: 2 | 3 | 4) => projects.reduce((sum, p) => sum + p[at], 0);
const rate = (done: number, plan: number) => (plan > 0 ? (done / plan) * 100 : 0);

export function naowenXls(): Buffer {
  const width = 9;
  const line = (first: Value, at = 0): Value[] => {
    const row: Value[] = Array.from({ length: width }, () => null);
    row[at] = first;
    return row;
  };
  const rows: Value[][] = [line('峱汶区2025年1—10月市级以上重点项目推进情况表')];
  const unitLine = line('填报单位：峱汶区发展和改革局');
  unitLine[7] = '单位：万元';
  rows.push(unitLine);
  rows.push(
    line(
      '截至10月底，全区8个市级以上重点项目总投资95.61亿元，年度计划投资25.2亿元，1—10月累计完成投资20.82亿元，占年度计划的82.6%，低于时序进度0.7个百分点（时序进度按83.3%计）；计划开工的8个项目已开工7个，开工率87.5%。',
    ),
  );
  rows.push([
    '序号',
    '项目名称',
    '建设地点',
    '总投资',
    '2025年计划投资',
    '1—10月完成投资',
    '进度（%）',
    '形象进度',
    '责任单位',
  ]);
  for (const [n, [name, place, all, plan, done, progress, owner]] of projects.entries())
    rows.push([n + 1, name, place, all, plan, done, rate(done, plan), progress, owner]);
  rows.push(['合计', null, null, total(2), total(3), total(4), rate(total(4), total(3)), null, null]);
  const noteAt = rows.length;
  rows.push(
    line(
      '注：进度＝1—10月完成投资÷2025年计划投资；形象进度截至10月31日；数据由项目责任单位填报，以统计部门核定数为准。',
    ),
  );
  const sign = line('填报人：刘晓静');
  sign[3] = '审核人：孙建国';
  sign[7] = '2025年11月5日';
  rows.push(sign);
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, '0', '0', '0', '0.0', null, null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cellRef = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cellRef && typeof value === 'number' && format && r > 3) cellRef.z = format;
    }
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: 5 } },
    { s: { r: 2, c: 0 }, e: { r: 2, c: width - 1 } },
    { s: { r: 4 + projects.length, c: 0 }, e: { r: 4 + projects.length, c: 2 } },
    { s: { r: noteAt, c: 0 }, e: { r: noteAt, c: width - 1 } },
  ];
  sheet['!cols'] = [6, 34, 14, 10, 14, 14, 10, 28, 20].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '1—10月');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
