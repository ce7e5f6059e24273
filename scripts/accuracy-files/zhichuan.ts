// The one-hundred-and-first held-out batch (session 30): a Henan-style provincial development zone's management
// committee's 2025年1—9月经济运行简报 as the workbook it attaches (.xlsx, written with write-excel-file as gehui's
// is) with THREE sheets: 主要指标 (指标 | 单位 | 1—9月 | 同比增长% | 年度目标 | 完成进度%, targets in words for the
// growth-only rows, — cells, a 其中 row, 注 lines and the signature), 重点企业 (each firm's 1—9月 产值, growth and
// share of the zone, a 合计 row) and 重点项目 (总投资, 2025年计划投资, 1—9月完成投资, 完成率 and 形象进度, a 合计 row).
// Invented place (滍川经济开发区 under 潕阳市), firms, projects and figures; the answers are
// tests/accuracy/zhichuan-2025-q3-analysis.answers.json, written by hand.

import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const zhichuan = { name: 'zhichuan-2025-q3-analysis' };

const dataRow = dataRowWith('0.0');
const dataRow2 = dataRowWith('0.00');

const indicators: Line[] = [
  ['规模以上工业总产值', '亿元', 286.4, 10.2, 380, 75.4],
  ['规模以上工业增加值', '%', '—', 8.6, '增长8.5%', '—'],
  ['规上工业营业收入', '亿元', 312.7, 9.8, 420, 74.5],
  ['工业用电量', '亿千瓦时', 18.7, 7.9, '—', '—'],
  ['固定资产投资', '%', '—', 12.4, '增长10%以上', '—'],
  ['　其中：工业投资', '%', '—', 18.3, '—', '—'],
  ['一般公共预算收入', '亿元', 6.84, 4.3, 8.8, 77.7],
  ['税收收入', '亿元', 9.62, 5.1, 12.5, 77.0],
  ['进出口总额', '亿元', 41.3, -6.2, 60, 68.8],
  ['实际使用外资', '万美元', 3150, 16.7, 4000, 78.8],
  ['招商引资实际到位省外资金', '亿元', 52.6, 11.4, 68, 77.4],
];

const firms: Line[] = [
  [1, '河南滍川锂能新材料有限公司', 48.6, 21.4, 17.0],
  [2, '潕阳昊丰铝业股份有限公司', 37.2, 6.8, 13.0],
  [3, '滍川中联食品有限公司', 25.9, 9.5, 9.0],
  [4, '河南瑞枫装备制造有限公司', 18.4, -3.6, 6.4],
  [5, '潕阳新岚纺织有限公司', 14.7, 4.2, 5.1],
  [6, '滍川华澍生物科技有限公司', 11.3, 32.5, 3.9],
  [7, '河南锦泓包装材料有限公司', 8.6, -8.1, 3.0],
  [8, '滍川恒达汽车零部件有限公司', 7.9, 15.6, 2.8],
];
const firmsTotal: Line = ['', '合计', 172.6, 10.9, 60.3];

const projects: Line[] = [
  [1, '滍川锂能年产5万吨负极材料项目', '续建', 260000, 80000, 68500, 85.6, '二号车间设备调试，10月试生产'],
  [2, '昊丰铝业再生铝循环利用项目', '新建', 120000, 45000, 31200, 69.3, '主厂房钢结构完成70%'],
  [3, '滍川经开区智能装备产业园（一期）', '续建', 85000, 30000, 24600, 82.0, '6栋标准厂房主体封顶'],
  [4, '华澍生物合成生物学中试基地', '新建', 42000, 18000, 9700, 53.9, '完成桩基施工'],
  [5, '滍川经开区综合污水处理厂扩建工程', '续建', 36000, 15000, 13800, 92.0, '设备安装完成，进入联调'],
  [6, '经开区滍水大道东延工程', '新建', 28000, 12000, 4300, 35.8, '路基施工，征迁未完成'],
];
const projectsTotal: Line = ['', '合计', '', 571000, 200000, 152100, 76.1, ''];

const mainSheet: SheetData = [
  titleRow('滍川经济开发区2025年1—9月主要经济指标完成情况', 6),
  ['指标', '单位', '1—9月', '同比增长%', '年度目标', '完成进度%'].map((h) => headerCell(h)),
  ...indicators.map(dataRow2),
  noteRow('注：1.完成进度为1—9月累计完成值占年度目标的比重，序时进度为75%。', 6),
  noteRow('2.规模以上工业增加值增速按可比价格计算；固定资产投资为500万元以上项目口径。', 6),
  noteRow('3.“—”表示无此项数据或该项不设总量目标。', 6),
  signatureRow('滍川经济开发区管理委员会经济发展局　2025年10月14日', 6, 3),
];

const firmSheet: SheetData = [
  titleRow('滍川经济开发区2025年1—9月重点企业产值情况', 5),
  ['序号', '企业名称', '1—9月产值（亿元）', '同比增长%', '占全区规上工业总产值比重%'].map((h) =>
    headerCell(h),
  ),
  ...firms.map(dataRow),
  dataRow(firmsTotal),
  noteRow('注：重点企业为1—9月产值7亿元以上的规上工业企业。', 5),
];

const projectSheet: SheetData = [
  titleRow('滍川经济开发区2025年重点项目1—9月建设进度', 8),
  noteRow('单位：万元', 8),
  ['序号', '项目名称', '建设性质', '总投资', '2025年计划投资', '1—9月完成投资', '完成率%', '形象进度'].map(
    (h) => headerCell(h),
  ),
  ...projects.map(dataRow),
  dataRow(projectsTotal),
  noteRow('注：完成率为1—9月完成投资占2025年计划投资的比例；形象进度截至9月30日。', 8),
];

export async function zhichuanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '主要指标',
      columns: [{ width: 28 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 12 }],
    },
    {
      data: firmSheet,
      sheet: '重点企业',
      columns: [{ width: 6 }, { width: 32 }, { width: 18 }, { width: 12 }, { width: 24 }],
    },
    {
      data: projectSheet,
      sheet: '重点项目',
      columns: [
        { width: 6 },
        { width: 36 },
        { width: 10 },
        { width: 10 },
        { width: 14 },
        { width: 14 },
        { width: 10 },
        { width: 30 },
      ],
    },
  ]).toBuffer();
}
