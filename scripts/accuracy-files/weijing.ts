// The one-hundred-and-eighty-sixth held-out batch's workbook (session 34): a Ningxia-style county 统计局's 2026年1—10月
// 主要经济指标 as an Excel 97–2003 .xls (硙泾县 under 固岏市) through bureauWorkbookXls (bureau-sheets.ts): sheet 主要指标
// with 1—10月 figures in 万元, 同比增长, a 全区位次 and a 全市位次 column side by side ('—' for figures not ranked) and a
// three-line 注 naming the two groups; sheet 规上工业 with the light and heavy halves and four industries' output.
// Invented place and figures; its answers are tests/accuracy/weijing-2026-m10-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const weijing = { name: 'weijing-2026-m10-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '硙泾县2026年1—10月主要经济指标',
  unitLine: '单位：万元、%',
  header: ['指标名称', '单位', '1—10月', '同比增长（%）', '全区位次', '全市位次'],
  rows: [
    ['规模以上工业总产值', '万元', 1268540, 8.6, 9, 2],
    ['规模以上工业增加值', '%', '—', 7.9, 8, 2],
    ['固定资产投资', '%', '—', 5.3, 11, 3],
    ['  其中：工业投资', '%', '—', 14.2, 6, 1],
    ['        房地产开发投资', '%', '—', -8.6, 15, 4],
    ['社会消费品零售总额', '万元', 286430, 5.6, 10, 2],
    ['一般公共预算收入', '万元', 48626, 7.2, 5, 1],
    ['  其中：税收收入', '万元', 33174, 6.4, '—', '—'],
    ['一般公共预算支出', '万元', 312508, 4.1, '—', '—'],
    ['金融机构各项存款余额', '万元', 2156380, 9.3, '—', '—'],
    ['金融机构各项贷款余额', '万元', 1834270, 11.6, '—', '—'],
  ],
  notes: [
    '注：1.规模以上工业增加值、固定资产投资及其分项按统计制度只公布增速。',
    '2.全区位次为增速在全区22个县（市、区）中的位次，全市位次为增速在固岏市5个县（区）中的位次。',
    '3.“—”为无此数据或不参与排位。',
  ],
  formats: [null, null, '0', '0.0', null, null],
};

const industry: SheetSpec = {
  name: '规上工业',
  title: '硙泾县2026年1—10月规模以上工业总产值分行业情况',
  unitLine: '单位：万元、%',
  header: ['行业', '1—10月', '同比增长（%）'],
  rows: [
    ['规模以上工业总产值', 1268540, 8.6],
    ['  其中：轻工业', 352180, 6.1],
    ['        重工业', 916360, 9.6],
    ['电力、热力生产和供应业', 412650, 12.4],
    ['化学原料和化学制品制造业', 286930, 10.8],
    ['农副食品加工业', 198470, 5.2],
    ['非金属矿物制品业', 86320, -3.7],
  ],
  notes: ['注：按现行价格计算。'],
  formats: [null, '0', '0.0'],
};

export const weijingXls = (): Buffer =>
  bureauWorkbookXls([main, industry], { bureau: '硙泾县统计局', nameWidth: 30, valueWidth: 12 });
