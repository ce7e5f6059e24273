// The three-hundred-and-sixty-third held-out batch's workbook (session 44): a Hebei-style county 统计局's 2006年1—9月
// 主要经济指标 (锡屯县 under 锡阳市, both invented) as an Excel 97–2003 .xls through bureauWorkbookXls
// (bureau-sheets.ts): one sheet with the columns 指标 | 单位 | 1-9月 | 去年同期 | 增长%, eight sections (一、…八、) as
// rows with a name only, the three industries and 其中 rows indented, three negative growths (利润总额, 房地产开发投资,
// 出口总额; no product rows), incomes in 元, 用电量 in 万千瓦时, exports and foreign funds in
// 万美元, a three-line 注 (现价/可比价格, 9月末 balances, the 2006 规模以上 threshold) and the bureau's signature.
// Invented place and figures; the answers are tests/accuracy/xitun-2006-q3-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const xitun = { name: 'xitun-2006-q3-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '锡屯县2006年1-9月主要经济指标',
  unitLine: '2006年10月',
  header: ['指标', '单位', '1-9月', '去年同期', '增长%'],
  rows: [
    ['一、国民经济核算', null, null, null, null],
    ['生产总值', '万元', 486320, 418750, 14.6],
    ['  第一产业', '万元', 78450, 74210, 3.8],
    ['  第二产业', '万元', 268930, 225360, 17.9],
    ['  第三产业', '万元', 138940, 119180, 13.2],
    ['二、农业', null, null, null, null],
    ['农林牧渔业总产值', '万元', 142680, 136950, 4.2],
    ['三、工业', null, null, null, null],
    ['规模以上工业增加值', '万元', 176540, 143270, 23.2],
    ['规模以上工业总产值', '万元', 628730, 498160, 26.2],
    ['规模以上工业企业主营业务收入', '万元', 601850, 482370, 24.8],
    ['规模以上工业企业利润总额', '万元', 28460, 31250, -8.9],
    ['工业用电量', '万千瓦时', 38620, 33740, 14.5],
    ['四、固定资产投资', null, null, null, null],
    ['全社会固定资产投资', '万元', 312460, 238150, 31.2],
    ['  其中：城镇固定资产投资', '万元', 265830, 198470, 33.9],
    ['        房地产开发投资', '万元', 18740, 21560, -13.1],
    ['五、国内贸易', null, null, null, null],
    ['社会消费品零售总额', '万元', 152380, 132460, 15.0],
    ['六、对外经济', null, null, null, null],
    ['出口总额', '万美元', 4860, 5320, -8.6],
    ['实际利用外资', '万美元', 1280, 1050, 21.9],
    ['七、财政金融', null, null, null, null],
    ['全部财政收入', '万元', 38460, 31270, 23.0],
    ['  其中：地方一般预算收入', '万元', 19830, 16240, 22.1],
    ['地方一般预算支出', '万元', 41270, 34850, 18.4],
    ['城乡居民储蓄存款余额', '万元', 468520, 412370, 13.6],
    ['金融机构各项贷款余额', '万元', 286340, 271450, 5.5],
    ['八、人民生活', null, null, null, null],
    ['农民人均现金收入', '元', 3216, 2908, 10.6],
    ['城镇居民人均可支配收入', '元', 7384, 6652, 11.0],
  ],
  notes: [
    '注：1.生产总值及三次产业增加值为现价，增长速度按可比价格计算。',
    '2.存、贷款余额为9月末数，去年同期为上年9月末数。',
    '3.规模以上工业指全部国有及年产品销售收入500万元以上的非国有工业企业。',
  ],
  formats: [null, null, '0', '0', '0.0'],
};

export const xitunXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '锡屯县统计局', nameWidth: 30, valueWidth: 12 });
