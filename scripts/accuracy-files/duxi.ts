// 笃溪区 (under 丹岑市) 2019 three-quarter statistics analysis, as the bureau's Word file (.docx): a
// running header with the bulletin's issue, a — N — footer, a Word footnote whose mark follows an
// indicator's name, and an appendix table with the unit line typed as its first row, a two-level
// header (1-9月 over 绝对值/增速/全市位次), broken by hand into two Word tables at a page: a 续表 line
// with a page break, the header typed again over the second part, the notes under it.
// Invented place and figures; the answers are tests/accuracy/duxi-2019-q3.answers.json.

import { AlignmentType } from 'docx';
import {
  bodyParas,
  footerForms,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { indicatorTable, para, small, type TwoLevelHeader } from './word-table.js';

export const duxi = {
  name: 'duxi-2019-q3',
  office: '笃溪区统计局',
  title: '笃溪区2019年前三季度经济运行情况分析',
  runningHeader: '统计分析　2019年第18期　笃溪区统计局编',
  /** `^` marks where the footnote's reference sits. */
  body: [
    '前三季度，全区上下坚持稳中求进工作总基调，扎实做好“六稳”工作，经济运行总体平稳、稳中有进。',
    '一、地区生产总值平稳增长',
    '根据地区生产总值统一核算结果，前三季度全区实现地区生产总值186.52亿元，按可比价格计算，同比增长7.3%，比上半年提高0.2个百分点，高于全市平均水平0.6个百分点，增速居全市第2位。分产业看，第一产业增加值9.64亿元，增长3.2%；第二产业增加值78.31亿元，增长8.1%；第三产业增加值98.57亿元，增长7.0%。三次产业结构为5.2:42.0:52.8。',
    '二、工业生产增势较好',
    '1-9月，全区规模以上工业增加值^同比增长9.4%，增速比1-8月回落0.3个百分点，居全市第1位。规模以上工业企业实现利润总额12.87亿元，增长6.5%。',
    '三、投资保持较快增长',
    '1-9月，全区固定资产投资同比增长11.6%，高于全市平均水平2.4个百分点。其中，工业投资增长18.2%，房地产开发投资下降3.5%。',
    '四、消费市场总体稳定',
    '1-9月，全区社会消费品零售总额64.28亿元，同比增长8.7%，增速居全市第3位。其中，限额以上消费品零售额增长6.4%。',
    '五、财政收入增长放缓',
    '1-9月，全区一般公共预算收入12.46亿元，同比增长2.1%，完成年度预算的71.8%，低于时序进度3.2个百分点。其中，税收收入9.83亿元，增长1.4%，税收占比78.9%。',
    '六、金融存贷款稳步增长',
    '9月末，全区金融机构本外币各项存款余额356.42亿元，比年初增长8.9%；各项贷款余额248.17亿元，比年初增长12.3%。',
    '七、居民收入持续增加',
    '前三季度，全区城镇常住居民人均可支配收入31265元，增长8.2%；农村常住居民人均可支配收入15846元，增长9.1%。',
    '八、需要关注的问题',
    '一是房地产开发投资持续下降，对全部投资的拉动作用减弱；二是财政收入增速偏低，一般公共预算收入低于时序进度3.2个百分点，完成全年任务压力较大。',
    '附表：',
  ],
  footnote: '规模以上工业指年主营业务收入2000万元及以上的工业企业。',
  caption: '笃溪区2019年1-9月主要经济指标',
  unitLine: '单位：亿元、元、%',
  header: { merged: ['指标'], group: '1-9月', sub: ['绝对值', '增速', '全市位次'] } as TwoLevelHeader,
  /** 指标 | 1-9月: 绝对值 | 增速 | 全市位次; broken by hand after the sixth row. */
  rows: [
    ['地区生产总值', '186.52', '7.3', '2'],
    ['第一产业增加值', '9.64', '3.2', '4'],
    ['第二产业增加值', '78.31', '8.1', '2'],
    ['第三产业增加值', '98.57', '7.0', '3'],
    ['规模以上工业增加值', '—', '9.4', '1'],
    ['固定资产投资', '—', '11.6', '2'],
    ['社会消费品零售总额', '64.28', '8.7', '3'],
    ['一般公共预算收入', '12.46', '2.1', '5'],
    ['　其中：税收收入', '9.83', '1.4', '—'],
    ['金融机构各项存款余额', '356.42', '8.9', '4'],
    ['金融机构各项贷款余额', '248.17', '12.3', '2'],
    ['城镇常住居民人均可支配收入', '31265', '8.2', '3'],
    ['农村常住居民人均可支配收入', '15846', '9.1', '2'],
  ],
  breakAfter: 6,
  notes: [
    '注：1.全市位次为在丹岑市7个区（县）中的排位，按增速排列。',
    '2.存贷款余额为9月末数，增速为比年初增长。',
    '3.地区生产总值为初步核算数，因四舍五入，分项之和与总数略有出入。',
  ],
};

export async function duxiDocx(): Promise<Buffer> {
  const d = duxi;
  const widths = [3400, 1700, 1500, 1500];
  const page = { header: runningHeader(d.runningHeader, AlignmentType.CENTER), footer: footerForms.dashes };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(d.title),
        para(`${d.office}　2019年10月24日`, { alignment: AlignmentType.CENTER }),
        ...bodyParas(d.body),
        para(d.caption, { alignment: AlignmentType.CENTER, bold: true }),
        indicatorTable(d.header, d.rows.slice(0, d.breakAfter), widths, d.unitLine),
        para('续表', { alignment: AlignmentType.LEFT, pageBreakBefore: true }),
        indicatorTable(d.header, d.rows.slice(d.breakAfter), widths),
        ...d.notes.map((n) => small(n)),
      ]),
    ],
    { title: d.title, office: d.office, footnote: d.footnote },
  );
}
