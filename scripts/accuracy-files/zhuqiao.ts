// The twenty-third held-out batch's Word file: a Gansu county's 2010 half-year report to its standing
// committee (沮峤县 under 渭岷市) delivered as .docx, whose indicator table has a TWO-LEVEL header with two
// spanned groups (全年目标 and 上半年完成, each over 绝对值 / 增速（%）) between cells merged down
// (指标名称, 单位 before; 全市排位, 备注 after). Invented place and figures; its answers are
// tests/accuracy/zhuqiao-2010-h1.answers.json, written by hand from the text below.

import { AlignmentType, Paragraph, type Table } from 'docx';
import { reportDocx, reportSection } from './word-report.js';
import { bodyRow, para, sizedTable, small, spannedHeaderRows } from './word-table.js';

export interface TwoGroupReport {
  name: string;
  title: string;
  meeting: string;
  speaker: string;
  paragraphs: string[];
  caption: string;
  unit: string;
  /** Merged down before the groups, the groups (each over `sub`), merged down after them. */
  before: string[];
  groups: string[];
  sub: string[];
  after: string[];
  rows: string[][];
  note: string;
}

export const zhuqiao: TwoGroupReport = {
  name: 'zhuqiao-2010-h1',
  title: '关于沮峤县2010年上半年国民经济和社会发展计划执行情况的报告',
  meeting: '——2010年7月26日在县第十六届人民代表大会常务委员会第二十次会议上',
  speaker: '县发展和改革局局长　赵明远',
  paragraphs: [
    '主任、各位副主任、各位委员：',
    '受县人民政府委托，现将全县2010年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
    '一、上半年计划执行情况',
    '今年以来，在县委的正确领导和县人大的监督支持下，全县上下紧紧围绕县十六届人大五次会议确定的目标任务，抢抓国家扩大内需和西部大开发政策机遇，全力保增长、调结构、惠民生，经济社会保持了较快发展的良好态势。',
    '（一）经济总量较快增长。上半年，全县实现生产总值21.84亿元，同比增长12.6%，高于年度计划0.6个百分点，增速居全市7县区第3位。',
    '（二）工业生产快速回升。规模以上工业增加值完成6.37亿元，同比增长18.2%，完成全年目标的47.5%，增速居全市第2位。沮峤水泥厂技改项目完成投资1.2亿元，新增产能60万吨。',
    '（三）投资拉动作用明显。全社会固定资产投资完成18.56亿元，增长35.4%，占年计划的51.6%。沮峤县光伏发电一期项目、洮岷公路改建工程进展顺利。',
    '（四）消费市场平稳增长。社会消费品零售总额7.92亿元，增长18.9%，低于年度计划0.1个百分点。',
    '（五）财政收入较快增长。大口径财政收入完成2.15亿元，增长24.3%，其中一般预算收入1.08亿元，增长21.6%，完成年度预算的56.8%。',
    '（六）招商引资成效显著。招商引资到位资金11.3亿元，增长28.6%。',
    '（七）城乡居民收入稳步提高。城镇居民人均可支配收入5627元，增长11.2%；农民人均现金收入1856元，增长13.5%。',
    '二、存在的主要问题',
    '一是工业增速比一季度回落2.3个百分点，部分企业受原材料涨价影响效益下滑；二是社会消费品零售总额增速未达到年度计划；三是城镇居民收入增速居全市第6位，增收渠道较窄。',
    '三、下半年工作重点',
    '下半年，我们将紧盯全年目标任务，突出抓好项目建设，力争新开工亿元以上项目8个以上；加大招商引资力度，着力培育财源，确保全面完成县人代会确定的各项目标任务。',
    '附表：沮峤县2010年上半年主要经济指标完成情况',
  ],
  caption: '沮峤县2010年上半年主要经济指标完成情况表',
  unit: '单位：亿元、元、%',
  before: ['指标名称', '单位'],
  groups: ['全年目标', '上半年完成'],
  sub: ['绝对值', '增速（%）'],
  after: ['全市排位', '备注'],
  rows: [
    ['生产总值', '亿元', '46.5', '12', '21.84', '12.6', '3', '初步核算'],
    ['规模以上工业增加值', '亿元', '13.4', '17', '6.37', '18.2', '2', ''],
    ['全社会固定资产投资', '亿元', '36', '30', '18.56', '35.4', '4', ''],
    ['社会消费品零售总额', '亿元', '16.2', '19', '7.92', '18.9', '5', ''],
    ['大口径财政收入', '亿元', '4.1', '18', '2.15', '24.3', '3', ''],
    ['　其中：一般预算收入', '亿元', '1.9', '16', '1.08', '21.6', '2', ''],
    ['招商引资到位资金', '亿元', '20', '25', '11.3', '28.6', '—', '含省外资金'],
    ['城镇居民人均可支配收入', '元', '11600', '11', '5627', '11.2', '6', '抽样调查'],
    ['农民人均现金收入', '元', '3500', '12', '1856', '13.5', '4', '抽样调查'],
  ],
  note: '注：全市排位为增速在渭岷市7个县区中的位次。',
};

/** The table: the header's two rows (merged-down cells around two spanned groups), then the indicators. */
function twoGroupTable(report: TwoGroupReport): Table {
  const widths = [2600, 700, 1000, 900, 1000, 900, 900, 1200];
  return sizedTable(widths, [...spannedHeaderRows(report), ...report.rows.map(bodyRow)]);
}

export async function twoGroupReportDocx(report: TwoGroupReport): Promise<Buffer> {
  return reportDocx([
    reportSection({}, [
      para(report.title, { alignment: AlignmentType.CENTER, bold: true }),
      small(report.meeting, AlignmentType.CENTER),
      small(report.speaker, AlignmentType.CENTER),
      ...report.paragraphs.map((p) => para(p)),
      para(report.caption, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
      small(report.unit, AlignmentType.RIGHT),
      twoGroupTable(report),
      new Paragraph({ children: [] }),
      small(report.note),
    ]),
  ]);
}

export const zhuqiaoDocx = (): Promise<Buffer> => twoGroupReportDocx(zhuqiao);
