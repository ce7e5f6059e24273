// The thirty-fourth held-out batch (ho34): a Henan county's 2019 report and 2020 draft plan (蒲禾县 under
// 淮陵市) as a Word file whose part headings (一、…) and section headings (（一）…) are Word's automatic
// numbering (numbering.xml, chineseCounting levels `%1、` and `（%2）`), not text in the runs: an office
// that types its report in a template with multilevel list styles gives such a file. Invented place and
// figures; the answers are tests/accuracy/puhe-2019-fy-plan.answers.json.

import { AlignmentType, Document, Packer } from 'docx';
import { footerForms, headingNumbering, numberedHeading, reportSection, reportTitle } from './word-report.js';
import { para } from './word-table.js';

/** A body paragraph, or a heading numbered by Word at level 0 (一、) or 1 (（一）). */
type Block = string | { level: 0 | 1; text: string };

export const puhe = {
  name: 'puhe-2019-fy-plan',
  office: '蒲禾县发展和改革委员会',
  title: '关于蒲禾县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告',
  under: ['——2020年1月9日在蒲禾县第十五届人民代表大会第五次会议上', '县发展和改革委员会主任　孙立群'],
  body: [
    '各位代表：',
    '受县人民政府委托，现将我县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案提请县十五届人大五次会议审议，并请县政协委员和其他列席人员提出意见。',
    { level: 0, text: '2019年国民经济和社会发展计划执行情况' },
    '2019年，面对经济下行压力持续加大的复杂局面，在县委的坚强领导下，全县上下认真落实县十五届人大四次会议确定的目标任务，经济运行总体平稳、稳中有进。',
    { level: 1, text: '经济运行稳中有进' },
    '预计全年地区生产总值完成248.6亿元，同比增长7.3%，高于全市平均水平0.4个百分点，低于年度计划0.7个百分点，增速居淮陵市10个县（市、区）第3位。其中，第一产业增加值36.42亿元，增长3.1%；第二产业增加值112.75亿元，增长7.8%；第三产业增加值99.43亿元，增长8.2%。三次产业结构由上年的15.8:46.1:38.1调整为14.6:45.4:40.0。',
    { level: 1, text: '工业和投资支撑有力' },
    '规模以上工业增加值增长8.6%，高于年度计划0.6个百分点。规模以上工业企业实现主营业务收入415.3亿元，增长9.4%；实现利润总额21.6亿元，下降2.8%。固定资产投资增长10.2%，与年度计划持平，其中工业投资增长14.6%，民间投资占全部投资的比重为68.3%。全年实施重点项目56个，完成投资83.4亿元，占年度计划的104.2%。蒲禾县年产50万吨绿色建材项目完成投资6.2亿元，蒲禾至淮陵快速通道（一期）建成通车。',
    { level: 1, text: '消费和财政稳步增长' },
    '社会消费品零售总额完成96.8亿元，增长10.6%，高于年度计划0.6个百分点。一般公共预算收入完成13.26亿元，增长8.9%，完成年度预算的102.3%，其中税收收入9.54亿元，占比71.9%。一般公共预算支出38.47亿元，增长6.5%。',
    { level: 1, text: '民生保障持续加强' },
    '城镇居民人均可支配收入31250元、农村居民人均可支配收入14860元，分别增长7.6%和8.9%。城镇新增就业6850人，完成年计划的114.2%。粮食总产量62.4万吨，比上年增产1.3万吨。',
    { level: 0, text: '存在的主要问题' },
    '一是经济增速低于年度计划，工业企业效益下滑；二是项目储备不足，接续能力不强；三是财政收支矛盾突出，保工资、保运转压力较大。',
    { level: 0, text: '2020年国民经济和社会发展计划草案' },
    '2020年是全面建成小康社会和“十三五”规划收官之年。综合考虑各方面因素，建议2020年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右；规模以上工业增加值增长8%；固定资产投资增长9%以上；社会消费品零售总额增长9%左右；一般公共预算收入增长6%；城乡居民人均可支配收入分别增长7%和8%；城镇新增就业5500人以上，城镇登记失业率控制在4%以内；粮食总产量稳定在60万吨以上；单位生产总值能耗完成市下达的控制目标。',
    { level: 1, text: '着力扩大有效投资' },
    '加快蒲禾县年产50万吨绿色建材项目（二期）、蒲禾至淮陵快速通道（二期）建设，确保县第二人民医院门诊楼年内主体完工。',
    { level: 1, text: '着力稳定工业增长' },
    '落实减税降费政策，推动规模以上工业企业扩产增效，力争新增规模以上工业企业12家。',
    { level: 1, text: '着力保障改善民生' },
    '办好县委、县政府确定的民生实事，做好稳就业、保基本工作。',
    '各位代表，做好2020年工作任务艰巨、意义重大。我们将在县委的坚强领导下，认真落实本次大会决议，自觉接受县人大的监督，确保完成全年目标任务。',
  ] as Block[],
};

export function puheDocx(): Promise<Buffer> {
  const p = puhe;
  const doc = new Document({
    title: p.title,
    creator: p.office,
    numbering: headingNumbering,
    sections: [
      reportSection({ footer: footerForms.dashes }, [
        reportTitle(p.title, { eastAsia: '方正小标宋简体', size: 44 }),
        ...p.under.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...p.body.map((b) => (typeof b === 'string' ? para(b) : numberedHeading(b.text, b.level))),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
