// The three-hundred-and-sixteenth held-out batch's workbook (session 41, .xlsx through bureau-sheets.ts's
// bureauWorkbookXlsx): a Fujian-style county 发展和改革局's 2026年上半年 计划执行情况 主要指标 (瑞兰县, invented), one sheet
// 指标 | 单位 | 年度目标 | 1—6月完成 | 增长% | 完成年度目标% | 时序进度差（±）: growth goals written 增长A% beside level goals
// in the unit column's unit, a 其中 row, a word-only energy goal, '—' cells, negative growth and gaps to the time schedule
// of both signs, a merged title row and a three-line 注. Invented place and figures; the answers are
// tests/accuracy/ruilan-2026-h1-indicators.answers.json.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const ruilan = { name: 'ruilan-2026-h1-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '瑞兰县2026年上半年国民经济和社会发展计划主要指标完成情况',
  unitLine: '填报日期：2026年7月20日',
  header: ['指标', '单位', '年度目标', '1—6月完成', '增长%', '完成年度目标%', '时序进度差（±）'],
  rows: [
    ['地区生产总值', '亿元', '增长6.5%', 142.36, 6.1, '—', '—'],
    ['规模以上工业增加值', '%', '增长8%', '—', 8.7, '—', '—'],
    ['固定资产投资', '亿元', 96.5, 45.82, 5.3, 47.5, -2.5],
    ['　其中：工业投资', '亿元', 32, 17.28, 16.4, 54.0, 4.0],
    ['社会消费品零售总额', '亿元', 78.6, 37.95, 4.8, 48.3, -1.7],
    ['一般公共预算总收入', '亿元', 18.2, 10.37, 3.9, 57.0, 7.0],
    ['地方一般公共预算收入', '亿元', 11.5, 6.62, 2.6, 57.6, 7.6],
    ['出口总额', '亿元', 42, 19.74, -3.6, 47.0, -3.0],
    ['实际利用外资', '万美元', 5000, 2860, 12.5, 57.2, 7.2],
    ['城镇居民人均可支配收入', '元', '增长6%', 29874, 5.2, '—', '—'],
    ['农村居民人均可支配收入', '元', '增长7%', 14632, 6.9, '—', '—'],
    ['城镇新增就业', '人', 3200, 1856, '—', 58.0, 8.0],
    ['单位地区生产总值能耗', '%', '完成市下达任务', '—', '—', '—', '—'],
  ],
  notes: [
    '注：1.时序进度按50%计，时序进度差为完成年度目标%减去50个百分点，“+”为快于时序进度，“-”为慢于时序进度。',
    '2.地区生产总值、规模以上工业增加值增速按可比价格计算，为初步核算数。',
    '3.“—”为无此项或按季度考核。',
  ],
  formats: [null, null, null, '0.00', '0.0', '0.0', '0.0'],
};

export const ruilanXlsx = (): Buffer =>
  bureauWorkbookXlsx([main], { bureau: '瑞兰县发展和改革局', nameWidth: 26, valueWidth: 13 });
