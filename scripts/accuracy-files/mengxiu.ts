// The nineteenth held-out batch's PDF: a Shanxi-style coal county's half-year plan-execution report (蒙岫县
// under 崞川市, 2012) to its standing committee, printed from Word. Its indicator table (指标名称 | 单位 |
// 年度目标 | 上级指导目标 | 1-6月完成 | 增幅 | 排位) stands after part one and runs onto the next page with its one
// header row repeated (Word's repeated header); some ranks are ties (并列第2) or in Chinese numerals (第三),
// some targets `—` or `/`. Invented place and figures; the answers are
// tests/accuracy/mengxiu-2012-h1.answers.json.

import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fangSong, pageFooter, para, small, wordCell } from './word-table.js';

export const mengxiu = {
  name: 'mengxiu-2012-h1',
  office: '蒙岫县发展和改革局',
  runningHeader: '蒙岫县十五届人大常委会第三次会议文件（五）',
  title: '关于蒙岫县2012年上半年国民经济和社会发展计划执行情况的报告',
  subtitle: '——2012年7月26日在蒙岫县第十五届人民代表大会常务委员会第三次会议上',
  speaker: '县发展和改革局局长　郝文斌',
  body: [
    '主任、各位副主任，各位委员：',
    '我受县人民政府委托，向本次会议报告2012年上半年全县国民经济和社会发展计划执行情况，请予审议。',
    '一、上半年计划执行情况',
    '今年以来，面对煤炭市场持续低迷、煤价大幅下跌的不利形势，县委、县政府带领全县上下，坚持以转型发展为主线，狠抓项目建设和非煤产业培育，全县经济保持平稳增长，多数指标实现“时间过半、任务过半”。',
    '（一）经济总量稳步扩大。上半年，全县完成地区生产总值48.62亿元，同比增长11.4%，低于年度目标1.6个百分点，增速在全市13个县（市、区）中并列第2位。其中，第一产业增加值2.15亿元，增长4.8%；第二产业增加值31.86亿元，增长12.6%；第三产业增加值14.61亿元，增长9.7%。',
    '（二）工业生产增速放缓。上半年，全县规模以上工业完成增加值26.35亿元，同比增长15.8%，增速比一季度回落3.2个百分点，居全市第三位。其中，煤炭工业增加值21.47亿元，增长13.9%；非煤工业增加值4.88亿元，增长25.6%。受市场影响，全县原煤产量612.5万吨，同比下降4.3%；规模以上工业企业实现利润总额5.27亿元，同比下降18.4%。',
    '（三）固定资产投资快速增长。上半年，全县完成全社会固定资产投资31.74亿元，同比增长32.6%，占年计划的46.7%，增幅高于年度目标4.6个百分点，居全市第5位。其中，城镇固定资产投资27.15亿元，增长35.1%；房地产开发投资3.42亿元，增长46.8%。全县45个重点项目完成投资18.36亿元，占年度计划的43.2%。',
    '（四）消费市场平稳活跃。上半年，全县实现社会消费品零售总额9.86亿元，同比增长15.2%，低于年度目标0.8个百分点，增速在全市并列第4位。',
    '（五）财政收入增速回落。上半年，全县完成财政总收入12.43亿元，同比增长9.7%，完成年度预算的47.8%，低于序时进度2.2个百分点；其中，公共财政预算收入4.18亿元，增长21.3%，完成年度预算的55.6%，居全市第二位。公共财政预算支出7.65亿元，增长24.9%。',
    '（六）城乡居民收入持续增加。上半年，城镇居民人均可支配收入9862元，同比增长13.5%，居全市第6位；农民人均现金收入3215元，同比增长16.2%，增速快于城镇居民2.7个百分点，在全市并列第2位。',
    '（七）金融和外经贸运行平稳。6月末，全县金融机构各项存款余额128.36亿元，比年初增长14.1%；各项贷款余额56.92亿元，比年初增长18.7%。上半年，全县进出口总额2345万美元，同比下降12.6%；实际利用外资1860万美元，增长8.2%。',
    '（八）社会事业协调发展。上半年，全县城镇新增就业1480人，完成年计划的59.2%；新型农村合作医疗参合率达到98.6%。',
    '上半年主要经济指标完成情况见下表。',
    '二、存在的主要问题',
    '一是煤炭经济下行压力加大，原煤产量和工业利润双双下降；二是地区生产总值、社会消费品零售总额增速分别低于年度目标1.6和0.8个百分点，完成全年目标任务压力较大；三是财政总收入仅完成年度预算的47.8%，未实现时间过半、任务过半。',
    '三、下半年工作重点',
    '下半年，我们将紧紧围绕县十五届人大一次会议确定的目标任务，重点抓好以下工作：',
    '（一）全力稳定工业增长。落实煤炭企业帮扶措施，加快非煤产业项目达产达效，确保全年规模以上工业增加值增长18%。',
    '（二）加快项目建设进度。加快蒙岫县2×35万千瓦低热值煤发电项目、蒙岫工业园区煤焦油深加工项目、县城集中供热二期工程和蒙岫至崞川二级公路改建工程建设，确保全年完成全社会固定资产投资68亿元以上。',
    '（三）狠抓财源建设。加强税收征管，确保全年地区生产总值增长13%、公共财政预算收入增长18%。',
  ],
  dateLine: '蒙岫县发展和改革局　2012年7月20日',
  caption: '附表　蒙岫县2012年上半年主要经济指标完成情况',
  header: ['指标名称', '单位', '年度目标', '上级指导目标', '1-6月完成', '增幅', '排位'],
  rows: [
    ['地区生产总值', '亿元', '13', '12', '48.62', '11.4', '并列第2'],
    ['规模以上工业增加值', '亿元', '18', '17', '26.35', '15.8', '第三'],
    ['全社会固定资产投资', '亿元', '28', '25', '31.74', '32.6', '5'],
    ['其中：城镇固定资产投资', '亿元', '30', '28', '27.15', '35.1', '4'],
    ['房地产开发投资', '亿元', '—', '/', '3.42', '46.8', '/'],
    ['社会消费品零售总额', '亿元', '16', '16', '9.86', '15.2', '并列第4'],
    ['财政总收入', '亿元', '15', '—', '12.43', '9.7', '7'],
    ['其中：公共财政预算收入', '亿元', '18', '16', '4.18', '21.3', '第二'],
    ['公共财政预算支出', '亿元', '/', '/', '7.65', '24.9', '/'],
    ['城镇居民人均可支配收入', '元', '13', '12', '9862', '13.5', '6'],
    ['农民人均现金收入', '元', '14', '13', '3215', '16.2', '并列第2'],
    ['规模以上工业企业利润总额', '亿元', '/', '—', '5.27', '-18.4', '第十'],
    ['原煤产量', '万吨', '/', '/', '612.5', '-4.3', '/'],
    ['进出口总额', '万美元', '10', '/', '2345', '-12.6', '11'],
    ['实际利用外资', '万美元', '—', '—', '1860', '8.2', '9'],
    ['金融机构各项存款余额', '亿元', '/', '/', '128.36', '14.1', '/'],
    ['金融机构各项贷款余额', '亿元', '/', '/', '56.92', '18.7', '/'],
  ],
  note: '注：年度目标、上级指导目标均为增长率（%），上级指导目标为崞川市下达的指导性目标；增幅单位为%，存贷款余额增幅为比年初增长；排位为增幅在崞川市13个县（市、区）中的位次，“/”为不排位、不设目标。',
};

const headerRow = (cells: string[]) =>
  new TableRow({ tableHeader: true, children: cells.map((c) => wordCell(c)) });

export async function mengxiuDocx(): Promise<Buffer> {
  const m = mengxiu;
  const heading = (p: string) => /^[一二三四五六七八九十]+、/.test(p);
  // The table stands inside the report, after part one, where it runs over a page break.
  const split = m.body.indexOf('二、存在的主要问题');
  const widths = [2600, 900, 1000, 1300, 1200, 900, 1100];
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      headerRow(m.header),
      ...m.rows.map((r) => new TableRow({ children: r.map((c, i) => wordCell(c, { left: i === 0 })) })),
    ],
  });
  const doc = new Document({
    title: m.title,
    creator: m.office,
    sections: [
      {
        headers: { default: new Header({ children: [small(m.runningHeader, AlignmentType.RIGHT)] }) },
        footers: {
          default: pageFooter(
            ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            fangSong,
          ),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: m.title, bold: true, font: fangSong, size: 40 })],
          }),
          para(m.subtitle, { alignment: AlignmentType.CENTER }),
          para(m.speaker, { alignment: AlignmentType.CENTER }),
          ...m.body.slice(0, split).map((p) => para(p, { bold: heading(p) })),
          para(m.caption, { alignment: AlignmentType.CENTER, bold: true }),
          table,
          small(m.note),
          ...m.body.slice(split).map((p) => para(p, { bold: heading(p) })),
          para(m.dateLine, { alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
