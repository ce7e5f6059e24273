// The thirty-ninth held-out batch (ho39): an Inner Mongolia banner's 2018 report and 2019 draft plan (高林旗
// under 锡岚盟) as a Word file whose part and section headings are Word's automatic numbering (as puhe.ts:
// numbering.xml, chineseCounting levels `%1、` and `（%2）`; the runs hold only the words), with a goals table
// after the draft's prose: 指标 | 单位 | 2018年计划 | 2018年预计完成 | 2019年预期目标 | 指标属性, cells such as
// 6.5左右, 5以上, 4以内 and a negative 预计 growth. Invented place and figures; the answers are
// tests/accuracy/gaolin-2018-fy-plan.answers.json.

import { AlignmentType, Document, Packer, type Paragraph, type Table } from 'docx';
import { footerForms, headingNumbering, numberedHeading, reportSection, reportTitle } from './word-report.js';
import { captionedTable, para } from './word-table.js';

/** A body paragraph, a heading numbered by Word at level 0 (一、) or 1 (（一）), or the goals table. */
type Block = string | { level: 0 | 1; text: string } | 'goals';

export const gaolin = {
  name: 'gaolin-2018-fy-plan',
  office: '高林旗发展和改革委员会',
  title: '关于高林旗2018年国民经济和社会发展计划执行情况及2019年国民经济和社会发展计划草案的报告',
  under: ['——2019年1月15日在高林旗第十七届人民代表大会第三次会议上', '旗发展和改革委员会主任　包海峰'],
  body: [
    '各位代表：',
    '受旗人民政府委托，现将高林旗2018年国民经济和社会发展计划执行情况及2019年计划草案提请大会审议，并请旗政协委员和其他列席人员提出意见。',
    { level: 0, text: '2018年计划执行情况' },
    '2018年，全旗上下坚持稳中求进工作总基调，着力推动高质量发展，经济社会保持总体平稳，但部分指标未能达到年初预期。',
    { level: 1, text: '经济总量稳步扩大' },
    '预计全年地区生产总值完成96.4亿元，同比增长6.2%，低于年初计划1.3个百分点，增速在全盟9个旗县市区中排名第5位。分产业看，第一产业增加值18.72亿元，增长3.4%；第二产业增加值39.85亿元，增长6.8%；第三产业增加值37.83亿元，增长7.1%。',
    { level: 1, text: '工业和投资出现分化' },
    '规模以上工业增加值增长8.1%，超计划0.1个百分点，煤炭、电力两大行业贡献突出。受政府性投资项目压减影响，固定资产投资同比下降15.6%，比年初计划增长10%的目标低25.6个百分点。全年实施重点项目48个，完成投资31.6亿元。高林旗50万千瓦风电基地项目完成投资12.4亿元，已全部并网发电；锡高公路高林段总投资18.5亿元，完成路基工程的70%。',
    { level: 1, text: '消费和财政运行平稳' },
    '社会消费品零售总额完成24.36亿元，增长6.3%，低于计划0.7个百分点。一般公共预算收入完成6.18亿元，增长9.2%，完成盟下达任务的103.5%。',
    { level: 1, text: '农牧业和民生稳步改善' },
    '牧业年度牲畜存栏312.5万头只，增长2.1%。城镇常住居民人均可支配收入34215元，增长7.4%；农村牧区常住居民人均可支配收入14682元，增长9.6%。新增城镇就业1632人，城镇登记失业率3.6%。',
    { level: 0, text: '存在的主要问题' },
    '一是投资大幅下滑，接续项目不足；二是产业结构单一，煤电以外的产业支撑弱；三是消费增长乏力，城乡居民收入增长低于计划。',
    { level: 0, text: '2019年计划草案' },
    '综合考虑各方面因素，2019年全旗经济社会发展的主要预期目标建议为：地区生产总值增长6.5%左右；规模以上工业增加值增长7%；固定资产投资增长5%以上，扭转下降局面；社会消费品零售总额增长7%；一般公共预算收入增长6%；城镇和农村牧区常住居民人均可支配收入分别增长7%和8.5%；新增城镇就业1500人以上，城镇登记失业率控制在4%以内。主要指标见下表。',
    'goals',
    { level: 1, text: '全力扩大有效投资' },
    '加快锡高公路高林段建设，确保年内建成通车；推进高林旗20万吨乳制品加工项目开工建设。',
    { level: 1, text: '持续保障改善民生' },
    '落实稳就业各项政策，办好旗委、旗政府确定的十件民生实事。',
    '各位代表，我们将在旗委的坚强领导下，自觉接受旗人大的监督，确保完成2019年各项目标任务。',
  ] as Block[],
};

const goals: string[][] = [
  ['地区生产总值增长', '%', '7.5', '6.2', '6.5左右', '预期性'],
  ['规模以上工业增加值增长', '%', '8', '8.1', '7', '预期性'],
  ['固定资产投资增长', '%', '10', '-15.6', '5以上', '预期性'],
  ['社会消费品零售总额增长', '%', '7', '6.3', '7', '预期性'],
  ['一般公共预算收入增长', '%', '6', '9.2', '6', '预期性'],
  ['城镇常住居民人均可支配收入增长', '%', '8', '7.4', '7', '预期性'],
  ['农村牧区常住居民人均可支配收入增长', '%', '9', '9.6', '8.5', '预期性'],
  ['城镇登记失业率', '%', '4以内', '3.6', '4以内', '预期性'],
  ['新增城镇就业', '人', '1500', '1632', '1500', '预期性'],
];

const block = (b: Block): (Paragraph | Table)[] => {
  if (b === 'goals')
    return captionedTable(
      '高林旗2019年国民经济和社会发展主要预期目标',
      ['指标', '单位', '2018年计划', '2018年预计完成', '2019年预期目标', '指标属性'],
      goals,
      [2800, 800, 1300, 1500, 1500, 1100],
    );
  return [typeof b === 'string' ? para(b) : numberedHeading(b.text, b.level)];
};

export function gaolinDocx(): Promise<Buffer> {
  const p = gaolin;
  const doc = new Document({
    title: p.title,
    creator: p.office,
    numbering: headingNumbering,
    sections: [
      reportSection({ footer: footerForms.dashes }, [
        reportTitle(p.title, { eastAsia: '方正小标宋简体', size: 44 }),
        ...p.under.map((line) => para(line, { alignment: AlignmentType.CENTER })),
        ...p.body.flatMap(block),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
