// The twenty-third held-out batch's PDF: a county statistics bureau's 前三季度 analysis (郢墟县 under 荆澴市,
// 2017) printed from Word, with the county's own indicator table and, beside it, a table of its TOWNSHIPS'
// figures (乡镇 rows: not the county's indicators). Invented place and figures; its answers are
// tests/accuracy/yingxu-2017-q3-analysis.answers.json, written by hand from the text below.

import { AlignmentType, Paragraph } from 'docx';
import { footerForms, reportDocx, reportSection } from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export const yingxu = {
  name: 'yingxu-2017-q3-analysis',
  office: '郢墟县统计局',
  dated: '2017年10月24日',
  title: '前三季度全县经济运行情况分析',
  paragraphs: [
    '前三季度，面对复杂多变的经济形势，全县上下认真贯彻县委、县政府决策部署，扎实推进供给侧结构性改革，全县经济运行总体平稳、稳中向好。',
    '一、经济总量稳步增长',
    '根据荆澴市统一核算，前三季度全县实现地区生产总值132.68亿元，按可比价格计算，同比增长7.9%，增速比上半年提高0.3个百分点，高于全市平均水平0.4个百分点，居全市8个县（市、区）第3位。分产业看，第一产业增加值18.24亿元，增长3.8%；第二产业增加值61.35亿元，增长8.6%；第三产业增加值53.09亿元，增长8.4%。',
    '二、工业生产加快回升',
    '前三季度，全县规模以上工业增加值同比增长8.9%，比上半年加快0.7个百分点，居全市第4位。全县规模以上工业企业实现总产值286.4亿元，增长11.2%；实现利润总额15.87亿元，增长13.6%。',
    '分乡镇看，郢城镇、白河镇规上工业总产值分别增长14.3%和12.8%，郢城镇总量居各乡镇首位；受企业停产整改影响，石桥乡规上工业总产值下降6.4%。',
    '三、投资增势平稳',
    '前三季度，全县固定资产投资同比增长13.5%，比上半年回落1.2个百分点，居全市第5位。其中，工业投资增长16.1%，基础设施投资增长10.3%，房地产开发投资下降3.7%。',
    '四、消费市场保持活跃',
    '前三季度，全县社会消费品零售总额64.52亿元，同比增长11.8%，居全市第2位。其中，限额以上企业零售额15.06亿元，增长13.4%。',
    '五、财政收入较快增长',
    '前三季度，全县一般公共预算收入8.43亿元，同比增长9.2%，其中税收收入6.21亿元，增长11.5%，税收占比为73.7%，比上半年提高1.6个百分点。一般公共预算支出24.86亿元，增长7.4%。',
    '六、居民收入稳步提高',
    '前三季度，全县城镇常住居民人均可支配收入21436元，同比增长8.5%；农村常住居民人均可支配收入11872元，同比增长8.9%。',
    '七、需要关注的问题',
    '一是投资增速持续回落，新开工项目不足；二是房地产开发投资由增转降；三是乡镇之间发展不平衡，石桥乡、柳溪乡主要指标下降。',
  ],
  countyCaption: '表1　郢墟县前三季度主要经济指标',
  countyHeader: ['指标名称', '单位', '1-9月', '同比增长（%）', '全市位次'],
  countyRows: [
    ['地区生产总值', '亿元', '132.68', '7.9', '3'],
    ['规模以上工业增加值', '亿元', '—', '8.9', '4'],
    ['固定资产投资', '亿元', '—', '13.5', '5'],
    ['社会消费品零售总额', '亿元', '64.52', '11.8', '2'],
    ['一般公共预算收入', '亿元', '8.43', '9.2', '6'],
    ['城镇常住居民人均可支配收入', '元', '21436', '8.5', '3'],
    ['农村常住居民人均可支配收入', '元', '11872', '8.9', '2'],
  ],
  townCaption: '表2　各乡镇前三季度主要指标完成情况',
  townHeader: ['乡镇', '规上工业总产值（万元）', '增长（%）', '固定资产投资（万元）', '增长（%）'],
  townRows: [
    ['郢城镇', '562400', '14.3', '286500', '15.2'],
    ['白河镇', '418600', '12.8', '174300', '11.6'],
    ['龙潭镇', '326200', '9.4', '152800', '13.9'],
    ['石桥乡', '98500', '-6.4', '46200', '-8.3'],
    ['柳溪乡', '76300', '-2.1', '38900', '4.7'],
    ['青峰乡', '54800', '7.2', '29600', '18.4'],
  ],
  note: '注：1.全市位次为在荆澴市8个县（市、区）中的位次。2.乡镇数据为快报数。',
};

export async function yingxuDocx(): Promise<Buffer> {
  const a = yingxu;
  return reportDocx([
    reportSection({ footer: footerForms.dashes }, [
      para(a.title, { alignment: AlignmentType.CENTER, bold: true }),
      small(a.office, AlignmentType.CENTER),
      ...a.paragraphs.map((p) => para(p)),
      para(`${a.office}　${a.dated}`, { alignment: AlignmentType.RIGHT }),
      para(a.countyCaption, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
      plainTable(a.countyHeader, a.countyRows, [3000, 800, 1300, 1500, 1200]),
      new Paragraph({ children: [] }),
      para(a.townCaption, { alignment: AlignmentType.CENTER }),
      plainTable(a.townHeader, a.townRows, [1400, 2200, 1100, 2200, 1100]),
      new Paragraph({ children: [] }),
      small(a.note),
    ]),
  ]);
}
