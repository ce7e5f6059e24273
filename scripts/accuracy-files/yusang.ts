// The four-hundred-and-twenty-third held-out batch's workbook (.xlsx, through bureau-sheets.ts; session 47): 郁桑县's (an
// invented county of Henan) 统计局 2017年1-2月主要经济指标, two sheets: 主要指标 (指标 | 计量单位 | 1-2月 | 上年同期 |
// 同比±% | 全市位次, section rows, 其中 rows, `—` rank cells, a fall, month-end balances in 亿元) and 规上工业分行业 (行业 |
// 增加值增速 | 产值, a total row and eight industries), 注 rows and a 填报单位/负责人 footer. Invented place and figures;
// its answers are tests/accuracy/yusang-2017-m2-indicators.answers.json, written by hand from the rows below.

import { bureauWorkbookXlsx, type SheetSpec } from './bureau-sheets.js';

export const yusang = { name: 'yusang-2017-m2-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '郁桑县2017年1-2月主要经济指标',
  unitLine: '报出日期：2017年3月15日',
  header: ['指标', '计量单位', '1-2月', '上年同期', '同比±%', '全市位次'],
  rows: [
    ['一、工业', null, null, null, null, null],
    ['规模以上工业增加值', '亿元', 14.62, 13.27, 9.1, 3],
    ['规模以上工业主营业务收入', '亿元', 58.38, 52.41, 11.4, 4],
    ['规模以上工业利润总额', '亿元', 3.92, 3.58, 9.5, 5],
    ['规模以上工业用电量', '万千瓦时', 18650, 17420, 7.1, 6],
    ['二、固定资产投资', null, null, null, null, null],
    ['固定资产投资', '亿元', 31.47, 26.85, 17.2, 2],
    ['  其中：工业投资', '亿元', 17.81, 15.64, 13.9, 4],
    ['        民间投资', '亿元', 25.14, 22.07, 13.9, 5],
    ['        房地产开发投资', '亿元', 3.06, 3.28, -6.7, 9],
    ['三、国内贸易', null, null, null, null, null],
    ['社会消费品零售总额', '亿元', 24.75, 22.06, 12.2, 3],
    ['四、财政', null, null, null, null, null],
    ['一般公共预算收入', '万元', 26840, 23560, 13.9, 2],
    ['  其中：税收收入', '万元', 19730, 17110, 15.3, 3],
    ['一般公共预算支出', '万元', 41260, 37950, 8.7, 7],
    ['五、金融（2月末）', null, null, null, null, null],
    ['金融机构各项存款余额', '亿元', 248.37, 221.15, 12.3, 4],
    ['  其中：住户存款', '亿元', 176.56, 158.64, 11.3, '—'],
    ['金融机构各项贷款余额', '亿元', 132.85, 116.43, 14.1, 5],
    ['六、对外贸易', null, null, null, null, null],
    ['进出口总额', '万美元', 3862, 3415, 13.1, 6],
    ['  其中：出口', '万美元', 3127, 2804, 11.5, 5],
    ['七、就业', null, null, null, null, null],
    ['城镇新增就业', '人', 1286, 1174, 9.5, '—'],
  ],
  notes: [
    '注：1.全市位次为1-2月增速在全市10个县（市、区）中的位次，“—”表示该指标不参与排位。',
    '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '3.金融机构存贷款余额为2月末数，上年同期为2016年2月末数；规模以上工业增加值增速按可比价格计算。',
  ],
  formats: [null, null, '0.00', '0.00', '0.0', '0'],
};

const industries: SheetSpec = {
  name: '规上工业分行业',
  title: '郁桑县2017年1-2月规模以上工业分行业情况',
  unitLine: '报出日期：2017年3月15日',
  header: ['行业', '增加值增速（%）', '产值（亿元）'],
  rows: [
    ['规模以上工业', 9.1, 60.15],
    ['食品制造业', 12.6, 11.84],
    ['农副食品加工业', 8.3, 9.27],
    ['纺织服装、服饰业', 5.2, 6.15],
    ['非金属矿物制品业', -3.4, 7.62],
    ['通用设备制造业', 14.8, 8.43],
    ['电气机械和器材制造业', 16.2, 6.91],
    ['化学原料和化学制品制造业', 7.5, 5.36],
    ['电力、热力生产和供应业', 2.1, 4.57],
  ],
  notes: ['注：行业按产值规模排列；增加值增速按可比价格计算，产值按当年价格计算。'],
  formats: [null, '0.0', '0.00'],
};

export function yusangXlsx(): Buffer {
  return bureauWorkbookXlsx([main, industries], {
    bureau: '填报单位：郁桑县统计局　　负责人：陈立勤　　填表人：赵文华',
    nameWidth: 30,
    valueWidth: 12,
  });
}
