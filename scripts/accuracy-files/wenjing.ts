// The three-hundred-and-sixtieth held-out batch's workbook (session 44): a Ningxia-style county 统计局's 2007年1—6月
// 主要经济指标 (文泾县 under 柯原市) as an Excel 97–2003 .xls through bureauWorkbookXls (bureau-sheets.ts): one sheet with
// the columns 指标名称 | 计量单位 | 本年累计 | 上年同期 | 增长%, seven sections (一、…七、) as rows with a name only,
// 其中 rows indented, three negative growths (利润总额, 房地产开发投资, 贷款余额; no product rows), incomes
// in 元, 用电量 in 万千瓦时, a three-line 注 (可比价格, 6月末 balances, the 500万元 threshold) and the bureau's
// signature. Invented place and figures; the answers are tests/accuracy/wenjing-2007-m6-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const wenjing = { name: 'wenjing-2007-m6-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '文泾县2007年1—6月主要经济指标',
  unitLine: '2007年7月',
  header: ['指标名称', '计量单位', '本年累计', '上年同期', '增长%'],
  rows: [
    ['一、国民经济核算', null, null, null, null],
    ['地区生产总值', '万元', 68420, 60150, 9.6],
    ['  第一产业', '万元', 15860, 15320, 3.2],
    ['  第二产业', '万元', 24370, 20540, 14.8],
    ['  第三产业', '万元', 28190, 24290, 10.1],
    ['二、农业', null, null, null, null],
    ['农林牧渔业总产值', '万元', 28650, 27930, 2.6],
    ['三、工业', null, null, null, null],
    ['规模以上工业增加值', '万元', 13260, 11180, 17.8],
    ['规模以上工业总产值', '万元', 41580, 34270, 21.3],
    ['规模以上工业企业利润总额', '万元', 1860, 2340, -20.5],
    ['工业用电量', '万千瓦时', 5240, 4690, 11.7],
    ['四、固定资产投资', null, null, null, null],
    ['全社会固定资产投资', '万元', 52630, 40870, 28.8],
    ['  其中：城镇固定资产投资', '万元', 44160, 33520, 31.7],
    ['        房地产开发投资', '万元', 3120, 3580, -12.8],
    ['五、国内贸易', null, null, null, null],
    ['社会消费品零售总额', '万元', 23840, 20920, 14.0],
    ['六、财政金融', null, null, null, null],
    ['大口径财政收入', '万元', 4960, 4050, 22.5],
    ['  其中：地方财政收入', '万元', 3180, 2690, 18.2],
    ['财政支出', '万元', 18640, 15230, 22.4],
    ['金融机构各项存款余额', '万元', 126480, 108350, 16.7],
    ['金融机构各项贷款余额', '万元', 71230, 74860, -4.8],
    ['七、人民生活', null, null, null, null],
    ['农民人均现金收入', '元', 1083, 958, 13.0],
    ['城镇居民人均可支配收入', '元', 4712, 4215, 11.8],
  ],
  notes: [
    '注：1.地区生产总值及三次产业增加值为初步核算数，增长速度按可比价格计算。',
    '2.存、贷款余额为6月末数，上年同期为上年6月末数。',
    '3.规模以上工业指年主营业务收入500万元及以上的工业企业。',
  ],
  formats: [null, null, '0', '0', '0.0'],
};

export const wenjingXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '文泾县统计局', nameWidth: 30, valueWidth: 12 });
