// The thirty-fourth held-out batch (ho34): a Shandong county-level city statistics bureau's 2021 前三季度
// analysis (棋洛市 under 峄州市) as its PDF printed from Word: a running header naming the bulletin, a 第 N 页
// footer, and an appendix table with a two-line header (指标名称 and 单位 merged down, 1-9月 spanning 总量,
// 同比增长（%） and 峄州位次), indented industry and 其中 rows, — cells for indicators released as growth only,
// the group size only in the note under it. Invented place and figures; the answers are
// tests/accuracy/qiluo-2021-q3-analysis.answers.json.

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

export const qiluo = {
  name: 'qiluo-2021-q3-analysis',
  office: '棋洛市统计局',
  title: '棋洛市2021年前三季度经济运行情况分析',
  runningHeader: '统计分析　2021年第11期',
  dateLine: '棋洛市统计局　2021年10月26日',
  body: [
    '今年以来，全市上下统筹疫情防控和经济社会发展，经济运行持续恢复，主要指标保持在合理区间。',
    '一、经济总量持续扩大',
    '根据峄州市地区生产总值统一核算结果，前三季度，全市实现地区生产总值312.47亿元，按不变价格计算，同比增长9.4%，两年平均增长6.1%，增速比上半年回落1.6个百分点，高于峄州市平均水平0.7个百分点，居峄州市6个县（市、区）第2位。其中，第一产业增加值28.36亿元，增长7.2%；第二产业增加值136.52亿元，增长10.3%；第三产业增加值147.59亿元，增长8.9%。',
    '二、工业生产较快增长',
    '前三季度，规模以上工业增加值同比增长12.8%，两年平均增长8.4%，增速比上半年回落2.3个百分点，居峄州市第1位。分门类看，采矿业增加值下降4.6%，制造业增加值增长14.2%，电力、热力、燃气及水生产和供应业增加值增长6.5%。规模以上工业企业实现营业收入628.4亿元，同比增长21.7%；实现利润总额35.2亿元，增长18.3%。',
    '三、投资和消费',
    '前三季度，固定资产投资同比增长8.7%，增速比上半年回落3.4个百分点。其中，工业投资增长15.3%，占全部投资的比重为42.6%；房地产开发投资下降6.2%。社会消费品零售总额完成118.65亿元，同比增长16.4%，两年平均增长5.2%，居峄州市第3位。',
    '四、财政金融运行平稳',
    '前三季度，一般公共预算收入完成19.83亿元，同比增长11.2%，完成年度预算的78.6%，超序时进度3.6个百分点，其中税收收入14.27亿元，占比72.0%。一般公共预算支出31.56亿元，增长3.4%。9月末，金融机构各项存款余额486.3亿元，比年初增长9.8%；各项贷款余额352.7亿元，比年初增长11.5%。',
    '五、居民收入稳步增长',
    '前三季度，全市居民人均可支配收入24386元，同比增长10.1%。其中，城镇居民人均可支配收入31542元，增长9.2%；农村居民人均可支配收入16874元，增长11.0%，增速快于城镇居民1.8个百分点。',
    '六、需要关注的问题',
    '一是投资增速持续回落，新开工项目不足；二是房地产市场走弱，相关税收减收明显；三是居民消费恢复不均衡。下一步，要紧扣全年地区生产总值增长7%以上的目标，加快项目建设，稳定市场预期。',
  ],
  caption: '附表　棋洛市2021年前三季度主要经济指标',
  header: {
    merged: ['指标名称', '单位'],
    group: '1-9月',
    sub: ['总量', '同比增长（%）', '峄州位次'],
  } as TwoLevelHeader,
  rows: [
    ['地区生产总值', '亿元', '312.47', '9.4', '2'],
    ['　第一产业增加值', '亿元', '28.36', '7.2', '3'],
    ['　第二产业增加值', '亿元', '136.52', '10.3', '2'],
    ['　第三产业增加值', '亿元', '147.59', '8.9', '3'],
    ['规模以上工业增加值', '%', '—', '12.8', '1'],
    ['固定资产投资', '%', '—', '8.7', '4'],
    ['社会消费品零售总额', '亿元', '118.65', '16.4', '3'],
    ['一般公共预算收入', '亿元', '19.83', '11.2', '2'],
    ['　其中：税收收入', '亿元', '14.27', '9.6', '—'],
    ['一般公共预算支出', '亿元', '31.56', '3.4', '5'],
    ['城镇居民人均可支配收入', '元', '31542', '9.2', '4'],
    ['农村居民人均可支配收入', '元', '16874', '11.0', '2'],
  ],
  note: '注：位次为增速在峄州市6个县（市、区）中的排位；规模以上工业增加值、固定资产投资只发布增速。',
};

export async function qiluoDocx(): Promise<Buffer> {
  const q = qiluo;
  const page = { header: runningHeader(q.runningHeader), footer: footerForms.page };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(q.title),
        para(q.dateLine, { alignment: AlignmentType.CENTER }),
        ...bodyParas(q.body),
        para(q.caption, { alignment: AlignmentType.CENTER, bold: true, pageBreakBefore: true }),
        indicatorTable(q.header, q.rows, [3400, 1000, 1500, 1700, 1200]),
        small(q.note),
      ]),
    ],
    { title: q.title, office: q.office },
  );
}
