// Held-out-331's indicator sheet (.xls, session 42, bureauWorkbookXls): a Gansu-style county 统计局's 2018年1—4月 主要经济指标
// (筱塬县, invented): 指标 | 单位 | 1—4月 | 同比±% | 全市排位 | 较上月(±), levels in 万元 (a 万人次 row), 其中 rows, negative
// growths, ranks with moves signed +/−, 持平 for an unchanged rank and — for a rank or move not given, a three-point 注 and the
// bureau's signature. Invented place and figures; its answers are tests/accuracy/xiaoyuan-2018-m4-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const xiaoyuan = { name: 'xiaoyuan-2018-m4-indicators' };

const main: SheetSpec = {
  name: '1—4月',
  title: '筱塬县2018年1—4月主要经济指标',
  unitLine: '单位：万元、万人次、万千瓦时、%',
  header: ['指标', '单位', '1—4月', '同比±%', '全市排位', '较上月(±)'],
  rows: [
    ['规模以上工业增加值', '万元', 41286, 6.8, 3, '持平'],
    ['规模以上工业总产值', '万元', 152430, 9.4, 2, 1],
    ['固定资产投资（不含农户）', '万元', 186520, 16.3, 4, -2],
    ['　其中：民间投资', '万元', 92418, -5.7, 5, 1],
    ['　　　　房地产开发投资', '万元', 23645, 12.9, '—', '—'],
    ['社会消费品零售总额', '万元', 98764, 10.6, 2, '持平'],
    ['一般公共预算收入', '万元', 14235, 18.2, 1, 2],
    ['　其中：税收收入', '万元', 10476, 21.5, 2, '—'],
    ['一般公共预算支出', '万元', 68312, 8.4, 6, -1],
    ['金融机构各项存款余额', '万元', 1284630, 9.1, 3, '持平'],
    ['金融机构各项贷款余额', '万元', 746215, 13.7, 2, 1],
    ['全社会用电量', '万千瓦时', 18625, -3.2, 5, -1],
    ['接待游客人数', '万人次', 68.4, 22.6, 4, '—'],
    ['旅游综合收入', '万元', 39870, 25.1, 3, 1],
  ],
  notes: [
    '注：1.全市排位为增速在全市7个县（区）中的位次；较上月(±)为位次与1—3月相比的升降，“+”为前移，“-”为后移。',
    '2.地区生产总值、居民收入按季度核算，本表不列。',
    '3.“—”表示未排位或上月未排位。',
  ],
  formats: [null, null, null, '0.0', '0', '+0;-0;0'],
};

export const xiaoyuanXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '筱塬县统计局', nameWidth: 30, valueWidth: 12 });
