// The one-hundred-and-sixty-third held-out batch's Excel 97–2003 workbook (.xls, BIFF8, built with bureau-sheets.ts's
// bureauWorkbookXls): a Hubei-style county 发改局's 2026年重点项目1—9月进度 (澴岵县), two sheets: 重点项目 (序号 | 项目名称 |
// 总投资 | 年度计划 | 1—9月完成 | 占年计划% | 形象进度, a 合计 row, capacities and phases inside names, progress cells
// with figures) and 分类汇总 (项目个数, 年度计划, 1—9月完成 and 占年计划% by kind). Invented place and figures; the answers
// are tests/accuracy/huanhu-2026-q3-projects.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const huanhu = { name: 'huanhu-2026-q3-projects' };

const sheets: SheetSpec[] = [
  {
    name: '重点项目',
    title: '澴岵县2026年重点项目1—9月进度表',
    unitLine: '单位：万元',
    header: ['序号', '项目名称', '总投资', '年度计划', '1—9月完成', '占年计划%', '形象进度'],
    rows: [
      [null, '合计', 486500, 128400, 98650, 76.8, null],
      [1, '澴岵县年产20万吨绿色食品加工产业园', 126000, 32000, 27450, 85.8, '一期3栋厂房封顶，设备进场'],
      [2, '澴岵经济开发区智能装备制造基地（二期）', 98500, 26000, 18720, 72.0, '主体完工60%'],
      [3, '澴岵至溠峪快速通道改扩建工程', 85000, 24000, 19680, 82.0, '路基完成12公里，路面摊铺4公里'],
      [4, '澴岵县城区老旧小区改造项目', 42000, 18000, 12330, 68.5, '完成改造小区14个'],
      [5, '澴岵县5万千瓦农光互补光伏电站', 38000, 15400, 14200, 92.2, '组件安装完成，待并网'],
      [6, '澴岵县人民医院综合楼', 52000, 9000, 4570, 50.8, '基础施工'],
      [7, '澴水生态修复与防洪治理工程', 45000, 4000, 1700, 42.5, '完成清淤8公里'],
    ],
    notes: ['注：占年计划%为1—9月完成占年度计划投资的比重；形象进度截至9月30日。'],
    formats: [null, null, '0', '0', '0', '0.0', null],
  },
  {
    name: '分类汇总',
    title: '澴岵县2026年重点项目1—9月分类完成情况',
    unitLine: '单位：个、万元、%',
    header: ['项目类别', '项目个数', '年度计划', '1—9月完成', '占年计划%'],
    rows: [
      ['产业项目', 3, 73400, 60370, 82.2],
      ['基础设施项目', 2, 28000, 21380, 76.4],
      ['民生项目', 2, 27000, 16900, 62.6],
      ['合计', 7, 128400, 98650, 76.8],
    ],
    notes: ['注：序时进度为75%。'],
    formats: [null, '0', '0', '0', '0.0'],
  },
];

export function huanhuXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '澴岵县发展和改革局', nameWidth: 40, valueWidth: 13 });
}
