// The three-hundred-and-twelfth held-out batch's workbook (session 41, .xlsx through bureau-sheets.ts's
// bureauWorkbookXlsx): a 山西 coal county 统计局's 2023年1—8月 统计月报 (涧沁县 under 恒汾市, invented), three sheets —
// 主要指标, 工业 (branches' growths and products: 原煤, 洗精煤, 焦炭 in 万吨, 发电量 in 万千瓦时, 煤层气 in 万立方米) and
// 投资 (growth only, by 产业, with a 按产业分 label row) — each 指标 | 单位 | 本月 | 累计 | 同比±%, '—' cells, indented
// 其中 rows, negative growths, 8月末 balances and a 注. Invented place and figures; the answers are
// tests/accuracy/jianqin-2023-m8-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const jianqin = { name: 'jianqin-2023-m8-indicators' };

const header = ['指标', '单位', '本月', '累计', '同比±%'];
const formats = [null, null, '0.00', '0.00', '0.0'];

const main: SheetSpec = {
  name: '主要指标',
  title: '涧沁县2023年1—8月主要经济指标',
  unitLine: '2023年8月',
  header,
  rows: [
    ['规模以上工业增加值', '%', '—', '—', -2.6],
    ['规模以上工业总产值', '亿元', 38.62, 326.85, -12.4],
    ['固定资产投资', '%', '—', '—', 8.6],
    ['社会消费品零售总额', '亿元', 2.86, 22.47, 5.9],
    ['一般公共预算收入', '亿元', 1.92, 28.36, -16.5],
    ['　其中：税收收入', '亿元', 1.58, 23.14, -19.8],
    ['一般公共预算支出', '亿元', 2.45, 19.82, 7.3],
    ['金融机构人民币各项存款余额（8月末）', '亿元', '—', 286.45, 6.2],
    ['金融机构人民币各项贷款余额（8月末）', '亿元', '—', 142.37, 9.8],
    ['全社会用电量', '万千瓦时', 32650, 268940, 4.6],
    ['　其中：工业用电量', '万千瓦时', 27840, 229410, 3.9],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。',
    '2.存贷款余额为8月末数，增速为比上年同期末增减。',
  ],
  formats,
};

const industry: SheetSpec = {
  name: '工业',
  title: '涧沁县2023年1—8月规模以上工业主要指标',
  unitLine: '2023年8月',
  header,
  rows: [
    ['　煤炭开采和洗选业增加值', '%', '—', '—', -4.1],
    ['　电力、热力生产和供应业增加值', '%', '—', '—', 6.3],
    ['　非煤工业增加值', '%', '—', '—', 11.8],
    ['原煤产量', '万吨', 286.4, 2215.7, -3.8],
    ['洗精煤产量', '万吨', 104.6, 852.3, -7.4],
    ['焦炭产量', '万吨', 18.5, 146.2, 2.7],
    ['发电量', '万千瓦时', 58620, 461380, 5.2],
    ['煤层气产量', '万立方米', 1240, 9865, 14.6],
    ['规模以上工业营业收入', '亿元', '—', 298.64, -18.9],
    ['规模以上工业利润总额', '亿元', '—', 46.27, -41.3],
  ],
  notes: ['注：分行业增加值增速按可比价格计算；营业收入、利润总额为1—7月数据。'],
  formats,
};

const investment: SheetSpec = {
  name: '投资',
  title: '涧沁县2023年1—8月固定资产投资主要指标',
  unitLine: '2023年8月',
  header,
  rows: [
    ['固定资产投资', '%', '—', '—', 8.6],
    ['　按产业分：', null, null, null, null],
    ['　第一产业投资', '%', '—', '—', -12.5],
    ['　第二产业投资', '%', '—', '—', 15.3],
    ['　　其中：工业投资', '%', '—', '—', 15.8],
    ['　第三产业投资', '%', '—', '—', 2.4],
    ['　其中：民间投资', '%', '—', '—', -6.7],
    ['　　　　基础设施投资', '%', '—', '—', 9.1],
    ['房地产开发投资', '万元', 3260, 24850, -21.4],
    ['商品房销售面积', '万平方米', 0.86, 6.42, -15.3],
  ],
  notes: [
    '注：固定资产投资统计范围为计划总投资500万元及以上项目（不含农户），按国家统计局要求总量不对外发布，以“—”表示。',
  ],
  formats,
};

export const jianqinXlsx = (): Buffer =>
  bureauWorkbookXlsx([main, industry, investment], { bureau: '涧沁县统计局', nameWidth: 36, valueWidth: 12 });
