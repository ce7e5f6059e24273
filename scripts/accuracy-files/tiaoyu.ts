// Held-out-329's Excel 97–2003 workbook (session 42, .xls through bureau-sheets.ts's bureauWorkbookXls): a Zhejiang-style
// export county 统计局's 2009年2月统计月报 (苕屿县, invented), one sheet of 指标 | 单位 | 本月 | 累计 | 同比增长%, in the crisis
// winter: 规上工业 output, value added, sales and 出口交货值 falling, power use and 工业用电量 down, 外贸出口 and 实际利用外资 in
// 万美元 down, investment and retail still up, 2月末 balances with a '—' 本月 cell, a three-point 注 and the bureau's name.
// Invented place and figures; the answers are tests/accuracy/tiaoyu-2009-m2-monthly.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const tiaoyu = { name: 'tiaoyu-2009-m2-monthly' };

const main: SheetSpec = {
  name: '主要经济指标',
  title: '苕屿县2009年2月统计月报（主要经济指标）',
  unitLine: '单位：万元、万美元、万千瓦时、%',
  header: ['指标', '单位', '本月', '累计', '同比增长%'],
  rows: [
    ['规模以上工业总产值', '万元', 186420, 398650, -8.6],
    ['规模以上工业增加值', '万元', 38650, 82470, -6.2],
    ['规模以上工业销售产值', '万元', 181230, 389140, -9.1],
    ['　其中：出口交货值', '万元', 72860, 156320, -21.4],
    ['全社会用电量', '万千瓦时', 14260, 30580, -11.3],
    ['　其中：工业用电量', '万千瓦时', 10840, 23150, -15.7],
    ['固定资产投资', '万元', '—', 96840, 24.6],
    ['社会消费品零售总额', '万元', 48630, 103520, 14.2],
    ['外贸出口', '万美元', 11280, 24650, -18.9],
    ['实际利用外资', '万美元', 620, 1380, -32.5],
    ['财政总收入', '万元', 21360, 52840, -3.8],
    ['　其中：地方一般预算收入', '万元', 10420, 26170, 2.6],
    ['金融机构各项存款余额', '万元', '—', 3286400, 15.8],
    ['金融机构各项贷款余额', '万元', '—', 2374600, 21.4],
  ],
  notes: [
    '注：1.规模以上工业指年销售收入500万元及以上的工业企业。',
    '2.本月为2月当月数，累计为1—2月数，同比增长为累计数比上年同期增长；存贷款余额为2月末数。',
    '3.固定资产投资为城镇50万元以上项目，按季度以外月份只统计累计数，本月以“—”表示。',
  ],
  formats: [null, null, null, null, '0.0'],
};

export const tiaoyuXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '苕屿县统计局', nameWidth: 30, valueWidth: 12 });
