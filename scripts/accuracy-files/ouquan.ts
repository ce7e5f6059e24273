// 欧泉县 (under 桦岚市) 2012 1-9月 statistics analysis, as the bureau's PDF printed from Word (the
// thirteenth held-out batch): a running header naming the bureau's bulletin, a 第 N 页 footer, and an
// appendix table whose header merges 指标名称 and 单位 down two rows and spans 1-9月 over 总量, 增速（%）
// and 位次, with indented industry and 其中 rows, — cells for balances without a rank, and the group
// size only in the note under it. Invented place and figures; the answers are
// tests/accuracy/ouquan-2012-m9-analysis.answers.json.

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

export const ouquan = {
  name: 'ouquan-2012-m9-analysis',
  office: '欧泉县统计局',
  title: '欧泉县2012年1-9月经济运行情况分析',
  runningHeader: '统计分析　2012年第9期',
  dateLine: '欧泉县统计局　2012年10月22日',
  body: [
    '今年以来，全县上下认真贯彻落实县委、县政府的各项决策部署，积极应对经济下行压力，全县经济保持了平稳较快增长的态势。',
    '一、经济总量平稳增长',
    '据桦岚市统一核算，1-9月全县实现地区生产总值96.84亿元，同比增长11.6%，增幅比上年同期回落1.8个百分点，比上半年提高0.3个百分点，增速居全市9个县（市、区）第4位。其中，第一产业增加值28.37亿元，增长6.2%；第二产业增加值35.46亿元，增长14.8%；第三产业增加值33.01亿元，增长12.1%。',
    '二、工业生产较快增长',
    '1-9月，全县规模以上工业企业完成增加值31.25亿元，同比增长16.3%，高于全市平均水平2.4个百分点，居全市第3位。其中，轻工业完成增加值12.84亿元，增长19.6%；重工业完成增加值18.41亿元，增长14.1%。全县46户规模以上工业企业中有35户实现增长，增长面为76.1%。规模以上工业产品销售率为96.82%，同比提高0.6个百分点。',
    '三、固定资产投资快速增长',
    '1-9月，全县完成500万元以上项目固定资产投资68.42亿元，同比增长32.5%，增幅比上半年回落4.2个百分点，居全市第2位。其中，工业投资34.16亿元，增长41.3%，占全部投资的49.9%；房地产开发投资8.75亿元，增长12.6%。',
    '四、消费品市场平稳',
    '1-9月，全县实现社会消费品零售总额29.68亿元，同比增长15.4%，增幅比上年同期回落2.2个百分点，居全市第6位。',
    '五、财政收入稳定增长',
    '1-9月，全县公共财政预算收入完成6.42亿元，同比增长18.7%，完成年度预算的78.3%，超序时进度3.3个百分点，居全市第5位；公共财政预算支出21.35亿元，增长24.6%。',
    '六、城乡居民收入持续增加',
    '1-9月，城镇居民人均可支配收入13426元，增长13.2%；农民人均现金收入8347元，增长16.8%，增幅高于城镇居民3.6个百分点。',
    '七、金融存贷款稳步增加',
    '9月末，全县金融机构各项存款余额142.63亿元，比年初增加15.28亿元，增长12.0%；各项贷款余额87.45亿元，比年初增长9.4%。',
    '总体看，1-9月全县经济运行总体平稳，但工业增长后劲不足、消费增速回落等问题仍较突出。第四季度，要紧盯全年目标，确保完成地区生产总值增长12%、公共财政预算收入8.2亿元的年度目标。',
  ],
  caption: '附表　欧泉县2012年1-9月主要经济指标',
  header: {
    merged: ['指标名称', '单位'],
    group: '1-9月',
    sub: ['总量', '增速（%）', '位次'],
  } as TwoLevelHeader,
  rows: [
    ['地区生产总值', '亿元', '96.84', '11.6', '4'],
    ['　第一产业增加值', '亿元', '28.37', '6.2', '3'],
    ['　第二产业增加值', '亿元', '35.46', '14.8', '5'],
    ['　第三产业增加值', '亿元', '33.01', '12.1', '4'],
    ['规模以上工业增加值', '亿元', '31.25', '16.3', '3'],
    ['固定资产投资（500万元以上项目）', '亿元', '68.42', '32.5', '2'],
    ['　其中：工业投资', '亿元', '34.16', '41.3', '1'],
    ['社会消费品零售总额', '亿元', '29.68', '15.4', '6'],
    ['公共财政预算收入', '亿元', '6.42', '18.7', '5'],
    ['公共财政预算支出', '亿元', '21.35', '24.6', '7'],
    ['城镇居民人均可支配收入', '元', '13426', '13.2', '5'],
    ['农民人均现金收入', '元', '8347', '16.8', '2'],
    ['金融机构各项存款余额', '亿元', '142.63', '12.0', '—'],
    ['金融机构各项贷款余额', '亿元', '87.45', '9.4', '—'],
  ],
  note: '注：位次为增速在桦岚市9个县（市、区）中的排位；存贷款余额为9月末数，增速为比年初增长。',
};

export async function ouquanDocx(): Promise<Buffer> {
  const o = ouquan;
  const page = { header: runningHeader(o.runningHeader), footer: footerForms.page };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(o.title),
        para(o.dateLine, { alignment: AlignmentType.CENTER }),
        ...bodyParas(o.body),
        para(o.caption, { alignment: AlignmentType.CENTER, bold: true, pageBreakBefore: true }),
        indicatorTable(o.header, o.rows, [3400, 1000, 1500, 1500, 1000]),
        small(o.note),
      ]),
    ],
    { title: o.title, office: o.office },
  );
}
