// The one-hundred-and-fifty-first held-out batch's PDF (session 33): a Hubei-style county 发展和改革局's 关于2017年国民经济和
// 社会发展计划执行情况与2018年计划草案的报告 (沣峤县 under 溇郗市), typed in Word and printed to PDF by LibreOffice: the title,
// the byline (the congress session, the speaker), part 一 with one （一）… paragraph per field (高于/低于年度目标B个百分点,
// 居全市8个县市区第3位, 完成年度预算的A%, 突破500亿元), 表1 (2017年计划 | 2017年完成 | 增长 | 全市位次) on a landscape page,
// part 二 with the 2018 goals in one sentence (左右, 以上, 以内, a word-only 同步 and 完成市下达任务) and 表2 (2017年完成 |
// 2018年计划 | 增长), part 三 with the key projects; a page-number footer on every page. Built with word-report.ts's sections
// and word-table.ts's plainTable. Invented place and figures; the answers are tests/accuracy/fengqiao-2018-fy-plan.answers.json.

import { AlignmentType, PageOrientation } from 'docx';
import { bodyParas, footerForms, reportDocx, reportSection, reportTitle } from './word-report.js';
import { para, plainTable, small } from './word-table.js';

export const fengqiao = { name: 'fengqiao-2018-fy-plan' };

const OFFICE = '沣峤县发展和改革局';
const TITLE = '关于沣峤县2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告';

const byline = ['——2018年1月16日在沣峤县第九届人民代表大会第三次会议上', '县发展和改革局局长　陈立峰'];

const partOne = [
  '各位代表：',
  '受县人民政府委托，现将沣峤县2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案提请大会审议，并请各位政协委员和列席人员提出意见。',
  '一、2017年国民经济和社会发展计划执行情况',
  '2017年，全县上下认真落实县委决策部署，坚持稳中求进工作总基调，全县经济社会保持平稳健康发展，县九届人大二次会议批准的计划主要指标总体完成。',
  '（一）经济总量再上台阶。全县实现地区生产总值215.36亿元，同比增长8.2%，高于年度目标0.2个百分点，增速居全市8个县市区第3位。其中，第一产业增加值32.48亿元，增长3.9%；第二产业增加值98.75亿元，增长8.6%；第三产业增加值84.13亿元，增长9.4%。',
  '（二）工业经济提质增效。规模以上工业增加值增长9.1%，增速居全市第2位；规模以上工业总产值首次突破500亿元，达到512.6亿元，增长12.4%。新增规模以上工业企业18家，总数达到216家。',
  '（三）投资和消费稳定增长。固定资产投资238.54亿元，增长13.2%，低于年度目标0.8个百分点；其中工业投资112.37亿元，增长16.5%。社会消费品零售总额96.82亿元，增长11.4%，增速居全市第1位。',
  '（四）财政收入稳步增长。地方一般公共预算收入12.64亿元，增长8.3%，完成年度预算的101.2%；其中税收收入9.35亿元，增长10.6%。',
  '（五）人民生活持续改善。城镇常住居民人均可支配收入27854元，增长8.6%；农村常住居民人均可支配收入15326元，增长9.2%。城镇新增就业5126人，城镇登记失业率3.1%。',
  '同时，经济运行中还存在一些困难和问题：固定资产投资未完成年度目标，技改投资占比偏低；城镇常住居民收入增速低于年度目标；财政收支矛盾依然突出。',
  '2017年主要指标完成情况见表1。',
];

const table1 = {
  caption: '表1　沣峤县2017年主要经济指标完成情况',
  header: ['指　标', '单位', '2017年计划', '2017年完成', '增长（%）', '全市位次'],
  rows: [
    ['地区生产总值', '亿元', '增长8%', '215.36', '8.2', '3'],
    ['规模以上工业增加值', '亿元', '增长9%', '—', '9.1', '2'],
    ['固定资产投资', '亿元', '增长14%', '238.54', '13.2', '4'],
    ['社会消费品零售总额', '亿元', '增长11%', '96.82', '11.4', '1'],
    ['地方一般公共预算收入', '亿元', '12.49', '12.64', '8.3', '5'],
    ['城镇常住居民人均可支配收入', '元', '增长9%', '27854', '8.6', '6'],
    ['农村常住居民人均可支配收入', '元', '增长9%', '15326', '9.2', '3'],
    ['城镇新增就业', '人', '5000', '5126', '—', '—'],
  ],
  note: '注：全市位次为在溇郗市8个县市区中的增速位次。',
};

const partTwo = [
  '二、2018年国民经济和社会发展计划草案',
  '2018年经济社会发展的主要预期目标是：地区生产总值增长8%左右；规模以上工业增加值增长8.5%以上；固定资产投资增长12%以上；社会消费品零售总额增长11%左右；地方一般公共预算收入增长8%；城乡居民人均可支配收入增长与经济增长同步；城镇新增就业5000人以上，城镇登记失业率控制在4%以内；单位地区生产总值能耗完成市下达任务。',
  '2018年主要指标计划见表2。',
];

const table2 = {
  caption: '表2　沣峤县2018年主要经济指标计划',
  header: ['指　标', '单位', '2017年完成', '2018年计划', '增长（%）'],
  rows: [
    ['地区生产总值', '亿元', '215.36', '232.6', '8左右'],
    ['规模以上工业增加值', '亿元', '—', '—', '8.5以上'],
    ['固定资产投资', '亿元', '238.54', '267.2', '12以上'],
    ['社会消费品零售总额', '亿元', '96.82', '107.5', '11左右'],
    ['地方一般公共预算收入', '亿元', '12.64', '13.65', '8'],
    ['城镇新增就业', '人', '5126', '5000以上', '—'],
    ['城镇登记失业率', '%', '3.1', '4以内', '—'],
  ],
};

const partThree = [
  '三、2018年重点工作',
  '（一）突出项目建设。全年安排县级重点项目56个，总投资286.4亿元，年度计划投资98.6亿元。加快沣峤经济开发区标准化厂房三期项目（总投资6.8亿元）、峤河综合治理工程（总投资4.2亿元）建设，力争溇郗至沣峤一级公路年内开工。',
  '（二）壮大工业经济。力争全年新增规模以上工业企业15家以上，规模以上工业总产值突破560亿元。',
  '（三）保障改善民生。新建沣峤县第二高级中学，完成农村公路提档升级120公里。',
  '各位代表，2018年任务艰巨。我们将在县委的坚强领导下，自觉接受县人大的监督，奋力完成全年目标任务。',
];

const page = () => ({ footer: footerForms.dashes });

export function fengqiaoDocx(): Promise<Buffer> {
  return reportDocx(
    [
      reportSection(page(), [
        reportTitle(TITLE),
        ...byline.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...bodyParas(partOne),
      ]),
      {
        ...reportSection(page(), [
          para(table1.caption, { alignment: AlignmentType.CENTER, bold: true }),
          plainTable(table1.header, table1.rows, [3600, 1000, 1800, 1800, 1500, 1500]),
          small(table1.note),
        ]),
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      },
      reportSection(page(), [
        ...bodyParas(partTwo),
        para(table2.caption, { alignment: AlignmentType.CENTER, bold: true }),
        plainTable(table2.header, table2.rows, [2600, 900, 1600, 1600, 1500]),
        ...bodyParas(partThree),
        para(OFFICE, { alignment: AlignmentType.RIGHT }),
        para('2018年1月10日', { alignment: AlignmentType.RIGHT }),
      ]),
    ],
    { title: TITLE, office: OFFICE },
  );
}
