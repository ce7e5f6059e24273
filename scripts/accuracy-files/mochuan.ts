// The twenty-seventh held-out batch's PDF: a Xinjiang county-level city's statistics bureau 1—8月 analysis
// (磨川市 in 塔坂地区, 2021), built as .docx and printed to PDF by LibreOffice (print-pdf.ts). Two tables follow
// the prose: the city's own indicators (指标 | 单位 | 1—8月 | 同比增长（%）, — for levels the bureau does not
// publish) and the prefecture's counties side by side (growths only: the sibling rows are not ours).
// Invented place and figures; its answers are tests/accuracy/mochuan-2021-m8-analysis.answers.json.

import { AlignmentType } from 'docx';
import { bodyParas, footerForms, reportDocx, reportSection, reportTitle } from './word-report.js';
import { captionedTable, para, small } from './word-table.js';

export const mochuan = {
  name: 'mochuan-2021-m8-analysis',
  office: '磨川市统计局',
  title: '1—8月全市经济运行稳中向好',
  byline: '磨川市统计局　2021年9月18日',
  body: [
    '1—8月，全市上下认真落实疫情防控和经济社会发展各项决策部署，主要经济指标保持较快增长，经济运行稳中向好。',
    '一、农业生产形势良好',
    '全市小麦收获面积21.3万亩，总产量9.86万吨，增长3.1%；棉花播种面积48.6万亩，长势良好。',
    '二、工业生产较快增长',
    '1—8月，全市规模以上工业增加值同比增长11.6%，比1—7月加快0.8个百分点，增速居塔坂地区第2位。规模以上工业企业实现营业收入136.52亿元，增长24.3%；实现利润总额9.74亿元，增长31.2%。分行业看，纺织业增加值增长18.4%，农副食品加工业增加值增长7.6%。',
    '三、固定资产投资稳步增长',
    '1—8月，全市固定资产投资同比增长14.7%，比1—7月回落1.2个百分点。其中，工业投资增长26.5%，房地产开发投资下降8.3%。',
    '四、消费市场持续回暖',
    '1—8月，全市社会消费品零售总额32.48亿元，同比增长16.9%，两年平均增长6.2%，增速居塔坂地区第1位。其中，限额以上单位消费品零售额11.35亿元，增长21.4%。',
    '五、财政收支总体平稳',
    '1—8月，全市一般公共预算收入8.67亿元，同比增长12.3%，其中税收收入6.21亿元，增长15.8%，占一般公共预算收入的71.6%。一般公共预算支出35.42亿元，下降3.6%。',
    '六、金融存贷款增长较快',
    '8月末，全市金融机构本外币各项存款余额286.35亿元，同比增长10.6%；各项贷款余额213.47亿元，同比增长13.2%。',
    '七、物价水平温和上涨',
    '1—8月，全市居民消费价格同比上涨1.2%，其中食品烟酒类价格下降0.8%。',
    '总体看，全市经济延续恢复向好态势，但房地产开发投资持续下降，部分中小企业生产经营困难，经济稳定恢复的基础仍需巩固。',
  ],
  tables: [
    {
      caption: '附表1　磨川市2021年1—8月主要经济指标',
      header: ['指标', '单位', '1—8月', '同比增长（%）'],
      rows: [
        ['规模以上工业增加值', '亿元', '—', '11.6'],
        ['规模以上工业企业营业收入', '亿元', '136.52', '24.3'],
        ['固定资产投资', '亿元', '—', '14.7'],
        ['社会消费品零售总额', '亿元', '32.48', '16.9'],
        ['一般公共预算收入', '亿元', '8.67', '12.3'],
        ['一般公共预算支出', '亿元', '35.42', '-3.6'],
        ['金融机构各项存款余额', '亿元', '286.35', '10.6'],
        ['金融机构各项贷款余额', '亿元', '213.47', '13.2'],
      ],
      widths: [3600, 1200, 1800, 2000],
    },
    {
      caption: '附表2　塔坂地区各县市2021年1—8月主要指标增速（%）',
      header: ['地区', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额'],
      rows: [
        ['塔坂地区', '9.8', '11.2', '14.6'],
        ['磨川市', '11.6', '14.7', '16.9'],
        ['青岘县', '12.3', '8.4', '13.2'],
        ['叶屯县', '7.5', '15.6', '12.8'],
        ['祁坂县', '9.1', '10.3', '15.4'],
      ],
      widths: [1800, 2400, 2200, 2200],
    },
  ],
  note: '注：规模以上工业增加值、固定资产投资只公布增速；各县市数据为快报数。',
};

export async function mochuanDocx(): Promise<Buffer> {
  const m = mochuan;
  const tables = m.tables.flatMap((t) => captionedTable(t.caption, t.header, t.rows, t.widths));
  return reportDocx(
    [
      reportSection({ footer: footerForms.page }, [
        reportTitle(m.title),
        para(m.byline, { alignment: AlignmentType.CENTER }),
        ...bodyParas(m.body),
        ...tables,
        small(m.note),
      ]),
    ],
    { title: m.title, office: m.office },
  );
}
