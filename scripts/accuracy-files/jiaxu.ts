// The three-hundred-and-seventy-fourth held-out batch's workbook (session 45): an Anhui-style county 统计局's
// 2014年1—4月 主要经济指标 (嘉溆县 under 嘉宛市, invented) as an Excel 97–2003 .xls through bureau-sheets.ts:
// 指标 | 单位 | 4月 | 1-4月 | 同比增长% | 全市位次, section rows 一…六 with no figures, 其中 rows, negative rows
// (工业用电量, 房地产开发投资, 进出口总额, 出口, 商品房销售面积), empty cells for figures not compiled monthly or not
// ranked, and a four-line 注. Invented place and figures; the answers are
// tests/accuracy/jiaxu-2014-m4-indicators.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const jiaxu = { name: 'jiaxu-2014-m4-indicators' };

const main: SheetSpec = {
  name: '主要指标',
  title: '嘉溆县2014年1—4月主要经济指标',
  unitLine: '嘉溆县统计局　2014年5月',
  header: ['指标', '单位', '4月', '1-4月', '同比增长%', '全市位次'],
  rows: [
    ['一、工业', '', null, null, null, null],
    ['规模以上工业增加值', '亿元', 3.62, 13.45, 13.8, 2],
    ['规模以上工业总产值', '亿元', 12.86, 47.92, 15.6, 3],
    ['  其中：高新技术产业产值', '亿元', 3.15, 11.38, 21.4, null],
    ['工业用电量', '万千瓦时', 2864, 10527, -3.2, 5],
    ['二、投资', '', null, null, null, null],
    ['固定资产投资', '亿元', null, 38.74, 22.5, 4],
    ['  其中：工业投资', '亿元', null, 21.06, 28.3, 3],
    ['房地产开发投资', '亿元', null, 4.18, -12.6, 6],
    ['商品房销售面积', '万平方米', null, 9.64, -18.3, null],
    ['三、消费', '', null, null, null, null],
    ['社会消费品零售总额', '亿元', 4.27, 16.83, 12.9, 4],
    ['四、财政', '', null, null, null, null],
    ['财政收入', '万元', 8215, 42630, 9.7, 5],
    ['  其中：地方财政收入', '万元', 4986, 25174, 14.2, 4],
    ['财政支出', '万元', 12360, 58920, 6.1, null],
    ['五、外经外贸', '', null, null, null, null],
    ['进出口总额', '万美元', 1126, 4352, -8.4, 6],
    ['  其中：出口', '万美元', 873, 3418, -5.7, 5],
    ['实际利用外资', '万美元', null, 2650, 11.3, 3],
    ['六、金融', '', null, null, null, null],
    ['金融机构各项存款余额', '亿元', null, 96.42, 14.8, null],
    ['金融机构各项贷款余额', '亿元', null, 58.37, 17.6, null],
  ],
  notes: [
    '注：1.全市位次为增速在嘉宛市7个县（区）中的位次；',
    '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；',
    '3.固定资产投资为计划总投资500万元及以上项目，不含农户，不公布当月数；',
    '4.存贷款余额为4月末数，空格为暂无数据或不参与排位。',
  ],
  formats: [null, null, '0.00', '0.00', '0.0', null],
};

export const jiaxuXls = (): Buffer =>
  bureauWorkbookXls([main], { bureau: '嘉溆县统计局', nameWidth: 30, valueWidth: 12 });
