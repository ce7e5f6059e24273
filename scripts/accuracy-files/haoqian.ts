// The one-hundred-and-thirty-second held-out batch's Excel 97–2003 workbook (.xls, BIFF8, through bureauWorkbookXls of
// bureau-sheets.ts): an Anhui-style county 统计局's 主要经济指标 for 2024年1—11月 (濠岍县 under 淠峰市), two sheets: 主要指标
// (指标 | 单位 | 1—11月 | 同比±% | 全市位次, growth-only rows with — cells, indented 其中 rows, a negative growth and a note
// naming the group 淠峰市8个县（市、区）) and 分行业 (规上工业 value added growth by branch: 1—11月, 1—10月 and
// 增减（百分点）, a 合计 row, negative growths).
// Invented place and figures; its answers are tests/accuracy/haoqian-2024-m11-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const haoqian = { name: 'haoqian-2024-m11-indicators' };

const DASH = '—';

const sheets: SheetSpec[] = [
  {
    name: '主要指标',
    title: '濠岍县2024年1—11月主要经济指标',
    unitLine: '2024年12月',
    header: ['指  标', '单位', '1—11月', '同比±%', '全市位次'],
    rows: [
      ['规模以上工业增加值', DASH, DASH, 8.4, 2],
      ['规模以上工业总产值', '亿元', 286.47, 7.2, DASH],
      ['固定资产投资', DASH, DASH, 6.8, 4],
      ['  其中：工业投资', DASH, DASH, 15.6, DASH],
      ['        民间投资', DASH, DASH, -3.2, DASH],
      ['房地产开发投资', '亿元', 18.36, -12.4, DASH],
      ['社会消费品零售总额', '亿元', 96.52, 5.3, 3],
      ['  其中：限额以上消费品零售额', '亿元', 31.28, 7.9, DASH],
      ['进出口总额', '万美元', 38625, 11.4, 2],
      ['一般公共预算收入', '亿元', 12.84, 4.2, 5],
      ['  其中：税收收入', '亿元', 9.36, 2.8, DASH],
      ['一般公共预算支出', '亿元', 38.65, 3.1, DASH],
      ['金融机构本外币存款余额', '亿元', 486.3, 8.6, DASH],
      ['金融机构本外币贷款余额', '亿元', 392.7, 10.2, DASH],
      ['全社会用电量', '亿千瓦时', 14.82, 6.5, DASH],
    ],
    notes: [
      '注：1.全市位次为增速在淠峰市8个县（市、区）中的位次。',
      '2.固定资产投资、工业投资、民间投资按统计制度只公布增速。',
      '3.存贷款为11月末余额，增速为比上年同月末增长。',
    ],
    formats: [null, null, '0.00', '0.0', '0'],
  },
  {
    name: '分行业',
    title: '濠岍县2024年1—11月规模以上工业分行业增加值增速',
    unitLine: '单位：%',
    header: ['行  业', '1—11月', '1—10月', '增减（百分点）'],
    rows: [
      ['规模以上工业合计', 8.4, 8.1, 0.3],
      ['  农副食品加工业', 5.6, 6.1, -0.5],
      ['  纺织服装、服饰业', -4.8, -5.3, 0.5],
      ['  非金属矿物制品业', 2.3, 2.0, 0.3],
      ['  通用设备制造业', 13.5, 12.9, 0.6],
      ['  电气机械和器材制造业', 16.8, 17.2, -0.4],
    ],
    notes: ['注：增速为规模以上工业增加值按可比价计算的同比增速，表中所列为增加值居前的五个行业。'],
    formats: [null, '0.0', '0.0', '0.0'],
  },
];

export function haoqianXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '濠岍县统计局', nameWidth: 34, valueWidth: 14 });
}
