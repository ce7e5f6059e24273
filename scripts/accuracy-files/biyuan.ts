// 碧沅县 (a Guangxi county under 邕岚市) 2019 plan-execution report and 2020 draft, as the office's PDF
// printed from Word (the twenty-second held-out batch): the body on portrait pages, then a landscape
// section with the goal table (2019 plan, 2019 estimate, growth, 2020 goal, 指标属性) whose narrow
// columns make the longer cells (增长7%左右, 城镇居民人均可支配收入) wrap onto two lines.
// Invented place and figures; the answers are tests/accuracy/biyuan-2019-fy-plan.answers.json.

import { AlignmentType, Document, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { fangSong, pageFooter, para, plainTable, small } from './word-table.js';

export const biyuan = {
  name: 'biyuan-2019-fy-plan',
  office: '碧沅县发展和改革局',
  title: '关于碧沅县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告',
  body: [
    '——2020年1月8日在碧沅县第十七届人民代表大会第五次会议上',
    '县发展和改革局局长　韦志强',
    '各位代表：',
    '受县人民政府委托，现将碧沅县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案提请县十七届人大五次会议审议，并请县政协委员和其他列席人员提出意见。',
    '一、2019年国民经济和社会发展计划执行情况',
    '2019年，面对复杂多变的外部环境和糖业市场低迷的压力，全县上下坚持稳中求进工作总基调，经济保持平稳增长，较好完成了县十七届人大四次会议确定的主要目标任务。',
    '（一）经济运行稳中有进。预计全年地区生产总值完成128.6亿元，增长6.8%，低于年度计划0.7个百分点，增速居全市6个县（区）第2位。其中，第一产业增加值32.45亿元，增长5.2%；第二产业增加值41.37亿元，增长7.1%；第三产业增加值54.78亿元，增长7.4%。三次产业结构调整为25.2:32.2:42.6。',
    '（二）农业生产总体稳定。粮食总产量18.7万吨，增长1.2%；甘蔗入榨量156万吨，下降3.4%；生猪出栏32.6万头。农林牧渔业总产值52.38亿元，增长5.6%。',
    '（三）工业经济加快发展。规模以上工业增加值增长8.9%，高于年度计划0.9个百分点；规模以上工业总产值完成186.4亿元，增长10.2%。全年新增规模以上工业企业9家。',
    '（四）投资保持增长。固定资产投资完成95.26亿元，增长9.3%，低于年度计划2.7个百分点。其中，工业投资32.18亿元，增长15.6%。全年实施自治区、市重点项目38个，完成投资41.2亿元，完成年度计划的108.4%。碧沅糖业循环经济产业园（一期）建成投产，碧沅至邕岚高速公路连接线完成路基工程。',
    '（五）消费和外贸平稳增长。社会消费品零售总额42.53亿元，增长8.5%，与年度计划持平。外贸进出口总额3.26亿美元，增长12.8%。',
    '（六）财政金融运行平稳。财政收入完成9.68亿元，增长6.1%，完成预算的101.3%；其中一般公共预算收入5.74亿元，增长5.2%。一般公共预算支出36.45亿元，增长8.7%。年末金融机构各项存款余额186.32亿元，增长10.4%；各项贷款余额142.75亿元，增长13.6%。',
    '（七）民生事业持续改善。城镇居民人均可支配收入35126元，增长6.5%；农村居民人均可支配收入13842元，增长9.6%。城镇新增就业2850人。',
    '同时，我们也清醒地看到，经济发展中还存在一些困难和问题：地区生产总值、固定资产投资和城镇居民人均可支配收入增速未达到年度计划；糖业一业独大，新兴产业规模偏小；财政收支矛盾突出。',
    '二、2020年国民经济和社会发展计划草案',
    '综合考虑发展基础和各方面因素，建议2020年全县经济社会发展主要预期目标为：地区生产总值增长7%左右，规模以上工业增加值增长8%以上，固定资产投资增长10%，社会消费品零售总额增长8%左右，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长6.5%左右和9%左右，城镇新增就业2600人以上，粮食总产量稳定在18.5万吨以上。各项指标详见附表。',
    '三、2020年主要任务',
    '（一）壮大工业经济。加快碧沅糖业循环经济产业园（二期）建设，推动蔗渣综合利用项目投产。',
    '（二）扩大有效投资。确保碧沅至邕岚高速公路连接线年内建成通车，开工建设县人民医院住院综合楼。',
    '（三）保障改善民生。办好十件为民实事，巩固脱贫攻坚成果。',
    '各位代表，让我们在县委的坚强领导下，迎难而上，扎实工作，确保完成2020年各项目标任务！',
  ],
  caption: '碧沅县2020年国民经济和社会发展主要指标计划（草案）',
  header: [
    '指标名称',
    '单位',
    '2019年计划',
    '2019年预计完成',
    '2019年增长（%）',
    '2020年预期目标',
    '指标属性',
  ],
  rows: [
    ['地区生产总值', '亿元', '增长7.5%', '128.6', '6.8', '增长7%左右', '预期性'],
    ['规模以上工业增加值', '%', '增长8%', '—', '8.9', '增长8%以上', '预期性'],
    ['固定资产投资', '亿元', '增长12%', '95.26', '9.3', '增长10%', '预期性'],
    ['社会消费品零售总额', '亿元', '增长8.5%', '42.53', '8.5', '增长8%左右', '预期性'],
    ['一般公共预算收入', '亿元', '增长5%', '5.74', '5.2', '增长5%', '预期性'],
    ['城镇居民人均可支配收入', '元', '增长7%', '35126', '6.5', '增长6.5%左右', '预期性'],
    ['农村居民人均可支配收入', '元', '增长9%', '13842', '9.6', '增长9%左右', '预期性'],
    ['城镇新增就业', '人', '2600', '2850', '—', '2600以上', '预期性'],
    ['粮食总产量', '万吨', '18.5', '18.7', '1.2', '18.5以上', '约束性'],
  ],
};

export async function biyuanDocx(): Promise<Buffer> {
  const b = biyuan;
  const heading = (p: string) => /^[一二三四五六七八九十]+、/.test(p);
  // Narrow columns (twips) so that the longer names and goals wrap onto two lines in the cells.
  const widths = [1500, 700, 1000, 1100, 1000, 1000, 900];
  const table = plainTable(b.header, b.rows, widths);
  const footers = {
    default: pageFooter(['— ', PageNumber.CURRENT, ' —'], fangSong),
  };
  const doc = new Document({
    title: b.title,
    creator: b.office,
    sections: [
      {
        footers,
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: b.title, bold: true, font: fangSong, size: 40 })],
          }),
          ...b.body.map((p, i) =>
            para(p, { bold: heading(p), alignment: i < 2 ? AlignmentType.CENTER : undefined }),
          ),
        ],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers,
        children: [
          para('附表', { bold: true }),
          para(b.caption, { alignment: AlignmentType.CENTER, bold: true }),
          table,
          small('注：地区生产总值增速按可比价格计算；2019年数据为预计数。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
