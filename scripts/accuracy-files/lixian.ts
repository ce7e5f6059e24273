// The one-hundred-and-thirty-eighth held-out batch's workbook (session 32): a Hubei-style county 发展和改革局's 2025年重点项目
// progress workbook as of the end of September (浰岘县 under 汉嵩市; .xlsx, written with write-excel-file, its rows
// project-schedule.ts's) with THREE sheets, 签约项目, 开工项目 and 竣工项目, each with its merged title row, unit line, one
// header row, a 合计 row, numbered projects, a 注 row and the bureau's signature. The 签约 sheet's third column is the
// signing month and two of its projects carry 0 in 完成 (signed, not started); its first project appears again in the
// 开工 sheet with the same figures; the 竣工 sheet gives 累计完成投资 and its share of 总投资 instead of the year's figures.
// Invented place, projects and figures; the answers are tests/accuracy/lixian-2025-q3-projects.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { projectRow, type ScheduleFigures, sumRow, unitRow } from './project-schedule.js';
import { headerCell, noteRow, signatureRow, titleRow } from './sheets.js';

export const lixian = { name: 'lixian-2025-q3-projects' };

const COLUMNS = 8;

/** 序号, 项目名称, the third column (签约时间, 建设性质 or 竣工时间), four figures, 进度. */
type Project = readonly [number, string, string, number, number, number, number, string];

const signed: Project[] = [
  [1, '浰岘县年产5万吨竹木纤维新材料项目', '2025年3月', 52000, 8000, 3650, 45.6, '已开工，厂房基础施工'],
  [2, '浰岘经济开发区新能源汽车零部件产业园', '2025年4月', 108000, 15000, 0, 0, '已签约，土地挂牌中'],
  [3, '浰岘县农产品冷链物流园', '2025年5月', 36000, 6000, 2100, 35.0, '场地平整'],
  [4, '浰岘县文旅康养综合体（一期）', '2025年6月', 68000, 5000, 0, 0, '规划设计'],
  [5, '浰岘县光伏发电储能一体化项目', '2025年7月', 45000, 10000, 4200, 42.0, '光伏组件进场'],
];
const signedTotal: ScheduleFigures = [309000, 44000, 9950, 22.6];

const started: Project[] = [
  [1, '浰岘县年产5万吨竹木纤维新材料项目', '新建', 52000, 8000, 3650, 45.6, '厂房基础施工'],
  [2, '汉嵩至浰岘一级公路（浰岘段）', '续建', 186000, 42000, 33600, 80.0, '路基完成85%，桥梁下部结构施工'],
  [3, '浰岘县人民医院外科综合楼', '续建', 32000, 12000, 9840, 82.0, '主体封顶，内部装修'],
  [4, '浰岘县城区污水处理厂提标改造工程', '新建', 14500, 9000, 6120, 68.0, '设备安装'],
  [5, '浰岘县第二高级中学', '续建', 46000, 15000, 12450, 83.0, '教学楼装饰装修'],
  [6, '浰岘县高标准农田建设项目', '新建', 12800, 12800, 7680, 60.0, '完成土地平整1.6万亩'],
];
const startedTotal: ScheduleFigures = [343300, 98800, 73340, 74.2];

const finished: Project[] = [
  [1, '浰岘县城乡供水一体化工程', '2025年6月', 28600, 9600, 28600, 100.0, '已竣工通水'],
  [2, '浰岘县电子信息产业园标准厂房（二期）', '2025年8月', 21500, 11000, 21500, 100.0, '已竣工，3家企业入驻'],
  [3, '浰岘县滨江公园', '2025年9月', 8600, 5200, 8420, 97.9, '已竣工，正在结算'],
  [4, '浰岘县农村公路提档升级工程', '2025年9月', 15200, 15200, 14860, 97.8, '已完工，待验收'],
];
const finishedTotal: ScheduleFigures = [73900, 41000, 73380, 99.3];

const row = ([n, name, third, planned, year, done, share, stage]: Project): Cell[] =>
  projectRow(n, name, { value: third, align: 'center' }, [planned, year, done, share], stage);

const yearHeader = ['总投资', '2025年计划投资', '1—9月完成投资', '完成年度计划（%）'];

const sheet = (
  title: string,
  third: string,
  figures: string[],
  projects: Project[],
  total: ScheduleFigures,
  note: string,
): SheetData => [
  titleRow(title, COLUMNS),
  unitRow('单位：万元', COLUMNS),
  ['序号', '项目名称', third, ...figures, '项目进度'].map((h) => headerCell(h)),
  sumRow('合计', total, 'center'),
  ...projects.map(row),
  noteRow(note, COLUMNS),
  signatureRow('浰岘县发展和改革局　2025年10月11日', COLUMNS, 3),
];

const columns = [
  { width: 6 },
  { width: 38 },
  { width: 12 },
  { width: 12 },
  { width: 14 },
  { width: 14 },
  { width: 14 },
  { width: 28 },
];

export async function lixianXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: sheet(
        '浰岘县2025年重点项目（签约）进展情况表（截至9月底）',
        '签约时间',
        yearHeader,
        signed,
        signedTotal,
        '注：完成为0的项目已签约未开工；完成年度计划为1—9月完成投资占2025年计划投资的比例。',
      ),
      sheet: '签约项目',
      columns,
    },
    {
      data: sheet(
        '浰岘县2025年重点项目（开工）进展情况表（截至9月底）',
        '建设性质',
        yearHeader,
        started,
        startedTotal,
        '注：开工项目含今年新开工项目和续建项目；完成年度计划为1—9月完成投资占2025年计划投资的比例。',
      ),
      sheet: '开工项目',
      columns,
    },
    {
      data: sheet(
        '浰岘县2025年重点项目（竣工）进展情况表（截至9月底）',
        '竣工时间',
        ['总投资', '2025年计划投资', '累计完成投资', '占总投资（%）'],
        finished,
        finishedTotal,
        '注：累计完成投资为项目开工以来完成的投资。',
      ),
      sheet: '竣工项目',
      columns,
    },
  ]).toBuffer();
}
