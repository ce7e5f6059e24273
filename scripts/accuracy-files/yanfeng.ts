// The one-hundred-and-seventy-third held-out batch's workbook (session 34): a Shaanxi-style county 统计局's 2023年1—11月
// 主要经济指标 as an Excel 97–2003 .xls (漹沣县 under 渼原市) through bureauWorkbookXls (bureau-sheets.ts): sheet 主要指标
// with 1—11月 figures in 万元, 同比增长 and '—' cells for growths published alone; sheet 县区对比 with three growths and a
// 位次 column beside each for the city's six 县区 and the 全市 row. Invented place and figures; its answers are
// tests/accuracy/yanfeng-2023-m11-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const yanfeng = { name: 'yanfeng-2023-m11-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '漹沣县2023年1—11月主要经济指标',
  unitLine: '单位：万元、%',
  header: ['指标名称', '单位', '1—11月', '同比增长（%）'],
  rows: [
    ['规模以上工业总产值', '万元', 1862340, 9.6],
    ['规模以上工业增加值', '—', '—', 8.7],
    ['固定资产投资', '—', '—', 6.3],
    ['  其中：民间投资', '—', '—', -4.2],
    ['社会消费品零售总额', '万元', 486215, 7.1],
    ['地方财政收入', '万元', 42368, 5.4],
    ['一般公共预算支出', '万元', 268413, 3.2],
    ['金融机构人民币存款余额', '万元', 2963580, 8.8],
    ['金融机构人民币贷款余额', '万元', 1658240, 11.2],
  ],
  notes: ['注：规模以上工业增加值、固定资产投资按国家统计制度只公布增速。'],
  formats: [null, null, '0', '0.0'],
};

const compare: SheetSpec = {
  name: '县区对比',
  title: '2023年1—11月渼原市各县区主要指标对比',
  unitLine: '单位：%',
  header: [
    '县区',
    '规模以上工业增加值增速',
    '位次',
    '固定资产投资增速',
    '位次',
    '社会消费品零售总额增速',
    '位次',
  ],
  rows: [
    ['全市', 7.9, '—', 5.2, '—', 6.8, '—'],
    ['渼城区', 6.4, 5, 3.8, 5, 7.6, 1],
    ['漹沣县', 8.7, 3, 6.3, 2, 7.1, 2],
    ['汧岭县', 9.5, 1, 4.1, 4, 6.2, 4],
    ['洵峁县', 8.9, 2, 7.4, 1, 5.9, 5],
    ['沮川县', 7.2, 4, 5.6, 3, 6.5, 3],
    ['岐塬县', 5.1, 6, -2.7, 6, 5.4, 6],
  ],
  notes: ['注：位次按增速在全市6个县区中排列。'],
  formats: [null, '0.0', null, '0.0', null, '0.0', null],
};

export const yanfengXls = (): Buffer =>
  bureauWorkbookXls([main, compare], { bureau: '漹沣县统计局', nameWidth: 28, valueWidth: 13 });
