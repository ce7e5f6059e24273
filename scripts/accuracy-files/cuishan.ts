// The three-hundred-and-tenth held-out batch (session 41): a Beijing-style outer suburban district 统计局's 统计月报 for
// 2019年1—11月 (翠杉区, invented, an ecological conservation district), printed to PDF from the Word file
// office-report.ts builds: a 主要指标 table with 1—11月 and 同比±% columns (the printed sheet's left column), a short
// 简要分析 text (its right column, set after the table since the builder has no page columns) and the 注 at the foot.
// Invented place and figures; the answers are tests/accuracy/cuishan-2019-m11-indicators.answers.json.

import type { OfficeReport } from './office-report.js';

const body = [
  '2019年第11期（总第215期）',
  '简要分析',
  '1—11月，全区经济运行总体平稳。规模以上工业总产值完成64.38亿元，同比增长3.6%，增速比1—10月回落0.8个百分点。',
  '全区固定资产投资同比下降7.4%，降幅比1—10月收窄2.1个百分点，其中基础设施投资增长12.6%。',
  '社会消费品零售总额完成52.16亿元，增长4.1%；区级一般公共预算收入完成11.74亿元，下降5.8%，其中税收收入9.62亿元，下降6.3%。',
  '生态旅游保持增长，1—11月全区接待游客786.5万人次，增长3.9%；民俗旅游实现收入3.42亿元，增长6.7%。',
  '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
  '2.固定资产投资统计范围为计划总投资500万元及以上的项目，不含农户投资。',
  '3.地区生产总值、规模以上工业增加值增速按可比价计算；部分数据为快报数，以年报为准。',
];

export const cuishan: OfficeReport = {
  name: 'cuishan-2019-m11-indicators',
  office: '北京市翠杉区统计局',
  title: '翠杉区统计月报',
  under: ['北京市翠杉区统计局编', '2019年12月'],
  body,
  table: {
    caption: '翠杉区2019年1—11月主要经济指标',
    header: ['主要指标', '单位', '1—11月', '同比±%'],
    rows: [
      ['规模以上工业总产值', '亿元', '64.38', '3.6'],
      ['规模以上工业增加值', '亿元', '15.27', '2.9'],
      ['规模以上工业销售产值', '亿元', '62.91', '3.1'],
      ['全社会用电量', '亿千瓦时', '14.85', '-1.2'],
      ['固定资产投资', '—', '—', '-7.4'],
      ['　#基础设施投资', '—', '—', '12.6'],
      ['　 房地产开发投资', '亿元', '18.43', '-21.5'],
      ['社会消费品零售总额', '亿元', '52.16', '4.1'],
      ['　#限额以上批发和零售业零售额', '亿元', '28.74', '-2.6'],
      ['接待游客', '万人次', '786.5', '3.9'],
      ['民俗旅游收入', '亿元', '3.42', '6.7'],
      ['区级一般公共预算收入', '亿元', '11.74', '-5.8'],
      ['　#税收收入', '亿元', '9.62', '-6.3'],
      ['区级一般公共预算支出', '亿元', '58.93', '7.2'],
      ['金融机构人民币存款余额', '亿元', '512.6', '8.4'],
      ['金融机构人民币贷款余额', '亿元', '236.8', '11.5'],
    ],
    note: '表中存贷款余额为11月末数。',
    at: 1,
  },
  closing: ['翠杉区统计局综合科', '2019年12月16日'],
};
