// The one-hundred-and-sixty-sixth held-out batch's PDF (session 34): a Jiangsu-style district 统计局's 2026年9月 统计月报
// (泖埭区 under 淯澄市) laid out in Word with office-report.ts's officeReportDocx and printed by print-pdf.ts: the 期号
// lines under the title, a short 简析, five small tables (主要指标, 工业, 投资, 消费, 财政金融) with 1—9月 and 同比增长
// columns, and a 注释 list with the thresholds. Invented place and figures; the answers are
// tests/accuracy/maodai-2026-m9-indicators.answers.json.

import { type OfficeReport, officeReportDocx } from './office-report.js';

const header = ['指标', '单位', '1—9月', '同比增长（%）'];

export const maodai: OfficeReport = {
  name: 'maodai-2026-m9-indicators',
  office: '淯澄市泖埭区统计局',
  title: '泖埭区统计月报',
  under: ['2026年第9期（总第213期）', '淯澄市泖埭区统计局　　　　2026年10月24日'],
  body: [
    '简析：1—9月，全区经济运行总体平稳。前三季度实现地区生产总值612.48亿元，同比增长5.6%，增速比上半年提高0.2个百分点。规模以上工业增加值增长7.3%，比1—8月回落0.4个百分点；固定资产投资增长4.1%，其中工业投资增长12.6%；社会消费品零售总额241.52亿元，增长5.8%；一般公共预算收入46.38亿元，增长3.9%，其中税收收入占比83.1%。',
    '注释：',
    '1.地区生产总值为季度统一核算数，绝对数按现价计算，增长速度按不变价格计算。',
    '2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
    '3.固定资产投资统计范围为计划总投资500万元及以上的项目。',
    '4.存贷款余额为9月末数，增长为比上年同期增长。',
    '5.部分数据因四舍五入，存在总计与分项合计不等的情况。',
  ],
  // Each table is placed before body paragraph 1 in turn, so the last listed stands first.
  table: {
    caption: '五、财政金融',
    header,
    rows: [
      ['一般公共预算收入', '亿元', '46.38', '3.9'],
      ['其中：税收收入', '亿元', '38.52', '4.6'],
      ['一般公共预算支出', '亿元', '42.81', '2.4'],
      ['金融机构本外币存款余额', '亿元', '1286.54', '7.8'],
      ['金融机构本外币贷款余额', '亿元', '1104.27', '9.2'],
    ],
    note: '',
    at: 1,
  },
  moreTables: [
    {
      caption: '四、消费',
      header,
      rows: [
        ['社会消费品零售总额', '亿元', '241.52', '5.8'],
        ['限额以上单位消费品零售额', '亿元', '96.47', '4.9'],
        ['网上零售额', '亿元', '38.62', '11.3'],
      ],
      note: '',
      at: 1,
    },
    {
      caption: '三、投资',
      header,
      rows: [
        ['工业投资', '亿元', '—', '12.6'],
        ['房地产开发投资', '亿元', '92.18', '-6.4'],
        ['民间投资', '亿元', '—', '2.7'],
        ['基础设施投资', '亿元', '—', '9.8'],
      ],
      note: '',
      at: 1,
    },
    {
      caption: '二、工业',
      header,
      rows: [
        ['规模以上工业总产值', '亿元', '862.15', '8.4'],
        ['规模以上工业企业营业收入', '亿元', '903.26', '6.9'],
        ['工业用电量', '亿千瓦时', '24.37', '6.2'],
      ],
      note: '',
      at: 1,
    },
    {
      caption: '一、主要指标',
      header,
      rows: [
        ['地区生产总值', '亿元', '612.48', '5.6'],
        ['规模以上工业增加值', '亿元', '—', '7.3'],
        ['固定资产投资', '亿元', '—', '4.1'],
        ['社会消费品零售总额', '亿元', '241.52', '5.8'],
        ['一般公共预算收入', '亿元', '46.38', '3.9'],
      ],
      note: '',
      at: 1,
    },
  ],
  closing: ['编辑：泖埭区统计局综合科　　电话：0517-8632××××'],
};

export const maodaiDocx = (): Promise<Buffer> => officeReportDocx(maodai);
