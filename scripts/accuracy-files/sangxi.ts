// Held-out-294's workbook (.xlsx, session 40, written with write-excel-file through sheets.ts): a Jilin-style county
// 发展和改革局's 2023年上半年 plan-execution tables (桑溪县 under 霜浦市, invented), two sheets. 主要指标: 序号 | 指标名称 |
// 单位 | 年计划 | 1—6月完成 | 占年计划（%） | 同比增长（%） | 全市位次, growth plans written 增长A% in the 年计划 column beside
// level plans, '—' cells, minus signs for falls, an indented 其中 row and a three-line 注 (the ranks' group, the time
// schedule, comparable prices). 重点项目: 单位：万元, 序号 | 项目名称 | 建设性质 | 总投资 | 年度计划 | 1—6月完成 | 形象进度, a
// 合计 row first, eight projects (one not started, with a '—' cell), figures inside names and progress cells, and a
// 说明 row with the programme's figures in 亿元. A merged title and the bureau's signature on each sheet. Invented place
// and figures; its answers are tests/accuracy/sangxi-2023-h1-plan.answers.json.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const sangxi = { name: 'sangxi-2023-h1-plan' };

const dataRow = dataRowWith('0.0');
const SIGNATURE = '桑溪县发展和改革局　2023年7月14日';

const indicators: Line[] = [
  [1, '地区生产总值', '亿元', '增长6.5%', 58.64, '—', 5.8, 3],
  [2, '规模以上工业增加值', '亿元', '增长8%', '—', '—', 9.6, 2],
  [3, '固定资产投资', '亿元', 42, 23.35, 55.6, 14.2, 1],
  ['', '　其中：工业投资', '亿元', 15, 7.86, 52.4, 26.5, '—'],
  [4, '社会消费品零售总额', '亿元', 36.5, 17.12, 46.9, 6.7, 4],
  [5, '一般公共预算收入', '亿元', 5.8, 3.06, 52.8, -4.1, 5],
  ['', '　其中：税收收入', '亿元', 4.1, 2.03, 49.5, -7.6, '—'],
  [6, '实际利用内资', '亿元', 30, 16.8, 56, 12.3, 2],
  [7, '外贸进出口总额', '万美元', 5200, 2310, 44.4, -12.8, 6],
  [8, '城镇常住居民人均可支配收入', '元', '增长6%', 17326, '—', 5.1, 4],
  [9, '农村常住居民人均可支配收入', '元', '增长7%', 8214, '—', 7.4, 2],
];

const INDICATOR_WIDTH = 8;
const indicatorSheet: SheetData = [
  titleRow('桑溪县2023年上半年主要经济指标计划执行情况表', INDICATOR_WIDTH),
  ['序号', '指标名称', '单位', '年计划', '1—6月完成', '占年计划（%）', '同比增长（%）', '全市位次'].map((h) =>
    headerCell(h),
  ),
  ...indicators.map((line) => dataRow(line).map((cell, i) => (line[i] === '' ? null : cell))),
  noteRow('注：1.全市位次为同比增速在霜浦市6个县（市、区）中的位次。', INDICATOR_WIDTH),
  noteRow('2.序时进度按50%计。', INDICATOR_WIDTH),
  noteRow('3.地区生产总值、规模以上工业增加值增速按可比价格计算。', INDICATOR_WIDTH),
  signatureRow(SIGNATURE, INDICATOR_WIDTH, 4),
];

const projects: Line[] = [
  ['合计', '', '', 252000, 111600, 52280, '—'],
  [1, '桑溪县年产10万吨玉米深加工项目', '续建', 68000, 22000, 13650, '主体车间完工，设备安装'],
  [2, '桑溪县100兆瓦风电项目', '新建', 62500, 30000, 11800, '风机基础浇筑完成18台'],
  [3, '霜浦至桑溪二级公路改建工程', '续建', 41200, 15000, 9300, '路基完成80%，桥涵施工'],
  [4, '桑溪县人参产业园标准化厂房', '新建', 18600, 12000, 5400, '基础施工'],
  [5, '桑溪县第二高级中学新建项目', '续建', 24800, 9000, 6120, '主体封顶'],
  [6, '桑溪县城区供热管网改造工程', '新建', 9600, 9600, 2150, '管网铺设3.2公里'],
  [7, '桑溪县肉牛规模化养殖基地', '新建', 15300, 8000, 3860, '牛舍主体建设'],
  [8, '桑溪县冷链物流园项目', '新建', 12000, 6000, '—', '未开工，正在办理用地手续'],
];

const PROJECT_WIDTH = 7;
const projectSheet: SheetData = [
  titleRow('桑溪县2023年重点项目建设进展情况表（1—6月）', PROJECT_WIDTH),
  noteRow('单位：万元', PROJECT_WIDTH),
  ['序号', '项目名称', '建设性质', '总投资', '年度计划', '1—6月完成', '形象进度'].map((h) => headerCell(h)),
  ...projects.map((line) => dataRow(line).map((cell, i) => (line[i] === '' ? null : cell))),
  noteRow(
    '说明：全县2023年实施重点项目8个，总投资25.2亿元，年度计划投资11.16亿元，1—6月完成投资5.23亿元，占年度计划的46.8%，低于序时进度3.2个百分点；已开复工7个，开复工率87.5%。',
    PROJECT_WIDTH,
  ),
  signatureRow(SIGNATURE, PROJECT_WIDTH, 3),
];

export async function sangxiXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: indicatorSheet,
      sheet: '主要指标',
      columns: [
        { width: 6 },
        { width: 30 },
        { width: 8 },
        { width: 12 },
        { width: 12 },
        { width: 14 },
        { width: 14 },
        { width: 10 },
      ],
    },
    {
      data: projectSheet,
      sheet: '重点项目',
      columns: [
        { width: 6 },
        { width: 34 },
        { width: 10 },
        { width: 10 },
        { width: 10 },
        { width: 12 },
        { width: 28 },
      ],
    },
  ]).toBuffer();
}
