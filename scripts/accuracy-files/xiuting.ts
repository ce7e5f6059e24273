// The two-hundred-and-fifty-ninth held-out batch's workbook (session 38): a Liaoning-style county 统计局's 2025年1—11月
// 统计月报 as an Excel 97–2003 .xls (岫汀县 under 辽岫市, invented) through bureauWorkbookXls (bureau-sheets.ts): sheet
// 主要指标 with 本月, 累计, 同比增长 and 全市位次 columns, quarterly rows marked 1—9月 in their names, balances at 11月末,
// '—' for figures not compiled monthly or not ranked and a three-line 注; sheet 分行业 with five branches' 本月 and
// 累计 value-added growths. Invented place and figures; its answers are tests/accuracy/xiuting-2025-m11-monthly.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const xiuting = { name: 'xiuting-2025-m11-monthly' };

const main: SheetSpec = {
  name: '主要指标',
  title: '岫汀县2025年1—11月主要经济指标',
  unitLine: '单位：万元、元、%',
  header: ['指标名称', '单位', '本月', '累计', '同比增长（%）', '全市位次'],
  rows: [
    ['地区生产总值（1—9月）', '万元', '—', 1386520, 4.8, 3],
    ['规模以上工业总产值', '万元', 98650, 1052380, 6.2, 2],
    ['规模以上工业增加值', '%', '—', '—', 7.1, 2],
    ['固定资产投资', '%', '—', '—', -3.6, 5],
    ['  其中：工业投资', '%', '—', '—', 12.4, 1],
    ['        房地产开发投资', '%', '—', '—', -18.7, 6],
    ['社会消费品零售总额', '万元', 41260, 436870, 3.9, 4],
    ['  其中：限额以上单位消费品零售额', '万元', 12380, 128540, 5.6, 3],
    ['一般公共预算收入', '万元', 5128, 68435, 2.7, 4],
    ['  其中：税收收入', '万元', 3216, 46820, -1.8, '—'],
    ['一般公共预算支出', '万元', 28460, 296310, 4.5, '—'],
    ['外贸进出口总额', '万元', 8350, 87640, 15.3, 2],
    ['金融机构各项存款余额（11月末）', '万元', '—', 3268450, 6.8, '—'],
    ['金融机构各项贷款余额（11月末）', '万元', '—', 2146730, 8.1, '—'],
    ['城镇常住居民人均可支配收入（1—9月）', '元', '—', 31865, 4.2, 5],
    ['农村常住居民人均可支配收入（1—9月）', '元', '—', 17420, 6.3, 3],
  ],
  notes: [
    '注：1.全市位次为增速在辽岫市7个县（市、区）中的位次，“—”为无此数据或不参与排位。',
    '2.地区生产总值按季度核算，居民收入按季度调查，均为1—9月数据；存贷款余额为11月末数。',
    '3.规模以上工业为年主营业务收入2000万元及以上的工业法人单位；固定资产投资为计划总投资500万元及以上项目（不含农户）。',
  ],
  formats: [null, null, '0', '0', '0.0', null],
};

const branches: SheetSpec = {
  name: '分行业',
  title: '岫汀县2025年1—11月规模以上工业分行业增加值增速',
  unitLine: '单位：%',
  header: ['行业', '本月增速（%）', '1—11月增速（%）'],
  rows: [
    ['规模以上工业增加值', 9.3, 7.1],
    ['农副食品加工业', 4.6, 3.2],
    ['化学原料和化学制品制造业', 12.8, 10.5],
    ['非金属矿物制品业', -6.4, -8.2],
    ['黑色金属冶炼和压延加工业', 2.1, 5.7],
    ['电力、热力生产和供应业', 15.2, 11.9],
  ],
  notes: ['注：增速按可比价格计算。'],
  formats: [null, '0.0', '0.0'],
};

export const xiutingXls = (): Buffer =>
  bureauWorkbookXls([main, branches], { bureau: '岫汀县统计局', nameWidth: 34, valueWidth: 12 });
