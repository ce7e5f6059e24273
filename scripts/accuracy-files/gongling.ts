// The three-hundred-and-sixty-fourth held-out batch's workbook (session 44): a Zhejiang-style county 统计局's 2010年7月
// 主要经济指标 (宫岭县 under 宫州市, both invented) as an .xlsx through bureauWorkbookXlsx (bureau-sheets.ts): one sheet with
// the columns 指标 | 单位 | 7月 | 1-7月 | 累计增长%, 其中 rows indented under 规模以上工业总产值, 全社会固定资产投资 and 财政总收入,
// '—' in the 7月 column where a measure is not kept by month, three negative growths (房地产开发投资, 外贸进口总额,
// 实际利用外资), exports and foreign funds in 万美元, electricity in 万千瓦时, a three-line 注 and the bureau's signature. Invented place and figures; the answers are tests/accuracy/gongling-2010-m7-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const gongling = { name: 'gongling-2010-m7-indicators' };

const main: SheetSpec = {
  name: '主要经济指标',
  title: '宫岭县2010年7月主要经济指标',
  unitLine: '2010年8月',
  header: ['指标', '单位', '7月', '1-7月', '累计增长%'],
  rows: [
    ['规模以上工业总产值', '万元', 182460, 1186350, 27.4],
    ['  其中：出口交货值', '万元', 48720, 315480, 33.6],
    ['        新产品产值', '万元', 36150, 221740, 41.2],
    ['规模以上工业增加值', '万元', 38940, 251680, 18.9],
    ['规模以上工业销售产值', '万元', 178350, 1158240, 28.1],
    ['工业用电量', '万千瓦时', 14860, 96320, 16.2],
    ['全社会固定资产投资', '万元', '—', 486530, 21.7],
    ['  其中：工业投资', '万元', '—', 182460, 15.3],
    ['        房地产开发投资', '万元', '—', 96280, -8.4],
    ['社会消费品零售总额', '万元', 41250, 286740, 18.6],
    ['财政总收入', '万元', 28640, 224580, 24.3],
    ['  其中：地方财政收入', '万元', 15270, 126350, 26.8],
    ['外贸出口总额', '万美元', 11860, 73420, 35.2],
    ['外贸进口总额', '万美元', 2140, 15830, -6.2],
    ['实际利用外资', '万美元', 860, 5240, -16.5],
    ['金融机构各项存款余额', '万元', '—', 2864350, 17.6],
    ['金融机构各项贷款余额', '万元', '—', 2136780, 21.4],
  ],
  notes: [
    '注：1.规模以上工业统计范围为年主营业务收入500万元及以上的工业企业。',
    '2.全社会固定资产投资按月累计统计，不单列当月数。',
    '3.存、贷款余额为7月末数，增长为比上年同期增长。',
  ],
  formats: [null, null, '0', '0', '0.0'],
};

export const gonglingXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '宫岭县统计局', nameWidth: 28, valueWidth: 12 });
