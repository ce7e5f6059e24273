// Held-out-327's plan sheet (.xls, session 41, bureauWorkbookXls): a Hainan-style county 发改局's 2025年前三季度 计划执行
// 主要指标 (宁崖县): 指标 | 单位 | 年度目标 | 1—9月 | 增长% | 完成年度目标% | 序时进度 | 差距（±）, growth rows with the gap
// to the target growth, level rows with 完成年度目标% against the 75% 序时进度, 热带农业 (天然橡胶), 旅游 and 外贸 rows, a
// three-point 注 and the office's signature. Invented place and figures; its answers are
// tests/accuracy/ningya-2025-q3-plan.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const ningya = { name: 'ningya-2025-q3-plan' };

const main: SheetSpec = {
  name: '主要指标',
  title: '宁崖县2025年前三季度国民经济和社会发展计划执行情况主要指标',
  unitLine: '单位：亿元、万吨、万人次、万美元、%',
  header: ['指标', '单位', '年度目标', '1—9月', '增长%', '完成年度目标%', '序时进度', '差距（±）'],
  rows: [
    ['地区生产总值增速', '%', 6.5, '—', 5.2, '—', '—', -1.3],
    ['规模以上工业增加值增速', '%', 8, '—', 9.4, '—', '—', 1.4],
    ['固定资产投资', '亿元', 86, 58.47, -6.2, 68.0, 75, -7.0],
    ['社会消费品零售总额', '亿元', 52, 38.36, 4.8, 73.8, 75, -1.2],
    ['一般公共预算收入', '亿元', 12.5, 9.68, 5.7, 77.4, 75, 2.4],
    ['　其中：税收收入', '亿元', 9.2, 6.43, -2.1, 69.9, 75, -5.1],
    ['接待游客总人数', '万人次', 420, 336.8, 11.6, 80.2, 75, 5.2],
    ['旅游总收入', '亿元', 58, 44.72, 13.5, 77.1, 75, 2.1],
    ['农林牧渔业总产值', '亿元', 96, 68.15, 4.3, 71.0, 75, -4.0],
    ['天然橡胶干胶产量', '万吨', 2.8, 2.06, -3.5, 73.6, 75, -1.4],
    ['货物进出口总额', '亿元', 35, 29.84, 26.4, 85.3, 75, 10.3],
    ['实际利用外资', '万美元', 6000, 3870, -18.6, 64.5, 75, -10.5],
    ['城镇常住居民人均可支配收入增速', '%', 5.5, '—', 4.6, '—', '—', -0.9],
    ['农村常住居民人均可支配收入增速', '%', 7, '—', 6.9, '—', '—', -0.1],
  ],
  notes: [
    '注：1.序时进度按时间进度75%计算；差距为完成年度目标%与序时进度之差，增速指标为实际增速与年度目标增速之差。',
    '2.地区生产总值、居民收入为前三季度数据，其他指标为1—9月数据。',
    '3.“—”表示不适用。',
  ],
  formats: [null, null, null, null, '0.0', '0.0', null, '0.0'],
};

export const ningyaXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '宁崖县发展和改革局', nameWidth: 32, valueWidth: 12 });
