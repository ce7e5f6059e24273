// Held-out-347's workbook (session 43): a Jilin-style county 统计局's 2006年1—6月 统计月报 as an Excel 97–2003 .xls
// (乐榆县) through bureauWorkbookXls (bureau-sheets.ts): one sheet 主要指标 with 指标 | 单位 | 本月 | 1—6月累计 | 上年同期 |
// 增长% ('—' where a row has no monthly figure), the quarterly GDP and its three industries, indented 其中 rows,
// negative growths (profits, real estate, foreign investment, loans, coal), figures in 万元, 万美元 and 元, a block of
// products in 吨 and livestock in 万头 under a section row, and a three-line 注. Invented place and figures; the answers
// are tests/accuracy/leyu-2006-h1-monthly.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const leyu = { name: 'leyu-2006-h1-monthly' };

const main: SheetSpec = {
  name: '主要指标',
  title: '乐榆县2006年1—6月统计月报',
  unitLine: '2006年7月',
  header: ['指标', '单位', '本月', '1—6月累计', '上年同期', '增长%'],
  rows: [
    ['地区生产总值', '万元', '—', 186420, 161530, 15.4],
    ['  第一产业', '万元', '—', 32680, 30150, 8.4],
    ['  第二产业', '万元', '—', 86270, 70380, 22.6],
    ['  第三产业', '万元', '—', 67470, 61000, 10.6],
    ['规模以上工业总产值', '万元', 28650, 158640, 124380, 27.5],
    ['  其中：轻工业', '万元', 9420, 52160, 49850, 4.6],
    ['        重工业', '万元', 19230, 106480, 74530, 42.9],
    ['规模以上工业增加值', '万元', 8610, 47350, 37640, 25.8],
    ['规模以上工业企业利润总额', '万元', '—', 6240, 7180, -13.1],
    ['全社会固定资产投资', '万元', '—', 98460, 69830, 41.0],
    ['  其中：工业投资', '万元', 12680, 54720, 36180, 51.2],
    ['        房地产开发投资', '万元', 1860, 8640, 10250, -15.7],
    ['社会消费品零售总额', '万元', 11860, 68930, 59870, 15.1],
    ['地方财政一般预算收入', '万元', 1520, 8760, 7340, 19.3],
    ['  其中：税收收入', '万元', 1180, 6420, 5480, 17.2],
    ['地方财政一般预算支出', '万元', 2960, 21480, 19650, 9.3],
    ['招商引资到位资金', '万元', 8650, 42600, 31280, 36.2],
    ['实际利用外资', '万美元', 160, 920, 1130, -18.6],
    ['外贸出口', '万美元', 240, 1380, 1160, 19.0],
    ['金融机构各项存款余额', '万元', '—', 286450, 258620, 10.8],
    ['金融机构各项贷款余额', '万元', '—', 164380, 171250, -4.0],
    ['城镇居民人均可支配收入', '元', '—', 4386, 3918, 11.9],
    ['农民人均现金收入', '元', '—', 1842, 1623, 13.5],
    ['主要产品产量', '', null, null, null, null],
    ['  原煤', '吨', 5860, 38420, 42160, -8.9],
    ['  水泥', '吨', 12480, 56830, 48260, 17.8],
    ['  生猪存栏', '万头', '—', 18.62, 17.35, 7.3],
    ['  生猪出栏', '万头', 1.28, 9.46, 8.58, 10.3],
  ],
  notes: [
    '注：1.地区生产总值及三次产业为季度核算数，增长速度按可比价格计算；规模以上工业增加值增长速度按可比价格计算。',
    '2.金融机构存贷款余额、生猪存栏为6月末数，上年同期为上年6月末数。',
    '3.“—”表示该指标无月度数据。',
  ],
  formats: [null, null, null, null, null, '0.0'],
};

export const leyuXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '乐榆县统计局', nameWidth: 30, valueWidth: 12 });
