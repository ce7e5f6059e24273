// The three-hundred-and-fifteenth held-out batch's Excel 97–2003 workbook (session 41, .xls through bureau-sheets.ts's
// bureauWorkbookXls): a Yunnan-style county 统计局's 2012年统计年报 summary (者郎县 under the invented 昭岩州), one sheet
// 主要指标 | 单位 | 2012年 | 2011年 | 增长% | 全州位次 in the 十二五 years of fast growth: levels in 万元 and 元, a 其中 row
// indented with full-width spaces, negative growths (粮食, 烤烟), rates whose 增长 cell is a change in points (注 2), ranks
// among the 州's 10 counties for some rows only ('—' elsewhere) and a three-line 注. Invented place and figures; the
// answers are tests/accuracy/zhelang-2012-fy-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const zhelang = { name: 'zhelang-2012-fy-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '者郎县2012年国民经济主要指标（统计年报）',
  unitLine: '单位：万元、元、%',
  header: ['主要指标', '单位', '2012年', '2011年', '增长%', '全州位次'],
  rows: [
    ['地区生产总值', '万元', 586420, 498730, 13.8, 5],
    ['　第一产业增加值', '万元', 172360, 158140, 6.2, '—'],
    ['　第二产业增加值', '万元', 196850, 158260, 19.6, '—'],
    ['　　其中：工业增加值', '万元', 142680, 112930, 21.4, '—'],
    ['　第三产业增加值', '万元', 217210, 182330, 12.9, '—'],
    ['规模以上工业增加值', '万元', 98540, 78620, 23.6, 3],
    ['全社会固定资产投资', '万元', 724800, 521300, 39.0, 4],
    ['社会消费品零售总额', '万元', 198650, 170540, 16.5, 6],
    ['地方公共财政预算收入', '万元', 48260, 37150, 29.9, 2],
    ['公共财政预算支出', '万元', 286540, 238760, 20.0, '—'],
    ['金融机构各项存款余额', '万元', 612300, 518600, 18.1, '—'],
    ['金融机构各项贷款余额', '万元', 398700, 342100, 16.5, '—'],
    ['城镇居民人均可支配收入', '元', 17265, 15218, 13.5, 7],
    ['农民人均纯收入', '元', 5128, 4392, 16.8, 1],
    ['粮食总产量', '吨', 152360, 156880, -2.9, '—'],
    ['烤烟收购量', '吨', 8640, 9215, -6.2, '—'],
    ['全社会用电量', '万千瓦时', 41260, 36830, 12.0, '—'],
    ['接待游客', '万人次', 128.6, 104.2, 23.4, '—'],
    ['旅游总收入', '万元', 92800, 73600, 26.1, '—'],
    ['城镇化率', '%', 28.6, 26.9, 1.7, '—'],
    ['城镇登记失业率', '%', 3.8, 3.9, -0.1, '—'],
  ],
  notes: [
    '注：1.地区生产总值、增加值增长速度按可比价格计算；全州位次为增长速度在昭岩州10个县（市）中的位次。',
    '2.城镇化率、城镇登记失业率的增长栏为比上年增减百分点。',
    '3.规模以上工业为年主营业务收入2000万元及以上的工业企业；固定资产投资统计起点为计划总投资500万元。',
  ],
  formats: [null, null, null, null, '0.0', null],
};

export const zhelangXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '者郎县统计局', nameWidth: 28, valueWidth: 11 });
