// 诸岚县 (under 泽峤市) 2022 half-year plan-execution report, as the office's PDF printed from Word:
// a running header naming the meeting file and a 第 N 页 共 M 页 footer on every page, a Word footnote
// whose mark sits after an indicator's name in the prose, and the indicator table with a two-level
// header (1-6月 over 绝对值/增速/全市位次) that the writer broke by hand at a page: 续表 at the top of the
// next page, the header typed again, the unit line above and the notes under the second part.
// Invented place and figures; the answers are tests/accuracy/zhulan-2022-h1.answers.json.

import { AlignmentType } from 'docx';
import {
  bodyParas,
  footerForms,
  isPartHeading,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { indicatorTable, para, small, type TwoLevelHeader } from './word-table.js';

export const zhulan = {
  name: 'zhulan-2022-h1',
  office: '诸岚县发展和改革局',
  title: '诸岚县2022年上半年国民经济和社会发展计划执行情况的报告',
  runningHeader: '诸岚县第十七届人大常委会第五次会议文件（三）',
  byline: ['——2022年7月27日在诸岚县第十七届人民代表大会常务委员会第五次会议上', '县发展和改革局局长　邓立衡'],
  /** `^` marks where the footnote's reference sits. */
  opening: [
    '主任、各位副主任、各位委员：',
    '受县人民政府委托，现将全县2022年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
    '一、上半年计划执行情况',
    '今年以来，面对疫情多点散发、需求收缩等多重压力，全县上下认真落实疫情要防住、经济要稳住、发展要安全的要求，经济运行总体平稳。',
    '（一）经济总量保持增长。上半年，全县实现地区生产总值112.36亿元，同比增长3.1%，比一季度回落1.4个百分点，低于年度目标3.4个百分点，增速居泽峤市第5位。分产业看，第一产业增加值14.82亿元，增长4.6%；第二产业增加值45.17亿元，增长2.3%；第三产业增加值52.37亿元，增长3.4%。',
    '（二）工业生产稳中有进。规模以上工业增加值^同比增长5.8%，高于全市平均水平1.2个百分点，增速居全市第3位。全县31个行业大类中有19个实现增长。',
    '（三）投资增速有所放缓。固定资产投资完成38.64亿元，同比增长7.2%，完成年计划（82亿元）的47.1%，低于时序进度2.9个百分点。其中，工业投资增长15.3%，民间投资下降4.6%。',
    '（四）消费市场逐步恢复。社会消费品零售总额完成26.93亿元，同比增长1.8%，增速由负转正，比一季度回升3.6个百分点。',
    '（五）财政收支总体平稳。一般公共预算收入完成6.58亿元，同比下降3.2%，扣除留抵退税因素后同口径增长4.1%，完成年度预算的51.2%。一般公共预算支出18.47亿元，增长6.3%。',
    '（六）居民收入稳步增加。城镇常住居民人均可支配收入20416元，增长4.8%；农村常住居民人均可支配收入9873元，增长6.2%。',
    '（七）重点项目加快推进。全县42个县级重点项目完成投资21.36亿元，占年度计划的53.4%。泽诸高速诸岚段、诸岚经济开发区标准厂房二期、县中医院整体迁建项目分别完成投资3.2亿元、1.15亿元和0.86亿元。',
    '二、主要经济指标完成情况',
    '上半年主要经济指标完成情况见表1。',
  ],
  footnote: '规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
  caption: '表1　诸岚县2022年上半年主要经济指标完成情况',
  unitLine: '单位：亿元、元、%',
  header: {
    merged: ['指标名称', '全年目标'],
    group: '1-6月',
    sub: ['绝对值', '增速', '全市位次'],
  } as TwoLevelHeader,
  /** 指标名称 | 全年目标 | 1-6月: 绝对值 | 增速 | 全市位次; the writer broke the table after the sixth row. */
  rows: [
    ['地区生产总值', '6.5左右', '112.36', '3.1', '5'],
    ['第一产业增加值', '4', '14.82', '4.6', '3'],
    ['第二产业增加值', '7', '45.17', '2.3', '6'],
    ['第三产业增加值', '6.5', '52.37', '3.4', '4'],
    ['规模以上工业增加值', '8', '—', '5.8', '3'],
    ['固定资产投资', '10', '38.64', '7.2', '4'],
    ['　其中：工业投资', '15', '—', '15.3', '2'],
    ['社会消费品零售总额', '6', '26.93', '1.8', '7'],
    ['一般公共预算收入', '6', '6.58', '-3.2', '6'],
    ['一般公共预算支出', '—', '18.47', '6.3', '—'],
    ['城镇常住居民人均可支配收入', '6', '20416', '4.8', '5'],
    ['农村常住居民人均可支配收入', '6', '9873', '6.2', '4'],
  ],
  breakAfter: 6,
  notes: [
    '注：1.全市位次为在泽峤市8个县（市、区）中的排位，按增速排列。',
    '2.规模以上工业增加值不公布绝对值；一般公共预算收入增速为自然口径。',
    '3.表中“—”表示无此项。',
  ],
  closing: [
    '从表1看，第一产业增加值、工业投资和农村常住居民人均可支配收入增速达到年度目标，其余指标增速低于年度目标。',
    '三、下半年工作打算',
    '下半年，我们将坚持稳字当头、稳中求进，全力以赴抓项目、扩投资、促消费，加快推进泽诸高速诸岚段、县中医院整体迁建等重点项目建设，努力完成全年目标任务。',
    '以上报告，请予审议。',
  ],
};

export async function zhulanDocx(): Promise<Buffer> {
  const z = zhulan;
  const widths = [3000, 1400, 1500, 1300, 1300];
  const page = { header: runningHeader(z.runningHeader), footer: footerForms.pageOfTotal };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(z.title),
        ...z.byline.map((b) => para(b, { alignment: AlignmentType.CENTER })),
        ...z.opening.map((p, i) =>
          i === 0 ? para(p, { alignment: AlignmentType.LEFT }) : para(p, { bold: isPartHeading(p) }),
        ),
        para(z.caption, { alignment: AlignmentType.CENTER, bold: true }),
        small(z.unitLine, AlignmentType.RIGHT),
        indicatorTable(z.header, z.rows.slice(0, z.breakAfter), widths),
        para('续表', { alignment: AlignmentType.LEFT, pageBreakBefore: true }),
        indicatorTable(z.header, z.rows.slice(z.breakAfter), widths),
        ...z.notes.map((n) => small(n)),
        ...bodyParas(z.closing),
        para(z.office, { alignment: AlignmentType.RIGHT }),
        para('2022年7月20日', { alignment: AlignmentType.RIGHT }),
      ]),
    ],
    { title: z.title, office: z.office, footnote: z.footnote },
  );
}
