// The two-hundred-and-ninth held-out batch's workbook (session 35): a Shanxi-style county 统计局's 2025年1—9月主要经济指标
// (漳岚县 under 潞岩市) as an Excel 97–2003 .xls through bureauWorkbookXls (bureau-sheets.ts): sheet 主要指标 with 指标, 单位,
// 1—9月, 增速（%）, 全市位次 and 较上半年进退 written as 进N位/退N位/持平, indented 其中 rows (the three industries, 煤炭工业
// and 非煤工业, 工业投资, 税收收入), balances marked （9月末）, '—' cells and a four-line 注 naming 潞岩市's 12 县（市、区）,
// how 进/退 read and the 500万元 threshold; sheet 工业 with 规模以上工业总产值 and five products' output.
// Invented place and figures; the answers are tests/accuracy/zhanglan-2025-q3-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const zhanglan = { name: 'zhanglan-2025-q3-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '漳岚县2025年1—9月主要经济指标',
  unitLine: '单位：亿元、元、%',
  header: ['指标', '单位', '1—9月', '增速（%）', '全市位次', '较上半年进退'],
  rows: [
    ['地区生产总值', '亿元', 96.84, 5.8, 3, '进1位'],
    ['  第一产业增加值', '亿元', 6.12, 4.6, '—', '—'],
    ['  第二产业增加值', '亿元', 52.37, 6.9, '—', '—'],
    ['  第三产业增加值', '亿元', 38.35, 4.4, '—', '—'],
    ['规模以上工业增加值', '%', '—', 8.2, 2, '持平'],
    ['  其中：煤炭工业', '%', '—', 6.5, '—', '—'],
    ['        非煤工业', '%', '—', 15.3, '—', '—'],
    ['固定资产投资', '%', '—', 6.4, 5, '退2位'],
    ['  其中：工业投资', '%', '—', 21.7, '—', '—'],
    ['社会消费品零售总额', '亿元', 28.46, 5.1, 6, '进1位'],
    ['一般公共预算收入', '亿元', 8.73, -2.4, 9, '退3位'],
    ['  其中：税收收入', '亿元', 6.58, -5.1, '—', '—'],
    ['一般公共预算支出', '亿元', 19.26, 5.3, '—', '—'],
    ['城镇居民人均可支配收入', '元', 31458, 4.5, 7, '持平'],
    ['农村居民人均可支配收入', '元', 14026, 6.8, 3, '进2位'],
    ['金融机构各项存款余额（9月末）', '亿元', 248.63, 7.9, '—', '—'],
    ['金融机构各项贷款余额（9月末）', '亿元', 121.47, 9.6, '—', '—'],
  ],
  notes: [
    '注：1.地区生产总值为潞岩市统计局统一核算数，增速按可比价格计算。',
    '2.全市位次为增速在潞岩市12个县（市、区）中的位次；较上半年进退中“进”为位次前移，“退”为位次后移。',
    '3.规模以上工业增加值、固定资产投资按统计制度不公布总量，以“—”表示。',
    '4.固定资产投资统计范围为计划总投资500万元及以上项目。',
  ],
  formats: [null, null, null, '0.0', null, null],
};

const industry: SheetSpec = {
  name: '工业',
  title: '漳岚县2025年1—9月规模以上工业总产值及主要产品产量',
  unitLine: '单位：万元、万吨、亿千瓦时、%',
  header: ['指标', '单位', '1—9月', '增速（%）'],
  rows: [
    ['规模以上工业总产值', '万元', 1865420, 9.4],
    ['原煤产量', '万吨', 1046.8, 4.2],
    ['洗精煤产量', '万吨', 512.6, 3.1],
    ['焦炭产量', '万吨', 138.4, -3.5],
    ['发电量', '亿千瓦时', 32.65, 7.8],
    ['水泥产量', '万吨', 46.2, -8.7],
  ],
  notes: ['注：产品产量为规模以上工业企业口径。'],
  formats: [null, null, null, '0.0'],
};

export const zhanglanXls = (): Buffer =>
  bureauWorkbookXls([main, industry], { bureau: '漳岚县统计局', nameWidth: 32, valueWidth: 12 });
