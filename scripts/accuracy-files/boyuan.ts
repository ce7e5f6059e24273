// The seventy-fifth held-out batch (session 25): a Gansu-style county's 上半年 主要经济指标完成情况表 (嶓塬县 under
// 郚州市, 2024) as the development bureau and the statistics bureau attach it (.xlsx, written with write-excel-file): two
// sheets. 完成情况: a title row, a unit line, one header row (指标名称 | 单位 | 年度目标 | 1—6月完成 | 同比增长% |
// 完成年度目标% | 增速全市排位 | 排位较一季度变化), the three industries and 其中 rows indented, growth targets written as
// text (增长8%) in the 年度目标 column, moves as 上升N/下降N/持平, — cells and a notes row (the group size in it).
// 固定资产投资: the investment by industry and by field with 年度计划, 1—6月完成, growth, share of the county's
// investment and 完成年度计划%, and a notes row with project counts. Invented place and figures; the answers are
// tests/accuracy/boyuan-2024-h1-analysis.answers.json.

import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const boyuan = { name: 'boyuan-2024-h1-analysis' };

const dataRow = dataRowWith('0.0');
const moneyRow = dataRowWith('0.00');

const SIGNATURE = '嶓塬县发展和改革局　嶓塬县统计局　2024年7月22日';

const mainHeader: Cell[] = [
  headerCell('指标名称'),
  headerCell('单位'),
  headerCell('年度目标'),
  headerCell('1—6月完成'),
  headerCell('同比增长%'),
  headerCell('完成年度目标%'),
  headerCell('增速全市排位'),
  headerCell('排位较一季度变化'),
];

const main: Line[] = [
  ['地区生产总值', '亿元', 126.0, 58.74, 6.2, 46.6, 3, '上升1'],
  ['　第一产业增加值', '亿元', 21.5, 7.96, 5.4, 37.0, '—', '—'],
  ['　第二产业增加值', '亿元', 47.8, 22.31, 7.1, 46.7, '—', '—'],
  ['　第三产业增加值', '亿元', 56.7, 28.47, 5.9, 50.2, '—', '—'],
  ['规模以上工业增加值', '%', '增长8%', '—', 9.3, '—', 2, '持平'],
  ['固定资产投资', '亿元', 48.0, 25.92, 11.6, 54.0, 1, '上升2'],
  ['　其中：工业投资', '亿元', 18.5, 8.14, 15.2, 44.0, '—', '—'],
  ['　　　　房地产开发投资', '亿元', 9.0, 3.87, -12.4, 43.0, '—', '—'],
  ['社会消费品零售总额', '亿元', 52.0, 25.63, 4.7, 49.3, 5, '下降1'],
  ['一般公共预算收入', '亿元', 6.8, 3.72, 8.9, 54.7, 4, '上升3'],
  ['　其中：税收收入', '亿元', 4.6, 2.31, 6.2, 50.2, '—', '—'],
  ['一般公共预算支出', '亿元', 31.5, 17.46, 3.8, 55.4, '—', '—'],
  ['城镇居民人均可支配收入', '元', 38600, 18927, 5.6, 49.0, 4, '持平'],
  ['农村居民人均可支配收入', '元', 14200, 6318, 7.4, 44.5, 2, '上升1'],
  ['金融机构各项存款余额', '亿元', '—', 213.46, 8.1, '—', '—', '—'],
  ['外贸进出口总额', '万元', 9500, 3862, -6.8, 40.7, 6, '下降2'],
  ['招商引资到位资金', '亿元', 42.0, 23.65, 12.7, 56.3, 3, '上升1'],
];

const MAIN_NOTE =
  '注：1.地区生产总值及三次产业增加值为市反馈的统一核算数，增速按可比价计算。2.规模以上工业增加值不反馈绝对值，年度目标为增速目标。3.固定资产投资为计划总投资500万元及以上项目（不含农户）。4.增速全市排位为在郚州市7个县（区）中的位次，排位较一季度变化中“上升”为位次前移，“下降”为位次后移。5.外贸进出口总额以人民币计。6.存款余额为6月末数，不设年度目标。';

const mainSheet: SheetData = [
  titleRow('嶓塬县2024年上半年主要经济指标完成情况表', 8),
  noteRow('单位：亿元、元、万元、%', 8),
  mainHeader,
  ...main.map((line) =>
    line[1] === '元' || line[1] === '万元' || line[1] === '%' ? dataRow(line) : moneyRow(line),
  ),
  noteRow(MAIN_NOTE, 8),
  signatureRow(SIGNATURE, 8, 4),
];

const investmentHeader: Cell[] = [
  headerCell('类别'),
  headerCell('年度计划（亿元）'),
  headerCell('1—6月完成（亿元）'),
  headerCell('同比增长（%）'),
  headerCell('占全县投资比重（%）'),
  headerCell('完成年度计划（%）'),
];

const investment: Line[] = [
  ['固定资产投资', 48.0, 25.92, 11.6, 100, 54.0],
  ['按产业分', '', '', '', '', ''],
  ['　第一产业', 3.2, 1.46, 22.5, 5.6, 45.6],
  ['　第二产业', 19.0, 8.55, 14.8, 33.0, 45.0],
  ['　　其中：工业', 18.5, 8.14, 15.2, 31.4, 44.0],
  ['　第三产业', 25.8, 15.91, 9.0, 61.4, 61.7],
  ['按领域分', '', '', '', '', ''],
  ['　基础设施投资', 14.0, 7.38, 18.3, 28.5, 52.7],
  ['　民间投资', '—', 9.66, -3.5, 37.3, '—'],
  ['　房地产开发投资', 9.0, 3.87, -12.4, 14.9, 43.0],
];

const INVESTMENT_NOTE =
  '注：1—6月全县在库施工项目126个，其中本年新开工项目47个；民间投资不下达年度计划；比重按1—6月完成额计算。';

const investmentSheet: SheetData = [
  titleRow('嶓塬县2024年1—6月固定资产投资分类完成情况', 6),
  investmentHeader,
  ...investment.map(moneyRow),
  noteRow(INVESTMENT_NOTE, 6),
  signatureRow(SIGNATURE, 6, 3),
];

export async function boyuanXlsx(): Promise<Buffer> {
  return writeXlsxFile([
    {
      data: mainSheet,
      sheet: '完成情况',
      columns: [
        { width: 28 },
        { width: 8 },
        { width: 12 },
        { width: 12 },
        { width: 12 },
        { width: 14 },
        { width: 14 },
        { width: 18 },
      ],
    },
    {
      data: investmentSheet,
      sheet: '固定资产投资',
      columns: [{ width: 22 }, { width: 18 }, { width: 18 }, { width: 16 }, { width: 20 }, { width: 18 }],
    },
  ]).toBuffer();
}
